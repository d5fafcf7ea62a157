// `okr history` for a terminal: one row per change, oldest first, as wide as the terminal (80
// columns and up): the change is cut with … to fit, and at 80 columns how it was made (via)
// and then the commit make room for it. The note, when there is one, is the line under its
// change, cut to the width too.

import { terminalLine } from '../../escape/terminal.js';
import { DEFAULT_COLUMNS } from '../../terminal/medium.js';
import { painted, renderTable, type DetailedRow } from '../../terminal/table.js';
import type { HistoryView } from '../../view/history.js';
import type { Formatter } from '../formatter.js';
import { historyRow } from './rows.js';

export const formatHistoryTable: Formatter<HistoryView> = ({ events, ...heading }, { paint: color, columns = DEFAULT_COLUMNS }) => {
  const scope = heading.filters.length > 0 ? ` (${heading.filters.join(', ')})` : '';
  const count = `${events.length} change${events.length === 1 ? '' : 's'}`;
  const header = `${color.bold(terminalLine(heading.cycle))}: ${count}${terminalLine(scope)}\n`;
  if (events.length === 0) return `${header}No changes in the git history.\n`;
  const rows: DetailedRow[] = events.map(historyRow).map((row) => ({
    cells: [
      row.date,
      row.ref,
      [row.kind === 'definition' ? painted(row.change, color.cyan) : row.change, ...(row.marker ? [' ', painted(`(${row.marker})`, color.yellow)] : [])],
      row.author,
      row.via,
      painted(row.commit, color.dim),
    ],
    detail: row.note === '' ? '' : painted(`“${row.note}”`, color.dim),
  }));
  const table = renderTable({
    head: ['Date', 'Ref', 'Change', 'By', 'Via', 'Commit'],
    shrink: [0, 1, 4, 1, 0, 0],
    want: [0, 12, 20, 8, 0, 0],
    optional: [4, 5],
    width: columns,
  }, rows, color);
  return `${header}${table}\n`;
};
