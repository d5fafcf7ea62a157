// Where a lead's confidence is heading (SPEC 9): the confidence held after each of the last
// few check-ins, oldest first, and the direction from the first of them to the last. Read
// beside the status, never mixed into it (SPEC 4.4).

import type { Checkin, CheckinNote, ConfidenceTrend } from './types.js';

/** How many check-ins a trend looks back over. */
export const CONFIDENCE_TREND_LENGTH = 4;

/**
 * `timeline` sorted oldest first (the check-ins up to the as-of date); `current` the confidence
 * the file holds now, which ends the trend when the history does not (edited without a
 * check-in, or no history read). Null when no confidence was ever given.
 */
export function confidenceTrend(timeline: readonly Checkin[], current: number | null): ConfidenceTrend | null {
  const values = timeline.flatMap((checkin) => (checkin.confidence === undefined ? [] : [checkin.confidence]));
  if (current !== null && values.at(-1) !== current) values.push(current);
  if (values.length === 0) return null;
  const shown = values.slice(-CONFIDENCE_TREND_LENGTH);
  const change = shown[shown.length - 1] - shown[0];
  return { values: shown, direction: Math.abs(change) < 1e-9 ? 'steady' : change > 0 ? 'up' : 'down' };
}

/** The last note written on or before `asOf` (dates are YYYY-MM-DD), or null. */
export function latestNote(notes: readonly CheckinNote[] | undefined, asOf: string): CheckinNote | null {
  let latest: CheckinNote | null = null;
  for (const note of notes ?? []) if (note.date <= asOf) latest = note;
  return latest;
}
