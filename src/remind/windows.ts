// When each of the coordinator's steps applies, as of a date. The dates come from the cycle
// (postBy, midpoint, retroBy); the windows around them are ours, since the seeds only say
// "a week or two into the cycle", "mid-cycle" and "at the end":
//   post       the day after postBy until the cycle's end (after that, step 3 takes over)
//   midcycle   MIDCYCLE_DAYS either side of the midpoint, inside the cycle
//   checkins   the whole cycle: stale key results and confidence drops
//   learnings  from the day after the cycle's end, open-ended (owed until written)

import type { CycleDoc } from '../model.js';
import { dayNumber } from '../score/days.js';
import type { StepWindow } from './types.js';

/** Days before and after the midpoint when the mid-cycle list is sent. */
export const MIDCYCLE_DAYS = 7;

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** The midpoint as configured, else the day half-way through the cycle. */
export function midpointOf(cycle: CycleDoc): string {
  if (cycle.midpoint !== undefined) return cycle.midpoint;
  return addDays(cycle.start, Math.floor((dayNumber(cycle.end) - dayNumber(cycle.start)) / 2));
}

const within = (date: string, from: string, to?: string) => from <= date && (to === undefined || date <= to);
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

export function postWindow(cycle: CycleDoc, asOf: string): StepWindow {
  if (cycle.postBy === undefined) {
    return { step: 'post', cycle: cycle.id, active: false, note: 'no postBy date in the config' };
  }
  const from = addDays(cycle.postBy, 1);
  return { step: 'post', cycle: cycle.id, active: within(asOf, from, cycle.end), from, to: cycle.end, due: cycle.postBy, note: `after postBy ${cycle.postBy}` };
}

export function midcycleWindow(cycle: CycleDoc, asOf: string): StepWindow {
  const midpoint = midpointOf(cycle);
  const from = later(addDays(midpoint, -MIDCYCLE_DAYS), cycle.start);
  const to = earlier(addDays(midpoint, MIDCYCLE_DAYS), cycle.end);
  const note = cycle.midpoint === undefined ? `${MIDCYCLE_DAYS} days around ${midpoint}, half-way (no midpoint in the config)` : `${MIDCYCLE_DAYS} days around the midpoint ${midpoint}`;
  return { step: 'midcycle', cycle: cycle.id, active: within(asOf, from, to), from, to, due: midpoint, note };
}

export function checkinsWindow(cycle: CycleDoc, asOf: string, everyDays: number): StepWindow {
  return { step: 'checkins', cycle: cycle.id, active: within(asOf, cycle.start, cycle.end), from: cycle.start, to: cycle.end, note: `a check-in every ${everyDays} day${everyDays === 1 ? '' : 's'}` };
}

export function learningsWindow(cycle: CycleDoc, asOf: string): StepWindow {
  const from = addDays(cycle.end, 1);
  const note = cycle.retroBy === undefined ? `after the cycle ends (${cycle.end}); no retroBy date in the config` : `after the cycle ends (${cycle.end}), due by retroBy ${cycle.retroBy}`;
  return { step: 'learnings', cycle: cycle.id, active: within(asOf, from), from, ...(cycle.retroBy === undefined ? {} : { due: cycle.retroBy }), note };
}
