// What `okr checkin` did, as data: each check-in recorded (what it said, and the key result's
// score and status after it), the files written and the commit made. The formatters of
// src/format/checkin/ read it; `--format json` prints it as it is.

import type { ScoredCycle, Status } from '../score/types.js';
import type { CheckinRecord } from '../git/checkin-message.js';
import type { PlannedCheckin } from './plan.js';

export interface CheckinOutcome {
  cycle: string;
  /** The commit made; null with --no-commit (or outside git with it). */
  commit: string | null;
  /** Files written; empty when the check-ins left them as they were (the commit is then empty). */
  files: string[];
  checkins: RecordedCheckin[];
}

/** A check-in as its commit records it (git/checkin-message.ts), with what followed from it. */
export interface RecordedCheckin extends Omit<CheckinRecord, 'unchanged' | 'source' | 'cycle'> {
  /** The measure did not move (SPEC 9): a check-in all the same. */
  unchanged: boolean;
  /** The key result after the check-in: the score shown, what its value gives, the hand score if any. */
  after: { score: number | null; computed: number | null; manual: number | null; status: Status };
  warnings: string[];
}

export function checkinOutcome(cycle: string, planned: PlannedCheckin[], scored: ScoredCycle, files: string[], commit: string | undefined): CheckinOutcome {
  return {
    cycle,
    commit: commit ?? null,
    files,
    checkins: planned.map(({ record, warnings }) => {
      const score = scored.keyResults.get(record.ref);
      // What the commit says of it, but where it came from (okr sync) and its cycle (said once above).
      const { source: _source, cycle: _cycle, unchanged, ...said } = record;
      const fields = Object.fromEntries(Object.entries(said).filter(([, value]) => value !== undefined)) as typeof said;
      return {
        ...fields,
        unchanged: unchanged === true,
        after: { score: score?.score ?? null, computed: score?.computed ?? null, manual: score?.manual ?? null, status: score?.status ?? 'none' },
        warnings,
      };
    }),
  };
}
