// The scored cycle as plain data for output: every item named by its reference, with its
// title, score, grade and status, nested unit → objective → key result. The json, table,
// md and csv formats of `okr score` all read this one shape.

import type { KeyResultNode, ObjectiveNode, UnitNode } from '../graph/cascade.js';
import { alignRefs } from '../graph/cascade.js';
import type { CheckinNote, ConfidenceTrend, Grade, ScoredCycle, Status } from '../score/types.js';
import type { FileProblem } from './file-problems.js';
import type { Selection } from './select.js';

export interface KeyResultView {
  kind: 'keyResult';
  ref: string;
  title: string;
  type: string;
  lead: string | null;
  /** The score shown and used in means: a hand score wins over the computed one, both kept. */
  score: number | null;
  computed: number | null;
  manual: number | null;
  /** Why there is no score, or what is special about it ("no check-in yet"). */
  note?: string;
  /** Null for a dropped key result, which counts in no mean. */
  grade: Grade | null;
  status: Status;
  confidence: number | null;
  /** The confidence after each of the last few check-ins, and where it is heading. */
  confidenceTrend: ConfidenceTrend | null;
  /** The latest check-in note (from git history). */
  latestNote: CheckinNote | null;
  expected: number;
  optimistic: boolean;
  stale: boolean;
  /** Date of the last check-in (from git history), or null. */
  lastCheckin: string | null;
  forecast: number | null;
  weight: number;
  current: number | null;
  target: number | null;
  unit: string | null;
}

export interface ObjectiveView {
  kind: 'objective';
  ref: string;
  title: string;
  type: 'aspirational' | 'committed';
  score: number | null;
  note?: string;
  grade: Grade | null;
  status: Status;
  weight: number;
  alignsTo: string[];
  keyResults: KeyResultView[];
}

export interface UnitView {
  kind: 'unit';
  ref: string;
  name: string;
  level: string;
  lead: string | null;
  score: number | null;
  grade: Grade | null;
  status: Status;
  objectives: ObjectiveView[];
}

/** The scored cycle's figures, its units narrowed to the selection. */
export interface ScoreView extends Pick<ScoredCycle, 'cycle' | 'asOf' | 'elapsed' | 'ended' | 'overall' | 'grade'> {
  units: UnitView[];
  /** The cycle's unit files that do not validate, each with its first error (file-problems.ts). */
  problems: FileProblem[];
}

export function buildScoreView(units: UnitNode[], scored: ScoredCycle, selection: Selection, problems: FileProblem[] = []): ScoreView {
  const pick = (unit: UnitNode): UnitView | undefined => {
    switch (selection.kind) {
      case 'all':
        return unitView(unit, scored, () => true, () => true);
      case 'unit':
        return selection.unit === unit ? unitView(unit, scored, () => true, () => true) : undefined;
      case 'objective':
        return selection.objective.unit === unit ? unitView(unit, scored, (o) => o === selection.objective, () => true) : undefined;
      case 'keyResult':
        return selection.keyResult.objective.unit === unit
          ? unitView(unit, scored, (o) => o === selection.keyResult.objective, (k) => k === selection.keyResult)
          : undefined;
    }
  };
  return {
    cycle: scored.cycle,
    asOf: scored.asOf,
    elapsed: scored.elapsed,
    ended: scored.ended,
    overall: scored.overall,
    grade: scored.grade,
    units: units.flatMap((unit) => pick(unit) ?? []),
    problems,
  };
}

function unitView(
  unit: UnitNode,
  scored: ScoredCycle,
  keepObjective: (o: ObjectiveNode) => boolean,
  keepKeyResult: (k: KeyResultNode) => boolean,
): UnitView {
  const score = scored.units.find((u) => u.id === unit.id);
  return {
    kind: 'unit',
    ref: unit.id,
    name: unit.doc.name ?? unit.id,
    level: unit.level,
    lead: unit.doc.lead ?? null,
    score: score?.score ?? null,
    grade: score?.grade ?? null,
    status: score?.status ?? 'none',
    objectives: unit.objectives.filter(keepObjective).map((o) => objectiveView(o, scored, keepKeyResult)),
  };
}

export function objectiveView(objective: ObjectiveNode, scored: ScoredCycle, keepKeyResult: (k: KeyResultNode) => boolean = () => true): ObjectiveView {
  const score = scored.objectives.get(objective.ref);
  return {
    kind: 'objective',
    ref: objective.ref,
    title: objective.doc.title,
    type: objective.doc.type ?? 'aspirational',
    score: score?.score ?? null,
    ...(score?.note ? { note: score.note } : {}),
    grade: score?.grade ?? null,
    status: score?.status ?? 'none',
    weight: objective.doc.weight ?? 1,
    alignsTo: alignRefs(objective.doc).map((a) => a.ref),
    keyResults: objective.keyResults.filter(keepKeyResult).map((k) => keyResultView(k, scored)),
  };
}

export function keyResultView(kr: KeyResultNode, scored: ScoredCycle): KeyResultView {
  const score = scored.keyResults.get(kr.ref);
  return {
    kind: 'keyResult',
    ref: kr.ref,
    title: kr.doc.title,
    type: kr.type,
    lead: kr.doc.lead ?? null,
    score: score?.score ?? null,
    computed: score?.computed ?? null,
    manual: score?.manual ?? null,
    ...(score?.note ? { note: score.note } : {}),
    grade: score?.grade ?? null,
    status: score?.status ?? 'none',
    confidence: score?.confidence ?? null,
    confidenceTrend: score?.confidenceTrend ?? null,
    latestNote: score?.latestNote ?? null,
    expected: score?.expected ?? 0,
    optimistic: score?.optimistic ?? false,
    stale: score?.stale ?? false,
    lastCheckin: score?.lastCheckin ?? null,
    forecast: score?.forecast ?? null,
    weight: kr.doc.weight ?? 1,
    current: kr.doc.current ?? null,
    target: kr.doc.target ?? null,
    unit: kr.doc.unit ?? null,
  };
}
