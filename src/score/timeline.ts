// Reading a key result's check-in timeline as of a date. Timelines come from git history
// (or a test) in any order; check-ins dated after `asOf` have not happened yet.

import { dayNumber } from './days.js';
import type { Checkin } from './types.js';

/** Check-ins oldest first; ties keep their order. */
export function sortByDate(timeline: readonly Checkin[]): Checkin[] {
  return [...timeline].sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
}

/** The check-ins made on or before `asOf`, oldest first. */
export function timelineAsOf(timeline: readonly Checkin[], asOf: string): Checkin[] {
  const day = dayNumber(asOf);
  return sortByDate(timeline.filter((checkin) => dayNumber(checkin.date) <= day));
}

/** The latest confidence recorded in a timeline sorted oldest first. */
export function latestConfidence(sorted: readonly Checkin[]): number | null {
  for (let i = sorted.length - 1; i >= 0; i--) {
    const confidence = sorted[i].confidence;
    if (confidence !== undefined) return confidence;
  }
  return null;
}
