// `okr history` for a terminal: one row per change, oldest first, the change and the note
// wrapped to fit the terminal's width.

import { terminalLine } from '../../escape/terminal.js';
import { painted, renderTable, type Cell } from '../../terminal/table.js';
import type { HistoryView } from '../../view/history.js';
import type { Formatter } from '../formatter.js';
import { historyRow } from './rows.js';

export const formatHistoryTable: Formatter<HistoryView> = ({ events, ...heading }, { paint: color, columns = 120 }) => {
  const scope = heading.filters.length > 0 ? ` (${heading.filters.join(', ')})` : '';
  const count = `${events.length} change${events.length === 1 ? '' : 's'}`;
  const header = `${color.bold(terminalLine(heading.cycle))}: ${count}${terminalLine(scope)}\n`;
  if (events.length === 0) return `${header}No changes in the git history.\n`;
  const rows = events.map(historyRow);
  // Widths include a space of padding on each side; the 8 borders come on top. Date, via and
  // commit keep their width; the ref, change and note share the rest (never below a minimum).
  const available = columns - 8 - 12 - 10 - 9;
  const author = Math.min(18, Math.max(8, ...rows.map((row) => row.author.length)) + 2);
  // A reference is never cut: at least the longest one fits (a former name may wrap below it).
  const longestRef = Math.max(...events.map((event) => event.ref.length)) + 2;
  const refWidth = Math.max(longestRef, Math.min(Math.max(...rows.map((row) => row.ref.length)) + 2, Math.floor((available - author) * 0.3)));
  const flexible = Math.max(40, available - author - refWidth);
  const changeWidth = Math.floor(flexible * 0.55);
  const noteWidth = flexible - changeWidth;
  const cells: Cell[][] = rows.map((row) => [
    row.date,
    row.ref,
    [row.kind === 'definition' ? painted(row.change, color.cyan) : row.change, ...(row.marker ? [' ', painted(`(${row.marker})`, color.yellow)] : [])],
    row.author,
    row.via,
    painted(row.commit, color.dim),
    row.note,
  ]);
  const table = renderTable({ head: ['Date', 'Ref', 'Change', 'By', 'Via', 'Commit', 'Note'], colWidths: [12, refWidth, changeWidth, author, 10, 9, noteWidth] }, cells, color);
  return `${header}${table}\n`;
};
