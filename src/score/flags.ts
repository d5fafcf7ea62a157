// Warnings shown beside a key result's status (SPEC 4.4): silence (`stale`) and a confidence
// the numbers do not support (`optimistic`).

import { daysBetween } from './days.js';
import { sortByDate } from './timeline.js';
import type { Checkin, Status } from './types.js';

/** Confidence at or above this is "high" for the optimistic flag. */
export const HIGH_CONFIDENCE = 0.7;
/** How many check-ins in a row with the same value make a KR "not moving". */
export const UNMOVED_CHECKINS = 3;

/**
 * A key result is stale when its last check-in is more than `everyDays` days before `asOf`.
 * With no check-in at all, the file's own date stands in when known; with neither, nothing
 * says how long it has been silent, so it is not flagged.
 */
export function isStale(lastCheckin: string | null, asOf: string, everyDays: number, fallbackDate?: string): boolean {
  const since = lastCheckin ?? fallbackDate;
  if (since === undefined) return false;
  return daysBetween(since, asOf) > everyDays;
}

/**
 * A lead is optimistic when confidence is high while the pace says off track, or while the
 * value has not moved over the last three check-ins (each of which, where it recorded a
 * confidence, kept it high too). `pace` is the pace status before stale or grade replace it.
 */
export function isOptimistic(confidence: number | null, pace: Status | null, timeline: readonly Checkin[]): boolean {
  if (confidence === null || confidence < HIGH_CONFIDENCE) return false;
  if (pace === 'off_track') return true;
  return isUnmoved(timeline);
}

/** The last three check-ins that carry a value (or, lacking one, a score) all hold the same one. */
function isUnmoved(timeline: readonly Checkin[]): boolean {
  const measured = sortByDate(timeline).filter((checkin) => measureOf(checkin) !== undefined);
  if (measured.length < UNMOVED_CHECKINS) return false;
  const last = measured.slice(-UNMOVED_CHECKINS);
  const value = measureOf(last[0]);
  return last.every(
    (checkin) =>
      measureOf(checkin) === value && (checkin.confidence === undefined || checkin.confidence >= HIGH_CONFIDENCE),
  );
}

function measureOf(checkin: Checkin): number | undefined {
  return checkin.value ?? checkin.score;
}
