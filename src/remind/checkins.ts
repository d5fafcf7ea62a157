// Between the steps, all through the cycle: key results with no check-in for longer than
// `checkins.everyDays` (the scored cycle's `stale` flag, from git history), and key results
// whose lead's confidence fell into the low band at the last check-in.

import type { Cascade } from '../graph/cascade.js';
import type { CycleDoc } from '../model.js';
import { daysBetween } from '../score/days.js';
import { timelineAsOf } from '../score/timeline.js';
import type { Checkin, ScoredCycle } from '../score/types.js';
import { keyResultOwner, keyResultsOf } from './who-owes.js';
import type { Owed, StepWindow } from './types.js';
import { addDays } from './windows.js';

/** Confidence below this is the low band (SPEC 5, `okr remind`): the lead doubts the KR. */
export const LOW_CONFIDENCE = 0.4;

export interface CheckinsInput {
  cycle: CycleDoc;
  window: StepWindow;
  everyDays: number;
  cascade: Cascade;
  scored: ScoredCycle;
  /** Check-in timelines from git (any dates; later ones are ignored), and unit file dates. */
  timelines?: ReadonlyMap<string, Checkin[]>;
  fileDates?: ReadonlyMap<string, string>;
}

export function staleReminders(input: CheckinsInput): Owed[] {
  if (!input.window.active) return [];
  const owed: Owed[] = [];
  for (const kr of keyResultsOf(input.cascade)) {
    const score = input.scored.keyResults.get(kr.ref);
    if (!score?.stale) continue;
    // The same dates scoring used: the last check-in, else the day the file last changed.
    const since = score.lastCheckin ?? input.fileDates?.get(kr.objective.unit.id);
    const days = since === undefined ? undefined : daysBetween(since, input.scored.asOf);
    const reason = score.lastCheckin !== null
      ? `last check-in ${score.lastCheckin}, ${days} days ago (one every ${input.everyDays} days)`
      : `no check-in yet${since === undefined ? '' : `; the file last changed ${since} (${days} days ago)`}`;
    owed.push({
      owner: keyResultOwner(kr, input.cascade),
      item: { kind: 'stale', cycle: input.cycle.id, ref: kr.ref, title: kr.doc.title, reason, ...(since === undefined ? {} : { due: addDays(since, input.everyDays) }) },
    });
  }
  return owed;
}

export function confidenceDropReminders(input: CheckinsInput): Owed[] {
  if (!input.window.active || !input.timelines) return [];
  const owed: Owed[] = [];
  for (const kr of keyResultsOf(input.cascade)) {
    if (kr.doc.status === 'dropped') continue;
    const drop = confidenceDrop(input.timelines.get(kr.ref) ?? [], input.scored.asOf);
    if (!drop) continue;
    owed.push({
      owner: keyResultOwner(kr, input.cascade),
      item: {
        kind: 'confidence-drop', cycle: input.cycle.id, ref: kr.ref, title: kr.doc.title,
        reason: `confidence fell from ${drop.from} to ${drop.to} at the check-in of ${drop.date}`,
      },
    });
  }
  return owed;
}

/**
 * The last check-in (as of the date) put confidence in the low band while the one before
 * it was not. Each check-in of a timeline carries the confidence as it stood then, so a
 * check-in that only moved the value repeats the previous confidence and is no drop.
 */
export function confidenceDrop(timeline: readonly Checkin[], asOf: string): { from: number; to: number; date: string } | undefined {
  const seen = timelineAsOf(timeline, asOf);
  if (seen.length < 2) return undefined;
  const last = seen[seen.length - 1];
  const before = seen[seen.length - 2];
  if (last.confidence === undefined || before.confidence === undefined) return undefined;
  if (last.confidence >= LOW_CONFIDENCE || before.confidence < LOW_CONFIDENCE) return undefined;
  return { from: before.confidence, to: last.confidence, date: last.date };
}
