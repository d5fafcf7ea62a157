// `okr people --format md`: the same as the terminal table, as GitHub-flavoured markdown.

import { markdownCode as code, markdownInline as md } from '../../escape/markdown.js';
import { describeCoachRatio, type PeopleReport } from '../../people/build.js';
import type { Formatter } from '../formatter.js';
import { personName, personRows, rolesLine } from './rows.js';

export const formatPeopleMarkdown: Formatter<PeopleReport> = (report) => {
  let out = `## Who leads what: ${md(report.cycle)}\n\n`;
  out += `**Roles:** ${md(rolesLine(report))}\n\n`;
  out += `**Coaches:** ${report.coachRatio.short ? '⚠ ' : ''}${describeCoachRatio(report.coachRatio)}\n\n`;
  const rows = personRows(report);
  if (rows.length === 0) return `${out}Nobody is named in this cycle or the registry.\n`;
  out += '| Person | Name | OKR lead of | KRs led | Contributes to | Member of | Roles |\n| --- | --- | --- | ---: | ---: | ---: | --- |\n';
  for (const row of rows) {
    out += `| ${code(row.id)}${row.unknown ? ' ⚠' : ''} | ${md(row.name)} | ${md(row.units)} | ${row.keyResults} | ${row.contributions} | ${row.memberOf} | ${row.roles} |\n`;
  }
  if (report.unknown.length > 0) {
    out += '\n**Not in the people registry** (⚠):\n\n';
    for (const person of report.unknown) out += `- ${code(person.id)}: ${person.where.map(md).join(', ')}\n`;
  }
  if (report.nothingToLead.length > 0) {
    out += `\n**In the registry, leading no unit and no key result:** ${report.nothingToLead.map((p) => md(personName(p))).join(', ')}\n`;
  }
  return out;
};
