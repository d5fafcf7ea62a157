// What `okr checkin` did, as data: each check-in recorded (what it said, and the key result's
// score and status after it), the files written and the commit made. The formatters of
// src/format/checkin/ read it; `--format json` prints it as it is.

import type { ScoredCycle, Status } from '../score/types.js';
import type { PlannedCheckin } from './plan.js';

export interface CheckinOutcome {
  cycle: string;
  /** The commit made; null with --no-commit (or outside git with it). */
  commit: string | null;
  /** Files written; empty when the check-ins left them as they were (the commit is then empty). */
  files: string[];
  checkins: RecordedCheckin[];
}

export interface RecordedCheckin {
  ref: string;
  date: string;
  value?: number;
  previous?: number;
  unit?: string;
  done?: boolean;
  milestone?: string;
  /** A score entered by hand with this check-in. */
  score?: number;
  confidence?: number;
  note?: string;
  /** The measure did not move (SPEC 9): a check-in all the same. */
  unchanged: boolean;
  /** A score by hand that this check-in took away. */
  clearedScore?: number;
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
      return {
        ref: record.ref,
        date: record.date,
        ...(record.value !== undefined ? { value: record.value } : {}),
        ...(record.previous !== undefined ? { previous: record.previous } : {}),
        ...(record.unit !== undefined ? { unit: record.unit } : {}),
        ...(record.done !== undefined ? { done: record.done } : {}),
        ...(record.milestone !== undefined ? { milestone: record.milestone } : {}),
        ...(record.score !== undefined ? { score: record.score } : {}),
        ...(record.confidence !== undefined ? { confidence: record.confidence } : {}),
        ...(record.note !== undefined ? { note: record.note } : {}),
        unchanged: record.unchanged === true,
        ...(record.clearedScore !== undefined ? { clearedScore: record.clearedScore } : {}),
        after: { score: score?.score ?? null, computed: score?.computed ?? null, manual: score?.manual ?? null, status: score?.status ?? 'none' },
        warnings,
      };
    }),
  };
}
