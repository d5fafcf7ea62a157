// `okr history` for a terminal: one row per change, oldest first, the change and the note
// wrapped to fit the terminal's width.

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { HistoryEvent } from '../git/history.js';
import { historyRow } from './history-rows.js';
import { tableStyle } from './table-style.js';

export interface HistoryHeading {
  cycle: string;
  /** What the list was narrowed to, in words ("platform/O1/KR1", "progress", "since 2026-10-14"). */
  filters: string[];
}

export function formatHistoryTable(events: readonly HistoryEvent[], heading: HistoryHeading, color: ChalkInstance, columns = 120): string {
  const scope = heading.filters.length > 0 ? ` (${heading.filters.join(', ')})` : '';
  const count = `${events.length} change${events.length === 1 ? '' : 's'}`;
  const header = `${color.bold(heading.cycle)}: ${count}${scope}\n`;
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
  const table = new Table({
    ...tableStyle(color, ['Date', 'Ref', 'Change', 'By', 'Via', 'Commit', 'Note']),
    colWidths: [12, refWidth, changeWidth, author, 10, 9, noteWidth],
    wordWrap: true,
  });
  for (const row of rows) {
    const marker = row.marker ? ` ${color.yellow(`(${row.marker})`)}` : '';
    table.push([
      row.date,
      row.ref,
      `${row.kind === 'definition' ? color.cyan(row.change) : row.change}${marker}`,
      row.author,
      row.via,
      color.dim(row.commit),
      row.note,
    ]);
  }
  return `${header}${table.toString()}\n`;
}
