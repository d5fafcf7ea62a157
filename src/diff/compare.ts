// What a change does to the OKRs: compares two sides cycle by cycle and lists key results
// whose values or scores moved, goals redefined (targets moved, eased ones called out),
// objectives and key results added or removed, alignment changed, and the problems the
// change introduces or fixes. Pure: both sides are loaded and scored before.

import type { Cascade, KeyResultNode } from '../graph/cascade.js';
import { alignRefs } from '../graph/cascade.js';
import { compareFindings } from '../findings/same-finding.js';
import type { Finding } from '../model.js';
import type { ScoredCycle } from '../score/types.js';

export interface MovedKeyResult {
  ref: string;
  title: string;
  valueFrom: number | boolean | string | null;
  valueTo: number | boolean | string | null;
  unit: string | null;
  scoreFrom: number | null;
  scoreTo: number | null;
  confidenceFrom: number | null;
  confidenceTo: number | null;
}

export type LevelField = 'start' | 'target' | 'commit' | 'stretch' | 'min' | 'max';

export interface GoalChange {
  ref: string;
  title: string;
  field: LevelField;
  from: number | null;
  to: number | null;
  /** The goal got easier: a target moved towards the start, a band widened. */
  eased: boolean;
}

export interface ItemChange {
  ref: string;
  kind: 'objective' | 'keyResult';
  title: string;
}

export interface AlignmentChange {
  ref: string;
  from: string[];
  to: string[];
}

export interface CycleChanges {
  cycle: string;
  moved: MovedKeyResult[];
  goals: GoalChange[];
  added: ItemChange[];
  removed: ItemChange[];
  retitled: { ref: string; from: string; to: string }[];
  alignments: AlignmentChange[];
  /** Errors and warnings on the new side that the old one did not have. */
  introduced: Finding[];
  /** How many of the old side's problems are gone. */
  fixed: number;
}

export interface SideOfCycle {
  cascade: Cascade;
  scored: ScoredCycle;
  findings: Finding[];
}

export function compareCycles(cycle: string, before: SideOfCycle | undefined, after: SideOfCycle | undefined): CycleChanges {
  const changes: CycleChanges = { cycle, moved: [], goals: [], added: [], removed: [], retitled: [], alignments: [], introduced: [], fixed: 0 };
  const oldKrs = before?.cascade.keyResults ?? new Map<string, KeyResultNode>();
  const newKrs = after?.cascade.keyResults ?? new Map<string, KeyResultNode>();
  const oldObjectives = before?.cascade.objectives ?? new Map();
  const newObjectives = after?.cascade.objectives ?? new Map();

  for (const [ref, objective] of newObjectives) {
    const old = oldObjectives.get(ref);
    if (!old) {
      changes.added.push({ ref, kind: 'objective', title: objective.doc.title });
      continue;
    }
    if (old.doc.title !== objective.doc.title) changes.retitled.push({ ref, from: old.doc.title, to: objective.doc.title });
    const from = alignRefs(old.doc).map((a) => a.ref);
    const to = alignRefs(objective.doc).map((a) => a.ref);
    if (from.join('\n') !== to.join('\n')) changes.alignments.push({ ref, from, to });
  }
  for (const [ref, objective] of oldObjectives) {
    if (!newObjectives.has(ref)) changes.removed.push({ ref, kind: 'objective', title: objective.doc.title });
  }

  for (const [ref, kr] of newKrs) {
    const old = oldKrs.get(ref);
    if (!old) {
      changes.added.push({ ref, kind: 'keyResult', title: kr.doc.title });
      continue;
    }
    if (old.doc.title !== kr.doc.title) changes.retitled.push({ ref, from: old.doc.title, to: kr.doc.title });
    const scoreFrom = before?.scored.keyResults.get(ref)?.score ?? null;
    const scoreTo = after?.scored.keyResults.get(ref)?.score ?? null;
    const valueFrom = progressOf(old);
    const valueTo = progressOf(kr);
    const confidenceFrom = old.doc.confidence ?? null;
    const confidenceTo = kr.doc.confidence ?? null;
    if (valueFrom !== valueTo || scoreFrom !== scoreTo || confidenceFrom !== confidenceTo) {
      changes.moved.push({ ref, title: kr.doc.title, valueFrom, valueTo, unit: kr.doc.unit ?? null, scoreFrom, scoreTo, confidenceFrom, confidenceTo });
    }
    changes.goals.push(...goalChanges(old, kr));
  }
  for (const [ref, kr] of oldKrs) {
    if (!newKrs.has(ref)) changes.removed.push({ ref, kind: 'keyResult', title: kr.doc.title });
  }

  const { introduced, fixed } = compareFindings(before?.findings ?? [], after?.findings ?? []);
  changes.introduced = introduced;
  changes.fixed = fixed;
  return changes;
}

export function hasChanges(changes: CycleChanges): boolean {
  return changes.moved.length + changes.goals.length + changes.added.length + changes.removed.length
    + changes.retitled.length + changes.alignments.length + changes.introduced.length + changes.fixed > 0;
}

/** What a check-in moves, by key-result type: a value, done, the milestones done, a score. */
function progressOf(kr: KeyResultNode): number | boolean | string | null {
  switch (kr.type) {
    case 'binary':
      return kr.doc.done ?? false;
    case 'milestone': {
      const all = kr.doc.milestones ?? [];
      return `${all.filter((m) => m.done).length}/${all.length} milestones`;
    }
    case 'rollup':
      return null;
    default:
      return kr.doc.current ?? null;
  }
}

const LEVELS: LevelField[] = ['start', 'target', 'commit', 'stretch', 'min', 'max'];

export function goalChanges(old: KeyResultNode, kr: KeyResultNode): GoalChange[] {
  const out: GoalChange[] = [];
  for (const field of LEVELS) {
    const from = old.doc[field] ?? null;
    const to = kr.doc[field] ?? null;
    if (from === to) continue;
    out.push({ ref: kr.ref, title: kr.doc.title, field, from, to, eased: isEased(field, from, to, kr) });
  }
  return out;
}

/**
 * Easier than before: a target, commit or stretch level moved towards the start (the start
 * as it is now), or a maintain band widened (min lowered, max raised, or one removed).
 */
export function isEased(field: LevelField, from: number | null, to: number | null, kr: KeyResultNode): boolean {
  if (field === 'min') return from !== null && (to === null || to < from);
  if (field === 'max') return from !== null && (to === null || to > from);
  if (field === 'start' || from === null || to === null) return false;
  const start = kr.doc.start;
  if (start === undefined) return false;
  return Math.abs(to - start) < Math.abs(from - start);
}
