// Time in the cycle, pace status and grades (SPEC 4.3, 4.4).
//
// Comparisons against a band or a pace boundary allow a tolerance of 1e-9: the boundaries are
// decimal numbers (0.7, 0.35 − 0.1) that binary floating point only approximates, and a score
// shown as 0.70 must not be graded yellow because it is 0.6999999999999999 inside. Values are
// never rounded; only the comparison is forgiving.

import type { CycleDoc, ScoringConfig } from '../model.js';
import { dayNumber } from './days.js';
import type { Grade } from './types.js';

const TOLERANCE = 1e-9;

export type PaceStatus = 'on_track' | 'at_risk' | 'off_track' | 'done';

/** `value ≥ bound`, forgiving floating-point error. */
export function atLeast(value: number, bound: number): boolean {
  return value >= bound - TOLERANCE;
}

/** Fraction of the cycle passed on `asOf`: days since start over days from start to end, in [0, 1]. */
export function elapsedFraction(cycle: CycleDoc, asOf: string): number {
  const start = dayNumber(cycle.start);
  const end = dayNumber(cycle.end);
  const now = dayNumber(asOf);
  if (Number.isNaN(start) || Number.isNaN(end) || Number.isNaN(now)) return 0;
  // A cycle of zero (or negative) length has passed entirely once its end is reached.
  if (end <= start) return now >= end ? 1 : 0;
  return Math.min(1, Math.max(0, (now - start) / (end - start)));
}

/** Whether `asOf` is after the cycle's last day. */
export function cycleEnded(cycle: CycleDoc, asOf: string): boolean {
  return dayNumber(asOf) > dayNumber(cycle.end);
}

/** The score expected by now when the goal is reached on the cycle's last day. */
export function expectedScore(goal: number, elapsed: number): number {
  return goal * elapsed;
}

export function paceStatus(score: number, goal: number, elapsed: number, scoring: ScoringConfig): PaceStatus {
  if (atLeast(score, goal)) return 'done';
  const expected = expectedScore(goal, elapsed);
  if (atLeast(score, expected - scoring.atRiskMargin)) return 'on_track';
  if (atLeast(score, expected - scoring.offTrackMargin)) return 'at_risk';
  return 'off_track';
}

export function gradeOf(score: number, bands: ScoringConfig['bands']): Grade {
  if (atLeast(score, bands.green)) return 'green';
  if (atLeast(score, bands.yellow)) return 'yellow';
  return 'red';
}
