// okr reviewers' three outputs: text (one line per reviewer), markdown for a pull-request
// comment, JSON. Pure functions of the report. A reviewer's GitHub handle is the one mention
// okr makes on purpose (the person is asked to review); it is written as a mention only when
// it is a plain @user handle. Everything else from the files is escaped for its medium.

import { jsonText } from '../escape/json.js';
import { markdownCode as code, markdownInline as md, markdownMailbox } from '../escape/markdown.js';
import { terminalLine } from '../escape/terminal.js';
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
  if (report.reviewers.length === 0) return `No OKR changes between ${terminalLine(report.base)} and the ${report.head}: no reviewers needed.\n`;
  const rows = report.reviewers.map((r) => [handle(r), r.name ?? r.person, r.reasons.map(why).join('; ')].map(terminalLine));
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => `${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}\n`).join('');
}

export function formatMarkdown(report: ReviewersReport): string {
  let out = `### OKR reviewers\n\n`;
  if (report.reviewers.length === 0) return `${out}No OKR changes between ${code(report.base)} and the ${report.head}: no reviewers needed.\n`;
  out += `These people lead OKRs this pull request changes or newly aligns to (base ${code(report.base)}):\n\n`;
  out += '| Reviewer | Name | Why |\n|---|---|---|\n';
  for (const r of report.reviewers) {
    const name = r.email ? markdownMailbox(r.name ?? r.person, r.email) : md(r.name ?? r.person);
    out += `| ${mention(r)} | ${name} | ${r.reasons.map((reason) => md(why(reason))).join('<br>')} |\n`;
  }
  return out;
}

export function formatJson(report: ReviewersReport): string {
  return jsonText(report);
}

const USER_HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** The reviewer's handle as a mention when it is a plain @user, else as escaped text. */
function mention(reviewer: Reviewer): string {
  const text = handle(reviewer);
  return reviewer.github !== null && USER_HANDLE.test(reviewer.github) ? reviewer.github : md(text);
}
