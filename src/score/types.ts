// What scoring produces. Scores are computed once per run from the resolved cascade by the
// pure functions in this folder, then read by every formatter.

import type { KeyResultType } from '../model.js';

export type Grade = 'red' | 'yellow' | 'green';

/**
 * Pace status as of a date (SPEC 4.4). After the cycle has ended the status is the grade.
 * `stale` replaces `on_track` for a KR with no recent check-in: silence is never green.
 * `none`: nothing to score yet (an objective with no active KR, a roll-up with nothing aligned).
 */
export type Status = 'on_track' | 'at_risk' | 'off_track' | 'done' | 'stale' | 'dropped' | 'none' | Grade;

/** One check-in of a key result, from git history (issue 4) or a test. */
export interface Checkin {
  date: string; // YYYY-MM-DD
  value?: number;
  score?: number;
  confidence?: number;
}

/** A note left with a check-in (from git history): what the lead said about the number. */
export interface CheckinNote {
  date: string; // YYYY-MM-DD
  text: string;
}

/** The confidence after each of the last few check-ins, oldest first, and where it is heading. */
export interface ConfidenceTrend {
  values: number[];
  /** From the first of `values` to the last: up, down, or steady (one value is steady). */
  direction: 'up' | 'down' | 'steady';
}

export interface KeyResultScore {
  ref: string;
  type: KeyResultType;
  /** The score shown and used in means: the hand-entered one if any, else the computed one. */
  score: number | null;
  computed: number | null;
  manual: number | null;
  /** Why there is no score, or what is special about it ("no check-in yet"). */
  note?: string;
  dropped: boolean;
  weight: number;
  /** Null for a dropped key result: it counts in no mean, so it earns no grade. */
  grade: Grade | null;
  status: Status;
  /** The score expected by now: goal × elapsed. */
  expected: number;
  goal: number;
  confidence: number | null;
  optimistic: boolean;
  stale: boolean;
  lastCheckin: string | null;
  /** Least-squares forecast of the score at the cycle's end, with three or more check-ins. */
  forecast: number | null;
  /** The latest check-in note on or before the as-of date (from git history). */
  latestNote: CheckinNote | null;
  confidenceTrend: ConfidenceTrend | null;
}

export interface ObjectiveScore {
  ref: string;
  score: number | null;
  note?: string;
  weight: number;
  grade: Grade | null;
  status: Status;
  keyResults: KeyResultScore[];
}

export interface UnitScore {
  id: string;
  score: number | null;
  grade: Grade | null;
  status: Status;
  objectives: ObjectiveScore[];
}

export interface ScoredCycle {
  cycle: string;
  asOf: string;
  /** Fraction of the cycle passed, in [0, 1]. */
  elapsed: number;
  ended: boolean;
  /** Score of the company level (mean of company units), else of all units. */
  overall: number | null;
  grade: Grade | null;
  units: UnitScore[];
  keyResults: Map<string, KeyResultScore>;
  objectives: Map<string, ObjectiveScore>;
}
