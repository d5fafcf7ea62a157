// Shared ways for rules to walk a cycle and name what they find. Rules walk `unitList` (not
// the id maps), so a unit or objective whose id is a duplicate is still checked: the maps
// keep only the first of each id.

import { type Cascade, type KeyResultNode, type ObjectiveNode, type UnitNode } from '../graph/cascade.js';
import type { DocPath, KeyResultType } from '../model.js';

/** The repository-relative file a unit was read from. */
export function fileOf(unit: UnitNode): string {
  return unit.loaded.file;
}

export function objectivePath(objective: ObjectiveNode): DocPath {
  return ['objectives', objective.index];
}

export function keyResultPath(kr: KeyResultNode): DocPath {
  return ['objectives', kr.objective.index, 'keyResults', kr.index];
}

/** Path of one `alignsTo` entry: the list item, or the key's value when it is a single string. */
export function alignPath(objective: ObjectiveNode, index: number): DocPath {
  return index < 0 ? [...objectivePath(objective), 'alignsTo'] : [...objectivePath(objective), 'alignsTo', index];
}

export function everyObjective(cascade: Cascade): ObjectiveNode[] {
  return cascade.objectiveList;
}

export function everyKeyResult(cascade: Cascade): KeyResultNode[] {
  return cascade.keyResultList;
}

/** A key result's type, as written or inferred by the cascade (duplicates included). */
export function typeOf(kr: KeyResultNode): KeyResultType {
  return kr.type;
}

export function isActive(kr: KeyResultNode): boolean {
  return kr.doc.status !== 'dropped';
}

/** A number from rule options, falling back when the option is missing or not a number. */
export function numberOption(options: Record<string, unknown>, name: string, fallback: number): number {
  const value = options[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A document path as diagnostics show it: `objectives[0].keyResults[1].lead`. */
export function formatPath(path: DocPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** A unit that is not one person (individual units are usually named after their person). */
export function isTeam(unit: UnitNode | undefined): unit is UnitNode {
  return unit !== undefined && unit.level !== 'individual';
}
