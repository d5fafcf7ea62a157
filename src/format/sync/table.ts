// `okr sync` for a terminal: one row per key result read, its value before and after, the
// source it came from, and what happened (changed, the same, or why the source failed), in
// a table that fits the terminal (80 columns when it is not one); then a line of totals.

import { terminalLine } from '../../escape/terminal.js';
import type { Paint } from '../../terminal/medium.js';
import { painted, renderTable, type Cell } from '../../terminal/table.js';
import type { SyncRow } from '../../sync/plan.js';
import { countRows, type SyncResult } from '../../sync/result.js';
import type { Formatter } from '../formatter.js';

export const formatSyncTable: Formatter<SyncResult> = (result, { paint: color, columns = 80 }) => {
  const { rows, mode } = result;
  const header = `${color.bold(terminalLine(result.cycle))}: ${rows.length} source${rows.length === 1 ? '' : 's'} read${mode === 'write' ? '' : ` (${mode === 'check' ? '--check' : '--dry-run'}: nothing written)`}\n`;
  if (rows.length === 0) return `${header}No key result to read.\n`;
  // Four columns and five borders; each width includes a space of padding on either side.
  const width = Math.max(60, columns) - 5;
  const longest = (values: string[]) => Math.max(...values.map((v) => v.length)) + 2;
  const refWidth = Math.min(Math.floor(width * 0.3), Math.max(12, longest(rows.map((row) => row.ref))));
  const valueWidth = Math.min(22, Math.max(7, longest(rows.map(valueText))));
  // The source and the result share the rest: each as wide as it needs when both fit.
  const rest = width - refWidth - valueWidth;
  const sourceNeeds = Math.max(8, longest(rows.map((row) => row.source)));
  const resultNeeds = Math.max(8, longest(rows.map((row) => plainOutcome(row, mode))));
  // Short results leave the source the rest; long ones (reasons) share it 40:60.
  const sourceWidth = Math.min(sourceNeeds, rest - 10, Math.max(Math.floor(rest * 0.4), rest - resultNeeds));
  const resultWidth = rest - sourceWidth;
  const cells: Cell[][] = rows.map((row) => [row.ref, valueText(row), row.source, outcomeCell(row, mode, color)]);
  const table = renderTable({ head: ['Key result', 'Value', 'Source', 'Result'], colWidths: [refWidth, valueWidth, sourceWidth, resultWidth] }, cells, color);
  return `${header}${table}\n${summary(result)}\n`;
};

function valueText(row: SyncRow): string {
  const unit = row.unit ? ` ${row.unit}` : '';
  const show = (value: number | boolean | null) => (value === null ? '–' : typeof value === 'boolean' ? (value ? 'done' : 'not done') : `${value}${unit}`);
  if (row.outcome === 'changed') return `${show(row.old)} → ${show(row.new)}`;
  return show(row.outcome === 'unchanged' ? row.new : row.old);
}

function plainOutcome(row: SyncRow, mode: SyncResult['mode']): string {
  if (row.outcome === 'failed') return `failed: ${row.reason ?? 'no reason given'}`;
  if (mode === 'check') return row.outcome === 'changed' ? 'differs' : 'matches';
  if (row.outcome === 'unchanged') return 'the same';
  return mode === 'write' ? 'changed' : 'would change';
}

function outcomeCell(row: SyncRow, mode: SyncResult['mode'], color: Paint): Cell {
  const text = plainOutcome(row, mode);
  if (row.outcome === 'failed') return painted(text, color.red);
  if (row.outcome === 'changed') return painted(text, mode === 'check' ? color.yellow : color.green);
  return text;
}

function summary(result: SyncResult): string {
  const counts = countRows(result.rows);
  const failed = counts.failed > 0 ? `, ${counts.failed} failed (value${counts.failed === 1 ? '' : 's'} kept)` : '';
  if (result.mode === 'check') {
    return counts.changed === 0 && counts.failed === 0
      ? 'Every value matches its source.'
      : `${counts.changed} value${counts.changed === 1 ? ' differs' : 's differ'} from ${counts.changed === 1 ? 'its source' : 'their sources'}${failed}.`;
  }
  const what = `${counts.changed} changed, ${counts.unchanged} the same${failed}`;
  if (result.mode === 'dry-run') return `${what}; nothing written (--dry-run).`;
  return result.commit ? `${what}; committed ${result.commit.slice(0, 7)}.` : `${what}; nothing committed.`;
}
