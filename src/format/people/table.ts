// `okr people` for a terminal: the roles, the coach ratio, then one table row per person
// (most loaded first), then the names the registry lacks and the people with nothing to lead.
// As wide as the terminal (80 columns and up): prose wraps at spaces, names and unit lists are
// cut with … to fit, and the roles column (the roles are named above it) makes room first.

import { terminalLine } from '../../escape/terminal.js';
import { DEFAULT_COLUMNS } from '../../terminal/medium.js';
import { painted, renderTable } from '../../terminal/table.js';
import { wrapToWidth } from '../../text/display-width.js';
import { describeCoachRatio, type PeopleReport } from '../../people/build.js';
import type { Formatter } from '../formatter.js';
import { personName, personRows, rolesLine } from './rows.js';

export const formatPeopleTable: Formatter<PeopleReport> = (report, { paint: color, columns = DEFAULT_COLUMNS }) => {
  const wrap = (text: string, indent = '  ') => wrapToWidth(terminalLine(text), columns, indent).join('\n');
  let out = `${color.bold(terminalLine(report.cycle))} · ${terminalLine(report.organization)}: who leads what\n\n`;
  out += `${wrap(`Roles: ${rolesLine(report)}`)}\n`;
  const ratio = wrap(`Coaches: ${describeCoachRatio(report.coachRatio)}`);
  out += `${report.coachRatio.short ? color.yellow(ratio) : ratio}\n\n`;
  const rows = personRows(report);
  if (rows.length === 0) return `${out}Nobody is named in this cycle or the registry.\n`;
  const table = renderTable({
    head: ['Person', 'Name', 'OKR lead of', 'KRs', 'Contrib.', 'Member', 'Roles'],
    colAligns: ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
    shrink: [1, 2, 3, 0, 0, 0, 2],
    want: [8, 12, 12, 0, 0, 0, 10],
    optional: [6],
    width: columns,
  }, rows.map((row) => [row.unknown ? painted(`${row.id} ?`, color.yellow) : row.id, row.name, row.units, row.keyResults, row.contributions, row.memberOf, row.roles]), color);
  out += `${table}\n`;
  if (report.unknown.length > 0) {
    out += `\n${color.yellow('Not in the people registry')} (marked ?):\n`;
    for (const person of report.unknown) out += `${wrap(`  ${person.id}: ${person.where.join(', ')}`, '    ')}\n`;
  }
  if (report.nothingToLead.length > 0) {
    out += `\n${wrap(`In the registry, leading no unit and no key result: ${report.nothingToLead.map(personName).join(', ')}`)}\n`;
  }
  return out;
};
