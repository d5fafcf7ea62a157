// `okr sync` for a terminal: one row per key result read, its value before and after, the
// source it came from, and what happened (changed, the same, failed, with why on the line
// under it), in a table as wide as the terminal (80 columns when it is not one); then totals.

import { terminalLine } from '../../escape/terminal.js';
import { DEFAULT_COLUMNS, type Paint } from '../../terminal/medium.js';
import { painted, renderTable, type Cell, type DetailedRow } from '../../terminal/table.js';
import type { SyncRow } from '../../sync/plan.js';
import { countRows, type SyncResult } from '../../sync/result.js';
import type { Formatter } from '../formatter.js';

export const formatSyncTable: Formatter<SyncResult> = (result, { paint: color, columns = DEFAULT_COLUMNS }) => {
  const { rows, mode } = result;
  const header = `${color.bold(terminalLine(result.cycle))}: ${rows.length} source${rows.length === 1 ? '' : 's'} read${mode === 'write' ? '' : ` (${mode === 'check' ? '--check' : '--dry-run'}: nothing written)`}\n`;
  if (rows.length === 0) return `${header}No key result to read.\n`;
  // One line per key result; why a source failed goes on the line under it, cut to the width.
  const cells: DetailedRow[] = rows.map((row) => ({
    cells: [{ text: row.ref, paint: (text: string) => text, keep: true }, valueText(row), row.source, outcomeCell(row, mode, color)],
    detail: row.outcome === 'failed' ? painted(row.reason ?? 'no reason given', color.red) : '',
  }));
  const table = renderTable({
    head: ['Key result', 'Value', 'Source', 'Result'],
    shrink: [0, 1, 3, 0],
    want: [0, 12, 16, 0],
    width: Math.max(60, columns),
  }, cells, color);
  return `${header}${table}\n${summary(result)}\n`;
};

function valueText(row: SyncRow): string {
  const unit = row.unit ? ` ${row.unit}` : '';
  const show = (value: number | boolean | null) => (value === null ? '–' : typeof value === 'boolean' ? (value ? 'done' : 'not done') : `${value}${unit}`);
  if (row.outcome === 'changed') return `${show(row.old)} → ${show(row.new)}`;
  return show(row.outcome === 'unchanged' ? row.new : row.old);
}

function plainOutcome(row: SyncRow, mode: SyncResult['mode']): string {
  if (row.outcome === 'failed') return 'failed';
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
