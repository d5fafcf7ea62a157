// `okr reviewers --format md`: a pull-request comment. A reviewer's GitHub handle is the one
// mention okr makes on purpose (the person is asked to review); it is written as a mention only
// when it is a plain @user handle. Everything else from the files is escaped.

import { markdownCode as code, markdownInline as md, markdownMailbox } from '../../escape/markdown.js';
import type { Reviewer, ReviewersReport } from '../../reviewers/reviewers.js';
import type { Formatter } from '../formatter.js';
import { authorLine, handle, why } from './words.js';

export const formatReviewersMarkdown: Formatter<ReviewersReport> = (report) => {
  let out = `### OKR reviewers\n\n`;
  // The author by name, never as a mention: they are told, not asked.
  const author = report.excluded ? `\n${md(authorLine(report)!)}.\n` : '';
  if (report.reviewers.length === 0) {
    return report.excluded
      ? `${out}No one but the pull request's author leads what changed against ${code(report.base)}.\n${author}`
      : `${out}No OKR changes between ${code(report.base)} and the ${report.head}: no reviewers needed.\n`;
  }
  out += `These people lead OKRs this pull request changes or newly aligns to (base ${code(report.base)}):\n\n`;
  out += '| Reviewer | Name | Why |\n|---|---|---|\n';
  for (const r of report.reviewers) {
    const name = r.email ? markdownMailbox(r.name ?? r.person, r.email) : md(r.name ?? r.person);
    out += `| ${mention(r)} | ${name} | ${r.reasons.map((reason) => md(why(reason))).join('<br>')} |\n`;
  }
  return out + author;
};

const USER_HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** The reviewer's handle as a mention when it is a plain @user, else as escaped text. */
function mention(reviewer: Reviewer): string {
  const text = handle(reviewer);
  return reviewer.github !== null && USER_HANDLE.test(reviewer.github) ? reviewer.github : md(text);
}
