// The status report as data (model.ts), built once from the scored cycle and its replayed
// history; the markdown, HTML and JSON formats only render it. Pure: reading files and git
// happens before (load.ts), so the same input always gives the same report, which is what
// lets a report be committed and diffed.

import { alignRefs, type Cascade, type KeyResultNode, type ObjectiveNode, type UnitNode } from '../graph/cascade.js';
import { own } from '../lookup.js';
import { sourceLabel } from '../sources/source-label.js';
import type { Config, CycleDoc, HealthMetricDoc } from '../model.js';
import type { Grade, KeyResultScore, ScoredCycle, Status, UnitScore } from '../score/types.js';
import { weightedMean } from '../score/weighted-mean.js';
import { attentionLists } from './attention.js';
import { reportCascade, reportCascadeLinks } from './cascade.js';
import type { HealthMetricReport, KeyResultReport, ObjectiveReport, Report, ScorePoint, UnitReport } from './model.js';
import type { ReplayedHistory } from './replay.js';
import { unitsInScope } from './scope.js';
import { change, daysBefore, scoreOfState, scoresOn, trendDates, trendLine, type ScoresOn, type StateScores } from './trend.js';
import type { FileProblem } from '../view/file-problems.js';
import { statusWords } from '../view/key-result-words.js';

export interface ReportInput {
  config: Config;
  cycle: CycleDoc;
  cascade: Cascade;
  scored: ScoredCycle;
  /** The cycle's history replayed up to the as-of date, or null when it was not read. */
  history: ReplayedHistory | null;
  /** Why there is no history, when `history` is null. */
  historyNote?: string | null;
  /** --unit: report this unit and the units below it. */
  unit?: string;
  /** --at: the revision or date the report was rebuilt at. */
  at?: Report['at'];
  /** The cycle's unit files that do not validate (view/file-problems.ts). */
  problems?: FileProblem[];
}

export function buildReport(input: ReportInput): Report {
  const { config, cycle, cascade, scored, history } = input;
  const asOf = scored.asOf;
  const scope = unitsInScope(cascade, input.unit);
  const unitScores = new Map(scored.units.map((unit) => [unit.id, unit]));

  // Past scores: one set per week of the cycle so far, and one for a week ago.
  const dates = history ? trendDates(cycle, asOf) : [];
  const cache: StateScores = new WeakMap();
  const past = history ? dates.slice(0, -1).map((date) => scoresOn(date, history, cache)) : [];
  const lastDate = dates.at(-1);
  const weekAgo = history ? scoresOn(daysBefore(asOf, 7), history, cache) : null;
  const context: Context = { config, cycle, scored, history, past, lastDate, weekAgo };

  const units = scope.map((unit) => unitReport(unit, unitScores.get(unit.id), context));
  const problems = problemsInScope(input.problems ?? [], input.unit === undefined ? null : new Set(scope.map((unit) => unit.id)));
  const attention = attentionLists(units, { asOf, ended: scored.ended, end: cycle.end, committedGoal: config.scoring.committedGoal });
  const top = units.find((unit) => unit.id === input.unit);
  const overall = top
    ? { score: top.score, grade: top.grade, trend: top.trend, weekChange: top.weekChange ?? null }
    : companyOverall(scope, context);

  return {
    organization: config.organization,
    // The report's own day, not the clock: the same repository and date give the same bytes.
    generatedAt: `${asOf}T00:00:00.000Z`,
    asOf,
    at: input.at ?? null,
    cycle: { id: cycle.id, start: cycle.start, end: cycle.end, postBy: cycle.postBy ?? null, midpoint: cycle.midpoint ?? null, retroBy: cycle.retroBy ?? null },
    elapsed: scored.elapsed,
    ended: scored.ended,
    scope: input.unit ?? null,
    trendDates: dates,
    overall,
    counts: counts(units, attention, problems),
    alignment: alignment(scope),
    units,
    cascade: reportCascade(cascade, scored, input.unit === undefined ? null : scope),
    cascadeLinks: reportCascadeLinks(cascade, input.unit === undefined ? null : scope),
    attention,
    problems: { errors: problems.reduce((sum, problem) => sum + problem.errors, 0), files: problems },
    history: history !== null,
    historyNote: history === null ? input.historyNote ?? null : null,
  };
}

interface Context {
  config: Config;
  cycle: CycleDoc;
  scored: ScoredCycle;
  history: ReplayedHistory | null;
  /** Scores on each week's date before the last one. */
  past: ScoresOn[];
  lastDate: string | undefined;
  weekAgo: ScoresOn | null;
}

function leadName(config: Config, lead: string | undefined): string | null {
  return lead === undefined ? null : own(config.people, lead)?.name ?? null;
}

function unitReport(unit: UnitNode, score: UnitScore | undefined, context: Context): UnitReport {
  const now = score?.score ?? null;
  return {
    id: unit.id,
    name: unit.doc.name ?? unit.id,
    level: unit.level,
    parent: unit.doc.parent ?? null,
    lead: unit.doc.lead ?? null,
    leadName: leadName(context.config, unit.doc.lead),
    status: unit.doc.status ?? null,
    score: now,
    grade: score?.grade ?? null,
    pace: score?.status ?? 'none',
    trend: trendLine(context.past, context.lastDate, (scores) => scores.unit(unit), now),
    objectives: unit.objectives.map((objective) => objectiveReport(objective, context)),
    healthMetrics: (unit.doc.healthMetrics ?? []).map((metric) => healthMetric(unit.id, metric)),
    weekChange: context.weekAgo ? change(now, context.weekAgo.unit(unit)) : null,
  };
}

function objectiveReport(objective: ObjectiveNode, context: Context): ObjectiveReport {
  const score = context.scored.objectives.get(objective.ref);
  const now = score?.score ?? null;
  return {
    ref: objective.ref,
    title: objective.doc.title,
    type: objective.doc.type ?? 'aspirational',
    score: now,
    grade: score?.grade ?? null,
    status: score?.status ?? 'none',
    alignsTo: alignRefs(objective.doc).map((link) => link.ref),
    keyResults: objective.keyResults.map((kr) => keyResultReport(kr, context)),
    addedMidCycle: context.history?.objectives.get(objective.ref)?.addedMidCycle ?? false,
    weekChange: context.weekAgo ? change(now, context.weekAgo.objective(objective)) : null,
    trend: trendLine(context.past, context.lastDate, (scores) => scores.objective(objective), now),
  };
}

function keyResultReport(kr: KeyResultNode, context: Context): KeyResultReport {
  const { cycle, config } = context;
  const score: KeyResultScore | undefined = context.scored.keyResults.get(kr.ref);
  const history = context.history?.keyResults.get(kr.ref);
  const now = score?.score ?? null;
  const goal = score?.goal ?? (kr.objective.doc.type === 'committed' ? config.scoring.committedGoal : config.scoring.aspirationalGoal);
  // A roll-up is checked in through the objectives aligned to it: its line is its score week
  // by week, as an objective's is (a recorded score of its own is in that score).
  const checkins: ScorePoint[] = kr.type === 'rollup'
    ? trendLine(context.past, context.lastDate, (scores) => scores.keyResult(kr), now)
    : (history?.states ?? []).flatMap((state) => {
      if (!state.checkin) return [];
      const value = scoreOfState(kr, state, () => null);
      return value === null ? [] : [{ date: state.date, score: value, ...(state.source !== undefined ? { source: state.source } : {}) }];
    });
  const last = history?.states.at(-1);
  return {
    ref: kr.ref,
    title: kr.doc.title,
    type: kr.type,
    lead: kr.doc.lead ?? null,
    leadName: leadName(config, kr.doc.lead),
    score: now,
    computed: score?.computed ?? null,
    manual: score?.manual ?? null,
    grade: score?.grade ?? null,
    status: score?.status ?? 'none',
    confidence: score?.confidence ?? null,
    confidenceTrend: score?.confidenceTrend ?? null,
    latestNote: score?.latestNote ?? null,
    current: kr.doc.current ?? null,
    target: kr.doc.target ?? null,
    unit: kr.doc.unit ?? null,
    lastCheckin: score?.lastCheckin ?? null,
    source: kr.doc.source ? sourceLabel(kr.doc.source) : null,
    valueSource: last?.source ?? null,
    weekChange: context.weekAgo ? change(now, context.weekAgo.keyResult(kr)) : null,
    checkins,
    pace: [{ date: cycle.start, score: 0 }, { date: cycle.end, score: goal }],
    forecast: score?.forecast ?? null,
    committed: kr.objective.doc.type === 'committed',
    dropped: kr.doc.status === 'dropped',
    stale: score?.stale ?? false,
    optimistic: score?.optimistic ?? false,
    addedMidCycle: history?.addedMidCycle ?? false,
    expected: score?.expected ?? 0,
    ...(score?.note ? { note: score.note } : {}),
  };
}

function healthMetric(unit: string, metric: HealthMetricDoc): HealthMetricReport {
  const { current, min, max } = metric;
  const inBand = current !== undefined && (min === undefined || current >= min) && (max === undefined || current <= max);
  return { unit, id: metric.id, title: metric.title, current: current ?? null, min: min ?? null, max: max ?? null, measure: metric.unit ?? null, outOfBand: !inBand };
}

/** The cycle's overall score as scoring defines it: the mean of the company units, else of all units. */
function companyOverall(scope: UnitNode[], context: Context): Report['overall'] {
  const company = scope.filter((unit) => unit.level === 'company');
  const mean = (list: UnitNode[], scores: ScoresOn) => weightedMean(list.map((unit) => ({ score: scores.unit(unit), weight: 1 })));
  const overallOn = (scores: ScoresOn) => mean(company, scores) ?? mean(scope, scores);
  const now = context.scored.overall;
  return {
    score: now,
    grade: context.scored.grade,
    trend: trendLine(context.past, context.lastDate, overallOn, now),
    weekChange: context.weekAgo ? change(now, overallOn(context.weekAgo)) : null,
  };
}

function counts(units: UnitReport[], attention: Report['attention'], problems: FileProblem[]): Report['counts'] {
  const status: Partial<Record<Status, number>> = {};
  const grade: Partial<Record<Grade | 'none', number>> = {};
  let keyResults = 0;
  let objectives = 0;
  let dropped = 0;
  for (const unit of units) {
    for (const objective of unit.objectives) {
      objectives++;
      for (const kr of objective.keyResults) {
        // Dropped key results are kept for the record and counted apart, as in the means.
        if (kr.dropped) {
          dropped++;
          continue;
        }
        keyResults++;
        for (const word of statusWords(kr)) status[word] = (status[word] ?? 0) + 1;
        const key = kr.grade ?? 'none';
        grade[key] = (grade[key] ?? 0) + 1;
      }
    }
  }
  return {
    keyResults, objectives, units: units.length, status, grade, dropped,
    needsAttention: attention.keyResults.length,
    filesWithErrors: problems.length,
    notScored: problems.filter((problem) => !problem.scored).length,
  };
}

/**
 * The problems a report on a subtree (--unit) shows: those of its units, and every file that
 * could not be read at all, since nothing says where in the org chart it belongs.
 */
function problemsInScope(problems: FileProblem[], scope: ReadonlySet<string> | null): FileProblem[] {
  return scope === null ? problems : problems.filter((problem) => !problem.scored || scope.has(problem.unit));
}

/** Objectives below the company level that align to a goal that exists, or stand alone on purpose. */
function alignment(scope: UnitNode[]): Report['alignment'] {
  let aligned = 0;
  let total = 0;
  for (const unit of scope) {
    if (unit.level === 'company') continue;
    for (const objective of unit.objectives) {
      total++;
      const resolved = objective.alignsTo.some((link) => link.target !== undefined);
      if (resolved || (objective.doc.standalone ?? '').trim() !== '') aligned++;
    }
  }
  return { share: total === 0 ? null : aligned / total, aligned, total };
}
