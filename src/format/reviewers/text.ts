// `okr reviewers` (text, the default): one line per reviewer, for a terminal or a script, no
// wider than the terminal (handles and names cut past 24 columns, the reasons to fit).

import { terminalLine } from '../../escape/terminal.js';
import { DEFAULT_COLUMNS } from '../../terminal/medium.js';
import { cutToWidth, displayWidth, padToWidth } from '../../text/display-width.js';
import type { ReviewersReport } from '../../reviewers/reviewers.js';
import type { Formatter } from '../formatter.js';
import { authorLine, handle, why } from './words.js';

const NAME_WIDTH = 24;

export const formatReviewersText: Formatter<ReviewersReport> = (report, { columns = DEFAULT_COLUMNS }) => {
  const author = authorLine(report);
  const after = author ? `${terminalLine(author)}\n` : '';
  if (report.reviewers.length === 0) {
    return `${report.excluded ? `No one but the author leads what changed between ${terminalLine(report.base)} and the ${report.head}.` : `No OKR changes between ${terminalLine(report.base)} and the ${report.head}: no reviewers needed.`}
${after}`;
  }
  const rows = report.reviewers.map((r) => [handle(r), r.name ?? r.person, r.reasons.map(why).join('; ')].map(terminalLine));
  // As wide as the terminal: a name longer than NAME_WIDTH is cut, and the reasons with it.
  const widths = [0, 1].map((i) => Math.min(NAME_WIDTH, Math.max(...rows.map((row) => displayWidth(row[i])))));
  return rows.map((row) => `${cutToWidth(`${padToWidth(cutToWidth(row[0], widths[0]), widths[0])}  ${padToWidth(cutToWidth(row[1], widths[1]), widths[1])}  ${row[2]}`, columns)}
`).join('') + after;
};
