// What `okr next` carries from one cycle into the next (SPEC 5): every key result marked
// keep or modify, in its objective (same ids), in a draft file of its unit. Check-in fields
// are cleared and the last value becomes the new start; alignment is kept where its target
// carries over too, and dropped (and said) where it does not. Pure: both cycles are loaded
// elsewhere; this returns the new documents and what the person has to finish by hand.

import { alignRefs, inferKeyResultType, type Cascade, type KeyResultNode, type ObjectiveNode, type UnitNode } from '../graph/cascade.js';
import type { CycleDoc, DocPath, KeyResultDoc, ObjectiveDoc, UnitDoc } from '../model.js';

export type CarriedDecision = 'keep' | 'modify';

/** A comment written into the new file, beside a value or above an item. */
export interface DraftComment {
  path: DocPath;
  text: string;
  /** On its own line above the item, rather than after the value. */
  above?: boolean;
}

export interface DraftUnit {
  id: string;
  /** Repository-relative path of the new file. */
  file: string;
  /** The unit's file in the cycle it comes from. */
  source: string;
  doc: UnitDoc;
  /** It carries key results, or it is only there as the org parent of a unit that does. */
  reason: 'carries' | 'parent';
  carried: { ref: string; decision: CarriedDecision }[];
  comments: DraftComment[];
}

/** Something the person has to finish by hand, about one reference. */
export interface Notice {
  ref: string;
  message: string;
}

/** A cycle started by `okr next`: what it says it did. */
export interface StartedCycle {
  plan: NextPlan;
  from: CycleDoc;
  to: CycleDoc;
  /** False when the cycle was in the config already (an earlier run, or a person, added it). */
  added: boolean;
  /** Where the new cycle was added. */
  configFile: string;
}

export interface NextPlan {
  drafts: DraftUnit[];
  /** Alignments dropped because their target does not carry over (or exist) in the new cycle. */
  alignmentsDropped: { objective: string; target: string }[];
  /** Objectives of the new cycle left aligned to nothing by those drops. */
  unaligned: { unit: string; index: number; ref: string }[];
  notices: Notice[];
  leftBehind: { remove: string[]; undecided: string[] };
}

export interface CarryInput {
  from: Cascade;
  fromCycle: string;
  toCycle: string;
  okrsDir: string;
  /** The new cycle's folder as it is on disk (usually empty). */
  existing: Cascade;
}

const CLEARED = new Set(['current', 'confidence', 'score', 'learning', 'decision', 'status']);

export function planNext({ from, fromCycle, toCycle, okrsDir, existing }: CarryInput): NextPlan {
  const plan: NextPlan = { drafts: [], alignmentsDropped: [], unaligned: [], notices: [], leftBehind: { remove: [], undecided: [] } };
  for (const kr of from.keyResults.values()) {
    if (kr.doc.decision === 'remove') plan.leftBehind.remove.push(kr.ref);
    else if (kr.doc.decision === undefined && kr.doc.status !== 'dropped') plan.leftBehind.undecided.push(kr.ref);
  }

  const carriedUnits = [...from.units.values()].filter((unit) => carriedKeyResults(unit).length > 0);
  const created = new Set(carriedUnits.map((u) => u.id));
  // Every unit below the company needs its org parent in the cycle: a parent that carries
  // nothing and is not in the new folder yet gets an empty draft, so `parent` resolves.
  const parents: UnitNode[] = [];
  for (const unit of carriedUnits) {
    for (let parent = parentOf(from, unit); parent; parent = parentOf(from, parent)) {
      if (created.has(parent.id) || existing.units.has(parent.id)) break;
      created.add(parent.id);
      parents.push(parent);
    }
  }

  // What the new cycle will hold: the carried items, and what its folder has that stays.
  const inNewCycle = new Set<string>();
  for (const unit of existing.units.values()) {
    if (created.has(unit.id)) continue;
    for (const objective of unit.objectives) {
      inNewCycle.add(objective.ref);
      for (const kr of objective.keyResults) inNewCycle.add(kr.ref);
    }
  }
  for (const unit of carriedUnits) {
    for (const objective of unit.objectives) {
      const krs = objective.keyResults.filter(isCarried);
      if (krs.length === 0) continue;
      inNewCycle.add(objective.ref);
      for (const kr of krs) inNewCycle.add(kr.ref);
    }
  }

  const fileOf = (unit: UnitNode) => existing.units.get(unit.id)?.loaded.file
    ?? `${okrsDir}/${toCycle}/${unit.loaded.file.slice(`${okrsDir}/${fromCycle}/`.length)}`;

  for (const unit of [...carriedUnits, ...parents]) {
    const comments: DraftComment[] = [];
    const objectives: ObjectiveDoc[] = [];
    const carried: DraftUnit['carried'] = [];
    for (const objective of unit.objectives) {
      const krs = objective.keyResults.filter(isCarried);
      if (krs.length === 0) continue;
      const index = objectives.length;
      const path: DocPath = ['objectives', index];
      const keyResults = krs.map((kr, krIndex) => {
        carried.push({ ref: kr.ref, decision: kr.doc.decision as CarriedDecision });
        const result = carryKeyResult(kr, fromCycle);
        for (const comment of result.comments) comments.push({ ...comment, path: [...path, 'keyResults', krIndex, ...comment.path] });
        plan.notices.push(...result.notices.map((message) => ({ ref: kr.ref, message })));
        return result.doc;
      });
      const { doc, dropped } = carryObjective(objective, keyResults, (ref) => inNewCycle.has(ref));
      objectives.push(doc);
      for (const target of dropped) plan.alignmentsDropped.push({ objective: objective.ref, target });
      if (dropped.length > 0) {
        comments.push({ path, above: true, text: ` In ${fromCycle} aligned to ${dropped.join(', ')}, which ${dropped.length === 1 ? 'does' : 'do'} not carry over: align it again` });
        if (alignRefs(doc).length === 0 && !doc.standalone?.trim()) plan.unaligned.push({ unit: unit.id, index, ref: objective.ref });
      }
    }
    plan.drafts.push({
      id: unit.id,
      file: fileOf(unit),
      source: unit.loaded.file,
      doc: carryUnit(unit.doc, toCycle, objectives),
      reason: carried.length > 0 ? 'carries' : 'parent',
      carried,
      comments,
    });
  }
  return plan;
}

function isCarried(kr: KeyResultNode): boolean {
  return kr.doc.decision === 'keep' || kr.doc.decision === 'modify';
}

function carriedKeyResults(unit: UnitNode): KeyResultNode[] {
  return unit.objectives.flatMap((o) => o.keyResults).filter(isCarried);
}

function parentOf(cascade: Cascade, unit: UnitNode): UnitNode | undefined {
  return unit.doc.parent === undefined ? undefined : cascade.units.get(unit.doc.parent);
}

/** The unit's own fields in their order, for the new cycle, as a draft. */
function carryUnit(doc: UnitDoc, cycle: string, objectives: ObjectiveDoc[]): UnitDoc {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) {
    if (key === 'healthMetrics' || key === 'retro') continue;
    out[key] = key === 'cycle' ? cycle : key === 'status' ? 'draft' : key === 'objectives' ? objectives : doc[key as keyof UnitDoc];
  }
  if (!('status' in out)) return insertAfter(out, ['members', 'lead', 'parent', 'level'], 'status', 'draft') as unknown as UnitDoc;
  return out as unknown as UnitDoc;
}

/** The objective with only its carried key results and the alignments that still resolve. */
function carryObjective(objective: ObjectiveNode, keyResults: KeyResultDoc[], resolves: (ref: string) => boolean): { doc: ObjectiveDoc; dropped: string[] } {
  const refs = alignRefs(objective.doc).map((a) => a.ref);
  const kept = refs.filter(resolves);
  const dropped = refs.filter((ref) => !resolves(ref));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(objective.doc)) {
    if (key === 'keyResults') out.keyResults = keyResults;
    else if (key === 'alignsTo') {
      if (kept.length > 0) out.alignsTo = typeof objective.doc.alignsTo === 'string' ? kept[0] : kept;
    } else out[key] = objective.doc[key as keyof ObjectiveDoc];
  }
  return { doc: out as unknown as ObjectiveDoc, dropped };
}

interface CarriedKeyResult {
  doc: KeyResultDoc;
  comments: DraftComment[];
  notices: string[];
}

/**
 * A key result for the new cycle: check-in fields cleared, the last value as the new start.
 * Where that would make the levels invalid, the file stays valid and a comment says what to
 * do: a target already reached keeps its old start (the new one is for the person to set with
 * the new target), and a commit level already passed is left out.
 */
export function carryKeyResult(kr: KeyResultNode, fromCycle: string): CarriedKeyResult {
  const doc = kr.doc;
  const comments: DraftComment[] = [];
  const notices: string[] = [];
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) {
    if (CLEARED.has(key)) continue;
    const value = doc[key as keyof KeyResultDoc];
    if (key === 'done') out.done = false;
    else if (key === 'milestones') out.milestones = (value as KeyResultDoc['milestones'])!.map((m) => ('done' in m ? { ...m, done: false } : { ...m }));
    else out[key] = value;
  }

  const { start, target, commit, current } = doc;
  if (kr.type === 'metric' && current !== undefined && start !== undefined && target !== undefined && start !== target) {
    const direction = Math.sign(target - start);
    if ((target - current) * direction <= 0) {
      const message = `reached its target ${target} in ${fromCycle} (last value ${current}): set a new target, then start: ${current}`;
      notices.push(message);
      comments.push({ path: ['target'], text: ` ${message}` });
    } else {
      out.start = current;
      comments.push({ path: ['start'], text: ` last value in ${fromCycle}, which started at ${start}` });
      if (commit !== undefined && (commit - current) * direction <= 0) {
        delete out.commit;
        notices.push(`commit level ${commit} was passed in ${fromCycle} (last value ${current}); left out`);
      }
    }
  }

  // Clearing `current` or `done` must not change what kind of key result it is.
  const typed = out as unknown as KeyResultDoc;
  if (doc.type === undefined && (kr.type === 'rollup' || inferKeyResultType(typed, false) !== kr.type)) {
    return { doc: insertAfter(out, ['contributors', 'lead', 'title'], 'type', kr.type) as unknown as KeyResultDoc, comments, notices };
  }
  return { doc: typed, comments, notices };
}

/** A copy of `object` with `key` inserted after the first of `after` it holds (else first after id). */
function insertAfter(object: Record<string, unknown>, after: string[], key: string, value: unknown): Record<string, unknown> {
  const anchor = after.find((k) => Object.hasOwn(object, k));
  const out: Record<string, unknown> = {};
  let placed = false;
  for (const [k, v] of Object.entries(object)) {
    out[k] = v;
    if (k === anchor) {
      out[key] = value;
      placed = true;
    }
  }
  if (!placed) out[key] = value;
  return out;
}
