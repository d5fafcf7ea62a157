// `okr reviewers` (text, the default): one line per reviewer, for a terminal or a script.

import { terminalLine } from '../../escape/terminal.js';
import type { ReviewersReport } from '../../reviewers/reviewers.js';
import type { Formatter } from '../formatter.js';
import { authorLine, handle, why } from './words.js';

export const formatReviewersText: Formatter<ReviewersReport> = (report) => {
  const author = authorLine(report);
  const after = author ? `${terminalLine(author)}\n` : '';
  if (report.reviewers.length === 0) {
    return `${report.excluded ? `No one but the author leads what changed between ${terminalLine(report.base)} and the ${report.head}.` : `No OKR changes between ${terminalLine(report.base)} and the ${report.head}: no reviewers needed.`}\n${after}`;
  }
  const rows = report.reviewers.map((r) => [handle(r), r.name ?? r.person, r.reasons.map(why).join('; ')].map(terminalLine));
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => `${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}\n`).join('') + after;
};
