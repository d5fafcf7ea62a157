// `okr people --format md`: the same as the terminal table, as GitHub-flavoured markdown.

import { describeCoachRatio, type PeopleReport } from '../people/build.js';
import { personName, personRows, rolesLine } from './people-rows.js';
import { escapeCell } from './score-md.js';

export function formatPeopleMarkdown(report: PeopleReport): string {
  let out = `## Who leads what: ${report.cycle}\n\n`;
  out += `**Roles:** ${escapeCell(rolesLine(report))}\n\n`;
  out += `**Coaches:** ${report.coachRatio.short ? '⚠ ' : ''}${describeCoachRatio(report.coachRatio)}\n\n`;
  const rows = personRows(report);
  if (rows.length === 0) return `${out}Nobody is named in this cycle or the registry.\n`;
  out += '| Person | Name | OKR lead of | KRs led | Contributes to | Member of | Roles |\n| --- | --- | --- | ---: | ---: | ---: | --- |\n';
  for (const row of rows) {
    out += `| \`${row.id}\`${row.unknown ? ' ⚠' : ''} | ${escapeCell(row.name)} | ${row.units} | ${row.keyResults} | ${row.contributions} | ${row.memberOf} | ${row.roles} |\n`;
  }
  if (report.unknown.length > 0) {
    out += '\n**Not in the people registry** (⚠):\n\n';
    for (const person of report.unknown) out += `- \`${person.id}\`: ${person.where.map(escapeCell).join(', ')}\n`;
  }
  if (report.nothingToLead.length > 0) {
    out += `\n**In the registry, leading no unit and no key result:** ${report.nothingToLead.map((p) => escapeCell(personName(p))).join(', ')}\n`;
  }
  return out;
}
