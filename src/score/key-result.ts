// The computed score of one key result, by its type (SPEC 4.1). A hand-entered `score` is
// not applied here: the caller keeps both values and shows both.

import type { KeyResultNode, ObjectiveNode } from '../graph/cascade.js';
import type { KeyResultDoc } from '../model.js';
import { weightedMean } from './weighted-mean.js';

export interface ComputedScore {
  computed: number | null;
  note?: string;
}

export const NO_CHECKIN = 'no check-in yet';
export const NO_OBJECTIVE_ALIGNED = 'no objective aligned';

export function computeKeyResultScore(
  kr: KeyResultNode,
  objectiveScore: (objective: ObjectiveNode) => number | null,
): ComputedScore {
  const doc = kr.doc;
  switch (kr.type) {
    case 'metric':
      return metricScore(doc);
    case 'milestone':
      return milestoneScore(doc);
    case 'binary':
      return { computed: doc.done === true ? 1 : 0 };
    case 'baseline':
      return doc.current === undefined ? { computed: 0, note: NO_CHECKIN } : { computed: 1 };
    case 'maintain':
      return maintainScore(doc);
    case 'rollup':
      return rollupScore(kr, objectiveScore);
  }
}

interface Point {
  x: number;
  y: number;
}

/** The levels of a metric as points, or why they cannot be scored. */
export function metricPoints(doc: KeyResultDoc): Point[] | string {
  const { start, commit, target, stretch } = doc;
  if (start === undefined || target === undefined) return 'a metric needs start and target';
  if (start === target) return 'start equals target';
  const points: Point[] = [{ x: start, y: 0 }];
  if (commit !== undefined) points.push({ x: commit, y: 0.3 });
  points.push({ x: target, y: stretch === undefined ? 1 : 0.7 });
  if (stretch !== undefined) points.push({ x: stretch, y: 1 });
  if (!points.every((p) => Number.isFinite(p.x))) return 'levels must be finite numbers';
  // Every level must lie further along than the one before, in the direction start → target.
  const direction = Math.sign(target - start);
  for (let i = 1; i < points.length; i++) {
    if ((points[i].x - points[i - 1].x) * direction <= 0) {
      return 'levels out of order: start, commit, target and stretch must run one way';
    }
  }
  return points;
}

function metricScore(doc: KeyResultDoc): ComputedScore {
  const points = metricPoints(doc);
  if (typeof points === 'string') return { computed: null, note: points };
  if (doc.current === undefined) return { computed: 0, note: NO_CHECKIN };
  if (Number.isNaN(doc.current)) return { computed: null, note: 'current is not a number' };
  return { computed: clamp01(interpolate(points, doc.current)) };
}

/** Piecewise-linear through points ordered along x (either way), flat beyond both ends. */
function interpolate(points: Point[], value: number): number {
  // Mirror a decreasing metric so that the points run upwards.
  const direction = Math.sign(points[points.length - 1].x - points[0].x);
  const x = value * direction;
  const first = points[0];
  const last = points[points.length - 1];
  if (x <= first.x * direction) return first.y;
  if (x >= last.x * direction) return last.y;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const bx = b.x * direction;
    if (x <= bx) {
      const ax = a.x * direction;
      return a.y + ((b.y - a.y) * (x - ax)) / (bx - ax);
    }
  }
  return last.y;
}

function milestoneScore(doc: KeyResultDoc): ComputedScore {
  const milestones = doc.milestones ?? [];
  if (milestones.length === 0) return { computed: 0, note: 'no milestones' };
  let done = 0;
  let total = 0;
  for (const milestone of milestones) {
    const weight = milestone.weight ?? 1;
    total += weight;
    if (milestone.done === true) done += weight;
  }
  // The schema wants weights above 0; without that, a zero total would give NaN.
  if (!(total > 0)) return { computed: null, note: 'milestone weights must be greater than 0' };
  return { computed: done / total };
}

function maintainScore(doc: KeyResultDoc): ComputedScore {
  const { min, max, current } = doc;
  if (min === undefined && max === undefined) return { computed: null, note: 'a maintain key result needs min or max' };
  if (min !== undefined && max !== undefined && min > max) return { computed: null, note: 'min is above max' };
  if (current === undefined) return { computed: 0, note: NO_CHECKIN };
  const inside = (min === undefined || current >= min) && (max === undefined || current <= max);
  return { computed: inside ? 1 : 0 };
}

function rollupScore(kr: KeyResultNode, objectiveScore: (objective: ObjectiveNode) => number | null): ComputedScore {
  if (kr.children.length === 0) return { computed: null, note: NO_OBJECTIVE_ALIGNED };
  const computed = weightedMean(
    kr.children.map((child) => ({ score: objectiveScore(child), weight: child.doc.weight ?? 1 })),
  );
  return computed === null ? { computed, note: 'no aligned objective has a score' } : { computed };
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * The score a key result had at a past check-in: the score recorded with it, else its
 * `value` put in place of `current`. Only types scored from `current` can be replayed;
 * for the others a check-in without a score says nothing.
 */
export function scoreAtCheckin(kr: KeyResultNode, checkin: { value?: number; score?: number }): number | null {
  if (checkin.score !== undefined) return checkin.score;
  if (checkin.value === undefined) return null;
  if (kr.type !== 'metric' && kr.type !== 'baseline' && kr.type !== 'maintain') return null;
  const replayed: KeyResultNode = { ...kr, doc: { ...kr.doc, current: checkin.value } };
  return computeKeyResultScore(replayed, () => null).computed;
}
