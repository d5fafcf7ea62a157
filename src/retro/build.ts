// Builds the retrospective of a cycle from its scored cascade and, when there is one, its
// git history. Pure: everything it reads is passed in.

import type { HistoryEvent } from '../git/history.js';
import type { Cascade, KeyResultNode, UnitNode } from '../graph/cascade.js';
import type { Config, CycleDoc, Decision } from '../model.js';
import { cycleEnded, daysBetween, NO_CHECKIN } from '../score/index.js';
import type { KeyResultScore, ScoredCycle } from '../score/types.js';
import { aspirationalBand, isMet, isSandbagged } from './bands.js';
import { midCycleChanges, postedOn } from './changes.js';
import type { GradeCounts, MissingItem, RetroKeyResult, RetroReport, RetroUnit } from './model.js';

export interface RetroInput {
  config: Config;
  cycle: CycleDoc;
  cascade: Cascade;
  /** Scored as of `asOf`. */
  scored: ScoredCycle;
  asOf: string;
  /** The cycle's git history, or null outside git (mid-cycle changes are then unknown). */
  history: { events: readonly HistoryEvent[]; shallow: boolean } | null;
}

export function buildRetro({ config, cycle, cascade, scored, asOf, history }: RetroInput): RetroReport {
  const units: RetroUnit[] = [...cascade.units.values()].map((unit) => retroUnit(unit, scored));
  const all = units.flatMap((u) => u.keyResults);
  const active = all.filter((kr) => !kr.dropped);

  const committed = active.filter((kr) => kr.objectiveType === 'committed');
  const met = committed.filter((kr) => isMet(kr.score, config.scoring.committedGoal));
  const aspirational = active.filter((kr) => kr.objectiveType === 'aspirational');
  const scoredAspirational = aspirational.filter((kr) => kr.score !== null);
  const average = scoredAspirational.length === 0 ? null
    : scoredAspirational.reduce((sum, kr) => sum + kr.score!, 0) / scoredAspirational.length;

  const decisions: RetroReport['decisions'] = { keep: [], modify: [], remove: [], undecided: [] };
  for (const kr of all) {
    if (kr.decision) decisions[kr.decision].push(kr.ref);
    else if (!kr.dropped) decisions.undecided.push(kr.ref);
  }

  // Without history only what the files say is known: the dropped key results.
  const changes = midCycleChanges(history?.events ?? [], cascade, cycle);

  return {
    organization: config.organization,
    cycle: { id: cycle.id, start: cycle.start, end: cycle.end, postBy: cycle.postBy ?? null, retroBy: cycle.retroBy ?? null },
    asOf,
    ended: cycleEnded(cycle, asOf),
    overall: { score: scored.overall, grade: scored.grade },
    grades: countGrades(active),
    keyResults: { total: all.length, dropped: all.length - active.length },
    committed: {
      total: committed.length,
      met: met.length,
      share: committed.length === 0 ? null : met.length / committed.length,
      misses: committed.filter((kr) => !met.includes(kr)),
    },
    aspirational: {
      total: aspirational.length,
      scored: scoredAspirational.length,
      average,
      band: aspirationalBand(average),
      sandbagging: aspirational.filter((kr) => isSandbagged(kr.score)),
    },
    units,
    changes: { history: history === null ? 'none' : history.shallow ? 'shallow' : 'full', since: postedOn(cycle), ...changes },
    decisions,
    missing: {
      retroBy: cycle.retroBy ?? null,
      daysLeft: cycle.retroBy ? daysBetween(asOf, cycle.retroBy) : null,
      keyResults: missingItems(cascade, scored),
      unitsWithoutLearnings: units.filter((u) => u.learnings === null).map((u) => ({ id: u.id, lead: u.lead })),
    },
  };
}

function retroUnit(unit: UnitNode, scored: ScoredCycle): RetroUnit {
  const score = scored.units.find((u) => u.id === unit.id);
  const keyResults = unit.objectives.flatMap((o) => o.keyResults).map((kr) => retroKeyResult(kr, scored.keyResults.get(kr.ref)));
  return {
    id: unit.id,
    name: unit.doc.name ?? null,
    lead: unit.doc.lead ?? null,
    score: score?.score ?? null,
    grade: score?.grade ?? null,
    grades: countGrades(keyResults.filter((kr) => !kr.dropped)),
    learnings: text(unit.doc.retro?.learnings),
    summary: text(unit.doc.retro?.summary),
    keyResults,
  };
}

function retroKeyResult(kr: KeyResultNode, score: KeyResultScore | undefined): RetroKeyResult {
  return {
    ref: kr.ref,
    title: kr.doc.title,
    unit: kr.objective.unit.id,
    lead: kr.doc.lead ?? null,
    objectiveType: kr.objective.doc.type === 'committed' ? 'committed' : 'aspirational',
    score: score?.score ?? null,
    computed: score?.computed ?? null,
    manual: score?.manual ?? null,
    grade: score?.grade ?? null,
    dropped: kr.doc.status === 'dropped',
    learning: text(kr.doc.learning),
    decision: (kr.doc.decision as Decision | undefined) ?? null,
  };
}

function countGrades(keyResults: RetroKeyResult[]): GradeCounts {
  const counts: GradeCounts = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const kr of keyResults) counts[kr.grade ?? 'none']++;
  return counts;
}

/**
 * What each active key result still lacks for the retrospective: a final score (one by hand,
 * or one computed from a check-in: a KR never checked in has none), a learning, a decision.
 * Dropped key results owe nothing: they are out of the scores, and `okr next` carries a KR
 * only on a decision.
 */
function missingItems(cascade: Cascade, scored: ScoredCycle): MissingItem[] {
  const items: MissingItem[] = [];
  for (const kr of cascade.keyResults.values()) {
    if (kr.doc.status === 'dropped') continue;
    const score = scored.keyResults.get(kr.ref);
    const missing: MissingItem['missing'] = [];
    if (!score || score.score === null || (score.manual === null && score.note === NO_CHECKIN)) missing.push('score');
    if (text(kr.doc.learning) === null) missing.push('learning');
    if (!kr.doc.decision) missing.push('decision');
    if (missing.length > 0) items.push({ ref: kr.ref, lead: kr.doc.lead ?? null, missing });
  }
  return items;
}

function text(value: string | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
