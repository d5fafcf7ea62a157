// The cascade: every unit, objective and key result of a cycle indexed by its reference,
// with `alignsTo` links resolved in both directions. Built once per run; rules, scores and
// formatters all read it. Unresolvable links are kept (with `target: undefined`) so the
// `ref-resolves` rule can report them; nothing here throws on bad input.

import type { KeyResultDoc, KeyResultType, Level, LoadedUnit, ObjectiveDoc, UnitDoc } from '../model.js';

export interface UnitNode {
  id: string;
  loaded: LoadedUnit;
  doc: UnitDoc;
  level: Level;
  objectives: ObjectiveNode[];
}

export interface AlignLink {
  /** The reference as written. */
  ref: string;
  /** Index in the `alignsTo` list, or -1 when `alignsTo` was a single string. */
  index: number;
  target: ObjectiveNode | KeyResultNode | undefined;
}

export interface ObjectiveNode {
  kind: 'objective';
  ref: string;
  unit: UnitNode;
  /** Position in the unit's `objectives` list. */
  index: number;
  doc: ObjectiveDoc;
  alignsTo: AlignLink[];
  keyResults: KeyResultNode[];
  /** Objectives of other units that align to this objective. */
  children: ObjectiveNode[];
}

export interface KeyResultNode {
  kind: 'keyResult';
  ref: string;
  objective: ObjectiveNode;
  index: number;
  doc: KeyResultDoc;
  type: KeyResultType;
  /** Objectives that align to this key result (the usual cascade: a parent KR becomes a child objective). */
  children: ObjectiveNode[];
}

export interface Cascade {
  units: Map<string, UnitNode>;
  objectives: Map<string, ObjectiveNode>;
  keyResults: Map<string, KeyResultNode>;
  /** Units in file order, duplicates included (the maps keep the first of each id). */
  unitList: UnitNode[];
  /** Every objective and key result in file order, duplicates included. */
  objectiveList: ObjectiveNode[];
  keyResultList: KeyResultNode[];
}

export function alignRefs(doc: ObjectiveDoc): { ref: string; index: number }[] {
  if (doc.alignsTo === undefined) return [];
  if (typeof doc.alignsTo === 'string') return [{ ref: doc.alignsTo, index: -1 }];
  return doc.alignsTo.map((ref, index) => ({ ref, index }));
}

export function buildCascade(units: LoadedUnit[]): Cascade {
  const cascade: Cascade = { units: new Map(), objectives: new Map(), keyResults: new Map(), unitList: [], objectiveList: [], keyResultList: [] };

  for (const loaded of units) {
    const doc = loaded.doc;
    const unit: UnitNode = { id: doc.unit, loaded, doc, level: doc.level, objectives: [] };
    cascade.unitList.push(unit);
    if (!cascade.units.has(unit.id)) cascade.units.set(unit.id, unit);
    doc.objectives.forEach((objectiveDoc, index) => {
      const ref = `${unit.id}/${objectiveDoc.id}`;
      const objective: ObjectiveNode = {
        kind: 'objective', ref, unit, index, doc: objectiveDoc, alignsTo: [], keyResults: [], children: [],
      };
      unit.objectives.push(objective);
      cascade.objectiveList.push(objective);
      if (!cascade.objectives.has(ref)) cascade.objectives.set(ref, objective);
      objectiveDoc.keyResults.forEach((krDoc, krIndex) => {
        const kr: KeyResultNode = {
          kind: 'keyResult', ref: `${ref}/${krDoc.id}`, objective, index: krIndex, doc: krDoc, type: 'binary', children: [],
        };
        objective.keyResults.push(kr);
        cascade.keyResultList.push(kr);
        if (!cascade.keyResults.has(kr.ref)) cascade.keyResults.set(kr.ref, kr);
      });
    });
  }

  // Links and types for every node, duplicates included: a rule may still report on them.
  for (const objective of cascade.objectiveList) {
    for (const { ref, index } of alignRefs(objective.doc)) {
      const target = lookup(cascade, ref);
      objective.alignsTo.push({ ref, index, target });
      if (target && !target.children.includes(objective)) target.children.push(objective);
    }
  }
  for (const kr of cascade.keyResultList) kr.type = inferKeyResultType(kr.doc, kr.children.length > 0);
  return cascade;
}

/** Finds an objective (`unit/O1`) or a key result (`unit/O1/KR1`). */
export function lookup(cascade: Cascade, ref: string): ObjectiveNode | KeyResultNode | undefined {
  return cascade.objectives.get(ref) ?? cascade.keyResults.get(ref);
}

/**
 * The type of a key result: as written, else inferred from the fields it has. A key result
 * with no measure of its own that other objectives align to is a roll-up of them.
 */
export function inferKeyResultType(doc: KeyResultDoc, hasChildren: boolean): KeyResultType {
  if (doc.type) return doc.type;
  if (doc.milestones) return 'milestone';
  if (doc.target !== undefined || doc.start !== undefined) return 'metric';
  if (doc.min !== undefined || doc.max !== undefined) return 'maintain';
  if (doc.done !== undefined) return 'binary';
  if (hasChildren) return 'rollup';
  if (doc.current !== undefined) return 'baseline';
  return 'binary';
}

/** Every objective of the cycle, in unit file order. */
export function allObjectives(cascade: Cascade): ObjectiveNode[] {
  return cascade.objectiveList;
}
