// Scores a whole cycle: every key result, objective and unit, with grade, pace status and
// flags, as of a given date (SPEC 4). Pure: timelines and file dates are read elsewhere and
// passed in. Roll-up key results make objectives depend on other objectives, so objectives
// are scored depth-first, each once (memoised), with a guard against cycles in the cascade.

import type { Cascade, KeyResultNode, ObjectiveNode, UnitNode } from '../graph/cascade.js';
import type { Config, CycleDoc, ObjectiveDoc, ScoringConfig } from '../model.js';
import { forecastScore } from './forecast.js';
import { isOptimistic, isStale } from './flags.js';
import { computeKeyResultScore, scoreAtCheckin } from './key-result.js';
import { atLeast, cycleEnded, elapsedFraction, expectedScore, gradeOf, paceStatus } from './pace.js';
import { confidenceTrend, latestNote } from './confidence-trend.js';
import { latestConfidence, timelineAsOf } from './timeline.js';
import type { Checkin, CheckinNote, KeyResultScore, ObjectiveScore, ScoredCycle, Status, UnitScore } from './types.js';
import { weightedMean } from './weighted-mean.js';

export interface ScoreOptions {
  /** The date to score as of, `YYYY-MM-DD`. */
  asOf: string;
  /** Check-ins per key result reference (`unit/O1/KR1`), in any order. */
  timelines?: Map<string, Checkin[]>;
  /** Last commit date per unit id: stands in for a key result's last check-in when it has none. */
  fileDates?: Map<string, string>;
  /** Check-in notes per key result reference, oldest first. */
  notes?: Map<string, CheckinNote[]>;
}

export const NO_ACTIVE_KEY_RESULT = 'no active key result';

/** The goal of an objective and its key results: committed ones must be reached in full. */
export function objectiveGoal(doc: ObjectiveDoc, scoring: ScoringConfig): number {
  return doc.type === 'committed' ? scoring.committedGoal : scoring.aspirationalGoal;
}

export function scoreCycle(cascade: Cascade, config: Config, cycle: CycleDoc, options: ScoreOptions): ScoredCycle {
  const { scoring } = config;
  const { asOf } = options;
  const elapsed = elapsedFraction(cycle, asOf);
  const ended = cycleEnded(cycle, asOf);
  // Silence after the cycle is over is expected; what counts is whether it was followed to the end.
  const staleAsOf = ended ? cycle.end : asOf;

  const memo = new Map<ObjectiveNode, ObjectiveScore>();
  const visiting = new Set<ObjectiveNode>();

  function allStale(keyResults: KeyResultScore[]): boolean {
    const watched = keyResults.filter((kr) => kr.type !== 'rollup');
    return watched.length > 0 && watched.every((kr) => kr.stale);
  }

  function statusOf(score: number | null, goal: number, stale: boolean): Status {
    if (score === null) return 'none';
    if (ended) return gradeOf(score, scoring.bands);
    const pace = paceStatus(score, goal, elapsed, scoring);
    return stale && pace === 'on_track' ? 'stale' : pace;
  }

  /** Null only while the objective is being scored further up: the cascade has a cycle. */
  function scoreObjective(objective: ObjectiveNode): ObjectiveScore | null {
    const known = memo.get(objective);
    if (known) return known;
    if (visiting.has(objective)) return null;
    visiting.add(objective);
    const keyResults = objective.keyResults.map(scoreKeyResult);
    visiting.delete(objective);

    const active = keyResults.filter((kr) => !kr.dropped);
    const score = weightedMean(active);
    const note =
      active.length === 0 ? NO_ACTIVE_KEY_RESULT : score === null ? 'no active key result has a score' : undefined;
    const result: ObjectiveScore = {
      ref: objective.ref,
      score,
      ...(note === undefined ? {} : { note }),
      weight: objective.doc.weight ?? 1,
      grade: score === null ? null : gradeOf(score, scoring.bands),
      // Silence is never green, one level up either: all of its key results gone quiet.
      status: statusOf(score, objectiveGoal(objective.doc, scoring), allStale(active)),
      keyResults,
    };
    memo.set(objective, result);
    return result;
  }

  function scoreKeyResult(kr: KeyResultNode): KeyResultScore {
    const doc = kr.doc;
    const { computed, note } = computeKeyResultScore(kr, (child) => scoreObjective(child)?.score ?? null);
    const manual = doc.score ?? null;
    const score = manual ?? computed;
    const dropped = doc.status === 'dropped';
    const goal = objectiveGoal(kr.objective.doc, scoring);

    const timeline = timelineAsOf(options.timelines?.get(kr.ref) ?? [], asOf);
    const lastCheckin = timeline.length > 0 ? timeline[timeline.length - 1].date : null;
    const confidence = doc.confidence ?? latestConfidence(timeline);
    const pace = score === null ? null : paceStatus(score, goal, elapsed, scoring);
    // A roll-up is checked in through the objectives aligned to it, never by itself.
    // A key result already at its goal owes no more check-ins.
    const stale =
      !dropped &&
      kr.type !== 'rollup' &&
      !(score !== null && atLeast(score, goal)) &&
      isStale(lastCheckin, staleAsOf, config.checkins.everyDays, options.fileDates?.get(kr.objective.unit.id));
    const points = timeline.flatMap((checkin) => {
      const value = scoreAtCheckin(kr, checkin);
      return value === null ? [] : [{ date: checkin.date, score: value }];
    });

    return {
      ref: kr.ref,
      type: kr.type,
      score,
      computed,
      manual,
      ...(note === undefined ? {} : { note }),
      dropped,
      weight: doc.weight ?? 1,
      grade: score === null || dropped ? null : gradeOf(score, scoring.bands),
      status: dropped ? 'dropped' : statusOf(score, goal, stale),
      expected: expectedScore(goal, elapsed),
      goal,
      confidence,
      optimistic: !dropped && isOptimistic(confidence, pace, timeline),
      stale,
      lastCheckin,
      forecast: dropped ? null : forecastScore(points, cycle.end),
      latestNote: latestNote(options.notes?.get(kr.ref), asOf),
      confidenceTrend: confidenceTrend(timeline, doc.confidence ?? null),
    };
  }

  function scoreUnit(unit: UnitNode): UnitScore {
    // Every objective is scored before its unit, so none is still being visited here.
    const objectives = unit.objectives.map((objective) => scoreObjective(objective) as ObjectiveScore);
    const score = weightedMean(objectives);
    return {
      id: unit.id,
      score,
      grade: score === null ? null : gradeOf(score, scoring.bands),
      status: statusOf(score, scoring.aspirationalGoal, allStale(objectives.flatMap((o) => o.keyResults.filter((kr) => !kr.dropped)))),
      objectives,
    };
  }

  const unitNodes = [...cascade.units.values()];
  const units = unitNodes.map(scoreUnit);

  // Indexes in file order (scoring order follows roll-ups); the first of a duplicate ref wins, as in the cascade.
  const objectives = new Map<string, ObjectiveScore>();
  const keyResults = new Map<string, KeyResultScore>();
  for (const unit of units) {
    for (const objective of unit.objectives) {
      if (!objectives.has(objective.ref)) objectives.set(objective.ref, objective);
      for (const kr of objective.keyResults) if (!keyResults.has(kr.ref)) keyResults.set(kr.ref, kr);
    }
  }

  const overall = overallScore(units.filter((_, i) => unitNodes[i].level === 'company'), units);
  return {
    cycle: cycle.id,
    asOf,
    elapsed,
    ended,
    overall,
    grade: overall === null ? null : gradeOf(overall, scoring.bands),
    units,
    keyResults,
    objectives,
  };
}

/** Plain mean of the company units that have a score, else of every unit that has one. */
function overallScore(company: UnitScore[], all: UnitScore[]): number | null {
  const mean = (units: UnitScore[]) => weightedMean(units.map((unit) => ({ score: unit.score, weight: 1 })));
  return mean(company) ?? mean(all);
}
