// `okr people` for a terminal: the roles, the coach ratio, then one table row per person
// (most loaded first), then the names the registry lacks and the people with nothing to lead.

import { terminalLine } from '../../escape/terminal.js';
import { painted, renderTable } from '../../terminal/table.js';
import { describeCoachRatio, type PeopleReport } from '../../people/build.js';
import type { Formatter } from '../formatter.js';
import { personName, personRows, rolesLine } from './rows.js';

export const formatPeopleTable: Formatter<PeopleReport> = (report, { paint: color }) => {
  let out = `${color.bold(terminalLine(report.cycle))} · ${terminalLine(report.organization)}: who leads what\n\n`;
  out += `Roles: ${terminalLine(rolesLine(report))}\n`;
  const ratio = describeCoachRatio(report.coachRatio);
  out += `Coaches: ${report.coachRatio.short ? color.yellow(ratio) : ratio}\n\n`;
  const rows = personRows(report);
  if (rows.length === 0) return `${out}Nobody is named in this cycle or the registry.\n`;
  const table = renderTable({
    head: ['Person', 'Name', 'OKR lead of', 'KRs led', 'Contributes to', 'Member of', 'Roles'],
    colAligns: ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
  }, rows.map((row) => [row.unknown ? painted(`${row.id} ?`, color.yellow) : row.id, row.name, row.units, row.keyResults, row.contributions, row.memberOf, row.roles]), color);
  out += `${table}\n`;
  if (report.unknown.length > 0) {
    out += `\n${color.yellow('Not in the people registry')} (marked ?):\n`;
    for (const person of report.unknown) out += `  ${terminalLine(person.id)}: ${terminalLine(person.where.join(', '))}\n`;
  }
  if (report.nothingToLead.length > 0) {
    out += `\nIn the registry, leading no unit and no key result: ${terminalLine(report.nothingToLead.map(personName).join(', '))}\n`;
  }
  return out;
};
