// `okr history` for a terminal: one row per change, oldest first, as wide as the terminal (80
// columns and up): the change is cut with … to fit (a mid-cycle or stopped marker stays whole),
// and on a narrow terminal how it was made (via) and the commit move to the line under the
// change, where its note is, cut to the width too.

import { terminalLine } from '../../escape/terminal.js';
import { DEFAULT_COLUMNS } from '../../terminal/medium.js';
import { painted, renderTable, type DetailedRow } from '../../terminal/table.js';
import { displayWidth } from '../../text/display-width.js';
import type { HistoryView } from '../../view/history.js';
import type { Formatter } from '../formatter.js';
import { historyRow } from './rows.js';

export const formatHistoryTable: Formatter<HistoryView> = ({ events, ...heading }, { paint: color, columns = DEFAULT_COLUMNS }) => {
  const scope = heading.filters.length > 0 ? ` (${heading.filters.join(', ')})` : '';
  const count = `${events.length} change${events.length === 1 ? '' : 's'}`;
  const header = `${color.bold(terminalLine(heading.cycle))}: ${count}${terminalLine(scope)}\n`;
  if (events.length === 0) return `${header}No changes in the git history.\n`;
  const rows: DetailedRow[] = events.map((event) => ({ event, row: historyRow(event) })).map(({ event, row }) => ({
    cells: [
      row.date,
      // The ref stays whole; a former name after it may be cut.
      [{ text: event.ref, paint: (text: string) => text, keep: true }, ...(event.formerRef ? [` (was ${event.formerRef})`] : [])],
      // The marker stays whole: the change gives up its end for it.
      [row.kind === 'definition' ? painted(row.change, color.cyan) : row.change, ...(row.marker ? [{ text: ` (${row.marker})`, paint: color.yellow, keep: true }] : [])],
      row.author,
      row.via,
      painted(row.commit, color.dim),
    ],
    detail: row.note === '' ? '' : painted(`“${row.note}”`, color.dim),
  }));
  // A reference is never cut: the longest fits, with room for the … of a former name cut after it.
  const longestRef = Math.max(...events.map((event) => displayWidth(terminalLine(event.ref)))) + 1;
  const table = renderTable({
    head: ['Date', 'Ref', 'Change', 'By', 'Via', 'Commit'],
    shrink: [0, 2, 1, 1, 0, 0],
    want: [0, 12, 20, 8, 0, 0],
    min: [0, longestRef, 8, 8, 0, 0],
    optional: [4, 5],
    fold: [4, 5],
    width: columns,
  }, rows, color);
  return `${header}${table}\n`;
};
