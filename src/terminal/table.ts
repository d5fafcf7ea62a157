// Tables for a terminal (score, history, people), on cli-table3. Every cell is escaped here,
// before it is painted: its text, from the files or not, is put on one line with its control
// characters shown (src/escape/terminal.ts), so no cell can carry an escape sequence, and
// colour is added after, by the cell's own paint function.

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { terminalLine } from '../escape/terminal.js';
import { tableStyle } from './table-style.js';

/** Text, and how to colour it once it is escaped. */
export interface Painted {
  text: string;
  paint: (text: string) => string;
}

/** Plain text or a number, a painted piece, or pieces side by side. */
export type Cell = string | number | Painted | (string | number | Painted)[];

export interface TableLayout {
  head: string[];
  /** Fixed widths (null: as wide as the content), including a space of padding each side. */
  colWidths?: (number | null)[];
  colAligns?: ('left' | 'right' | 'center')[];
}

export function renderTable(layout: TableLayout, rows: readonly Cell[][], color: ChalkInstance): string {
  const table = new Table({
    // Heads and borders painted with the command's chalk (format/table-style.ts), never by
    // cli-table3's own colour library, which reads the process's argv and environment.
    ...tableStyle(color, layout.head),
    ...(layout.colWidths ? { colWidths: layout.colWidths as number[] } : {}),
    ...(layout.colAligns ? { colAligns: layout.colAligns } : {}),
    wordWrap: true,
  });
  for (const row of rows) table.push(row.map(renderCell));
  return table.toString();
}

function renderCell(cell: Cell): string {
  if (Array.isArray(cell)) return cell.map(renderCell).join('');
  if (typeof cell === 'object') return cell.paint(terminalLine(cell.text));
  return terminalLine(String(cell));
}

/** A piece of a cell painted by `paint`. */
export function painted(text: string, paint: (text: string) => string): Painted {
  return { text, paint };
}
