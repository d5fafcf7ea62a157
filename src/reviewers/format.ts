// okr reviewers' three outputs: text (one line per reviewer), markdown for a pull-request
// comment, JSON. Pure functions of the report.

import type { Reason } from './reasons.js';
import type { Reviewer, ReviewersReport } from './reviewers.js';

export function why(reason: Reason): string {
  if (reason.kind === 'unit-changed') return `${reason.cycle} ${reason.unit} ${reason.change} (unit lead)`;
  return `${reason.from} now aligns to ${reason.target} (${reason.as})`;
}

/** `@handle`, else the person id in brackets: someone to ask, even without a handle. */
function handle(reviewer: Reviewer): string {
  return reviewer.github ?? `(${reviewer.person}: no GitHub handle)`;
}

export function formatText(report: ReviewersReport): string {
  if (report.reviewers.length === 0) return `No OKR changes between ${report.base} and the ${report.head}: no reviewers needed.\n`;
  const rows = report.reviewers.map((r) => [handle(r), r.name ?? r.person, r.reasons.map(why).join('; ')]);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => `${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}\n`).join('');
}

export function formatMarkdown(report: ReviewersReport): string {
  let out = `### OKR reviewers\n\n`;
  if (report.reviewers.length === 0) return `${out}No OKR changes between \`${report.base}\` and the ${report.head}: no reviewers needed.\n`;
  out += `These people lead OKRs this pull request changes or newly aligns to (base \`${report.base}\`):\n\n`;
  out += '| Reviewer | Name | Why |\n|---|---|---|\n';
  for (const r of report.reviewers) {
    const name = r.email ? `${cell(r.name ?? r.person)} <${cell(r.email)}>` : cell(r.name ?? r.person);
    out += `| ${cell(handle(r))} | ${name} | ${r.reasons.map((reason) => cell(why(reason))).join('<br>')} |\n`;
  }
  return out;
}

export function formatJson(report: ReviewersReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
