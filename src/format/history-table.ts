// `okr history` for a terminal: one row per change, oldest first, the change and the note
// wrapped to fit the terminal's width.

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { HistoryEvent } from '../git/history.js';
import { historyRow } from './history-rows.js';

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
  const refWidth = Math.min(40, Math.max(5, ...rows.map((row) => row.ref.length)) + 2);
  // Date, ref, author, via and commit keep their width; the change and the note share the rest.
  const fixed = 12 + refWidth + 18 + 10 + 9 + 8 * 3;
  const flexible = Math.max(40, columns - fixed);
  const changeWidth = Math.max(24, Math.floor(flexible * 0.55));
  const noteWidth = Math.max(16, flexible - changeWidth);
  const table = new Table({
    head: ['Date', 'Ref', 'Change', 'By', 'Via', 'Commit', 'Note'],
    style: { head: color.level > 0 ? ['bold'] : [], border: color.level > 0 ? ['grey'] : [] },
    colWidths: [12, refWidth, changeWidth, 18, 10, 9, noteWidth],
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
