// What a sync run does with what its sources said, planned against the cycle as it is (under
// the repository lock when it writes): each key result's value before and after, the edits of
// the values that moved, and a check-in record for every successful read, moved or not, so
// that the commit's trailers say that each of them was read (and when, and from where). Pure.

import type { Cascade } from '../graph/cascade.js';
import type { FileEdits } from '../edit-flow/apply-edits.js';
import type { CheckinRecord } from '../git/checkin-message.js';
import type { SourceRead } from './read-all.js';

export type SyncOutcome = 'changed' | 'unchanged' | 'failed';

export interface SyncRow {
  ref: string;
  /** The source's name, or the command. */
  source: string;
  /** The value the file held (current, or done for a binary key result); null: none. */
  old: number | boolean | null;
  /** What the source said; null when it failed. */
  new: number | boolean | null;
  /** The key result's unit of measure. */
  unit: string | null;
  outcome: SyncOutcome;
  /** Why the source failed (redacted, one line). */
  reason?: string;
}

export interface SyncPlan {
  rows: SyncRow[];
  /** Edits of the values that moved; a value read the same gives its file with no edit. */
  changes: FileEdits[];
  records: CheckinRecord[];
}

export function planSync(cascade: Cascade, reads: readonly SourceRead[], context: { date: string; cycle: string }): SyncPlan {
  const rows: SyncRow[] = [];
  const changes: FileEdits[] = [];
  const records: CheckinRecord[] = [];
  for (const { ref, source, read } of reads) {
    const kr = cascade.keyResults.get(ref);
    const unit = kr?.doc.unit ?? null;
    if (!kr) {
      rows.push({ ref, source, old: null, new: null, unit, outcome: 'failed', reason: 'the key result is no longer in the cycle' });
      continue;
    }
    const old = read.ok && read.field === 'done' ? kr.doc.done ?? null : kr.doc.current ?? null;
    if (!read.ok) {
      rows.push({ ref, source, old, new: null, unit, outcome: 'failed', reason: read.reason });
      continue;
    }
    // A binary key result without `done` is not done: false changes nothing there.
    const same = read.field === 'done' ? (kr.doc.done ?? false) === read.value : old === read.value;
    rows.push({ ref, source, old, new: read.value, unit, outcome: same ? 'unchanged' : 'changed' });
    const record: CheckinRecord = { ref, date: context.date, source, cycle: context.cycle };
    if (read.field === 'done') record.done = read.value;
    else {
      record.value = read.value;
      if (kr.doc.unit) record.unit = kr.doc.unit;
      if (!same && typeof old === 'number') record.previous = old;
    }
    records.push(record);
    // A value that stayed is no edit, but its file is part of the check-in (it must be as HEAD has it).
    const path = ['objectives', kr.objective.index, 'keyResults', kr.index, read.field];
    changes.push({ file: kr.objective.unit.loaded.file, edits: same ? [] : [{ path, value: read.value }] });
  }
  return { rows, changes, records };
}

/** The subject of the run's one commit: what moved, and how many reads confirmed a value. */
export function syncSubject(rows: readonly SyncRow[]): string {
  const changed = rows.filter((row) => row.outcome === 'changed');
  const unchanged = rows.filter((row) => row.outcome === 'unchanged').length;
  if (changed.length === 1 && unchanged === 0) {
    const [row] = changed;
    const unit = row.unit ? ` ${row.unit}` : '';
    return `okr sync: ${row.ref} ${row.old === null ? '' : `${String(row.old)} → `}${String(row.new)}${unit} (from ${row.source})`;
  }
  const parts = [];
  if (changed.length > 0) parts.push(`${changed.length} value${changed.length === 1 ? '' : 's'} changed`);
  if (unchanged > 0) parts.push(`${unchanged} confirmed`);
  return `okr sync: ${parts.join(', ')}`;
}
