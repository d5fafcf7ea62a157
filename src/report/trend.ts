// Scores on past dates, for trend lines and week-on-week changes. A key result's score on a
// date is what its progress fields held that day (its last check-in on or before it, else
// the values it was added with) put through today's definition of it, as scoreAtCheckin
// does; a key result that did not exist yet has no score and is left out of the means.
// Objectives and units are the same weighted means as today's scores (src/score). Pure.

import type { KeyResultNode, ObjectiveNode, UnitNode } from '../graph/cascade.js';
import type { CycleDoc, KeyResultDoc } from '../model.js';
import { computeKeyResultScore } from '../score/key-result.js';
import { dayNumber } from '../score/days.js';
import { weightedMean } from '../score/weighted-mean.js';
import type { ScorePoint } from './model.js';
import { stateOn, type ProgressState, type ReplayedHistory } from './replay.js';

export interface ScoresOn {
  date: string;
  keyResult(kr: KeyResultNode): number | null;
  objective(objective: ObjectiveNode): number | null;
  unit(unit: UnitNode): number | null;
}

/**
 * A key result's score for each of its states, kept across dates: a state holds for many
 * weeks, and only a roll-up's score (its aligned objectives') changes without a state of its own.
 */
export type StateScores = WeakMap<ProgressState, number | null>;

/**
 * The scores of the cycle as they stood on `date` (each computed once, when first asked for).
 * Pass the same `cache` to the scoresOn of every date.
 */
export function scoresOn(date: string, replayed: ReplayedHistory, cache: StateScores = new WeakMap()): ScoresOn {
  const objectives = new Map<ObjectiveNode, number | null>();
  const visiting = new Set<ObjectiveNode>();

  const keyResult = (kr: KeyResultNode): number | null => {
    const history = replayed.keyResults.get(kr.ref);
    const state = history ? stateOn(history.states, date) : undefined;
    // Not there yet (or never seen in history): no score on that day.
    if (!state) return null;
    if (kr.type === 'rollup') return scoreOfState(kr, state, objective);
    if (cache.has(state)) return cache.get(state)!;
    const score = scoreOfState(kr, state, objective);
    cache.set(state, score);
    return score;
  };

  const objective = (node: ObjectiveNode): number | null => {
    if (objectives.has(node)) return objectives.get(node)!;
    // A cycle in the alignment links: the roll-up further up gets no score from here.
    if (visiting.has(node)) return null;
    visiting.add(node);
    const active = node.keyResults.filter((kr) => kr.doc.status !== 'dropped');
    const score = weightedMean(active.map((kr) => ({ score: keyResult(kr), weight: kr.doc.weight ?? 1 })));
    visiting.delete(node);
    objectives.set(node, score);
    return score;
  };

  const unit = (node: UnitNode): number | null =>
    weightedMean(node.objectives.map((o) => ({ score: objective(o), weight: o.doc.weight ?? 1 })));

  return { date, keyResult, objective, unit };
}

/** A key result's score from the progress fields it held: a recorded score wins, as today. */
export function scoreOfState(kr: KeyResultNode, state: ProgressState, objectiveScore: (o: ObjectiveNode) => number | null): number | null {
  if (state.score !== undefined) return state.score;
  const doc: KeyResultDoc = { ...kr.doc };
  delete doc.score;
  if (state.value === undefined) delete doc.current;
  else doc.current = state.value;
  if (kr.type === 'binary') doc.done = state.done === true;
  if (doc.milestones) doc.milestones = doc.milestones.map((m) => ({ ...m, done: state.milestones?.get(m.title) === true }));
  return computeKeyResultScore({ ...kr, doc }, objectiveScore).computed;
}

/**
 * The dates of a trend: the cycle's start and every seven days after it, up to the as-of
 * date (or the cycle's end, when that came first), which is always the last point. Before
 * the cycle starts there is no trend.
 */
export function trendDates(cycle: CycleDoc, asOf: string): string[] {
  const start = dayNumber(cycle.start);
  const last = Math.min(dayNumber(asOf), dayNumber(cycle.end));
  if (!(last >= start)) return [];
  const dates: string[] = [];
  for (let day = start; day < last; day += 7) dates.push(dateOf(day));
  dates.push(dateOf(last));
  return dates;
}

/**
 * A trend line: the score on each past date, and `now` (today's score, as scored) at the
 * last one, so that a trend always ends where the report's own number is. Dates with no
 * score are left out.
 */
export function trendLine(past: readonly ScoresOn[], lastDate: string | undefined, scoreOn: (scores: ScoresOn) => number | null, now: number | null): ScorePoint[] {
  const points: ScorePoint[] = [];
  for (const scores of past) {
    const score = scoreOn(scores);
    if (score !== null) points.push({ date: scores.date, score });
  }
  if (lastDate !== undefined && now !== null) points.push({ date: lastDate, score: now });
  return points;
}

/** The change from a week ago to now; null when either end has no score. */
export function change(now: number | null, before: number | null): number | null {
  return now === null || before === null ? null : now - before;
}

/** The date `days` days before `date`. */
export function daysBefore(date: string, days: number): string {
  return dateOf(dayNumber(date) - days);
}

function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
