// Cycles as spans of days. Cycles may nest (quarters inside a year) but never partly overlap
// or repeat each other's dates, so the cycles around any day form a chain, and the shortest
// of them is the one meant by "the cycle containing today": the quarter, not the year.

import type { CycleDoc } from '../model.js';

/** Length of a cycle in days (dates are YYYY-MM-DD, both ends inclusive). */
export function cycleDays(cycle: CycleDoc): number {
  return (Date.parse(`${cycle.end}T00:00:00Z`) - Date.parse(`${cycle.start}T00:00:00Z`)) / 86_400_000 + 1;
}

/** The shortest cycle containing the date; on a tie (a broken config), the first listed. */
export function cycleContaining<T extends CycleDoc>(cycles: readonly T[], date: string): T | undefined {
  let best: T | undefined;
  for (const cycle of cycles) {
    if (cycle.start <= date && date <= cycle.end && (best === undefined || cycleDays(cycle) < cycleDays(best))) best = cycle;
  }
  return best;
}

/** Of cycles that end on the same day (a year and its last quarter), the shorter sorts later. */
export function byEndThenShortest(a: CycleDoc, b: CycleDoc): number {
  return a.end < b.end ? -1 : a.end > b.end ? 1 : cycleDays(b) - cycleDays(a);
}

export interface CycleClash {
  /** Index of the cycle at fault: the later-starting one, or the later-listed of a repeat. */
  index: number;
  /** Index of the cycle it clashes with. */
  other: number;
  kind: 'repeats' | 'overlaps';
}

/**
 * Cycles that repeat another's dates or partly overlap it. One sweep in order of start:
 * the cycles still open when a cycle starts are a chain of nested spans, so it is enough to
 * compare with the innermost of them. Cycles that end before they start are left out (that
 * is a finding of its own).
 */
export function cycleClashes(cycles: readonly CycleDoc[]): CycleClash[] {
  const order = cycles
    .map((cycle, index) => ({ cycle, index }))
    .filter(({ cycle }) => cycle.start <= cycle.end)
    // Longer first among those starting together, so the container is open before its parts.
    .sort((a, b) => (a.cycle.start < b.cycle.start ? -1 : a.cycle.start > b.cycle.start ? 1 : a.cycle.end > b.cycle.end ? -1 : a.cycle.end < b.cycle.end ? 1 : a.index - b.index));
  const clashes: CycleClash[] = [];
  const open: { cycle: CycleDoc; index: number }[] = [];
  for (const current of order) {
    while (open.length > 0 && open.at(-1)!.cycle.end < current.cycle.start) open.pop();
    const around = open.at(-1);
    if (around && around.cycle.start === current.cycle.start && around.cycle.end === current.cycle.end) {
      // A repeat is said once, and the first of the two stands for both from here on.
      clashes.push({ index: current.index, other: around.index, kind: 'repeats' });
      continue;
    }
    if (around && current.cycle.end > around.cycle.end) clashes.push({ index: current.index, other: around.index, kind: 'overlaps' });
    open.push(current);
  }
  return clashes;
}
