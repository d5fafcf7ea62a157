// What `okr sync` reports, whatever it did: the rows of planSync and what became of them.

import type { SyncRow } from './plan.js';

export type SyncMode = 'write' | 'dry-run' | 'check';

export interface SyncResult {
  cycle: string;
  /** write: values written and committed; dry-run: nothing written; check: compared only. */
  mode: SyncMode;
  rows: SyncRow[];
  /** The run's commit (write mode), null when nothing was committed. */
  commit: string | null;
}

export interface SyncCounts {
  read: number;
  changed: number;
  unchanged: number;
  failed: number;
}

export function countRows(rows: readonly SyncRow[]): SyncCounts {
  const count = (outcome: SyncRow['outcome']) => rows.filter((row) => row.outcome === outcome).length;
  return { read: rows.length, changed: count('changed'), unchanged: count('unchanged'), failed: count('failed') };
}
