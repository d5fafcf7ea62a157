// `okr people` for a terminal: the roles, the coach ratio, then one table row per person
// (most loaded first), then the names the registry lacks and the people with nothing to lead.

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { describeCoachRatio, type PeopleReport } from '../people/build.js';
import { personName, personRows, rolesLine } from './people-rows.js';
import { tableStyle } from './table-style.js';

export function formatPeopleTable(report: PeopleReport, color: ChalkInstance): string {
  let out = `${color.bold(report.cycle)} · ${report.organization}: who leads what\n\n`;
  out += `Roles: ${rolesLine(report)}\n`;
  const ratio = describeCoachRatio(report.coachRatio);
  out += `Coaches: ${report.coachRatio.short ? color.yellow(ratio) : ratio}\n\n`;
  const rows = personRows(report);
  if (rows.length === 0) return `${out}Nobody is named in this cycle or the registry.\n`;
  const table = new Table({
    ...tableStyle(color, ['Person', 'Name', 'OKR lead of', 'KRs led', 'Contributes to', 'Member of', 'Roles']),
    colAligns: ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
    wordWrap: true,
  });
  for (const row of rows) {
    table.push([row.unknown ? color.yellow(`${row.id} ?`) : row.id, row.name, row.units, row.keyResults, row.contributions, row.memberOf, row.roles]);
  }
  out += `${table.toString()}\n`;
  if (report.unknown.length > 0) {
    out += `\n${color.yellow('Not in the people registry')} (marked ?):\n`;
    for (const person of report.unknown) out += `  ${person.id}: ${person.where.join(', ')}\n`;
  }
  if (report.nothingToLead.length > 0) {
    out += `\nIn the registry, leading no unit and no key result: ${report.nothingToLead.map(personName).join(', ')}\n`;
  }
  return out;
}
