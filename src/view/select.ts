// What a REF argument names: a unit (`platform`), an objective (`platform/O1`) or a key
// result (`platform/O1/KR2`), looked up in the cascade, with "did you mean" when it is not.

import { UsageError } from '../errors.js';
import type { Cascade, KeyResultNode, ObjectiveNode, UnitNode } from '../graph/cascade.js';
import { didYouMean } from '../text/did-you-mean.js';

export type Selection =
  | { kind: 'all' }
  | { kind: 'unit'; unit: UnitNode }
  | { kind: 'objective'; objective: ObjectiveNode }
  | { kind: 'keyResult'; keyResult: KeyResultNode };

export function selectRef(cascade: Cascade, ref: string | undefined): Selection {
  if (ref === undefined || ref === '') return { kind: 'all' };
  const unit = cascade.units.get(ref);
  if (unit) return { kind: 'unit', unit };
  const objective = cascade.objectives.get(ref);
  if (objective) return { kind: 'objective', objective };
  const keyResult = cascade.keyResults.get(ref);
  if (keyResult) return { kind: 'keyResult', keyResult };
  const candidates = [...cascade.units.keys(), ...cascade.objectives.keys(), ...cascade.keyResults.keys()];
  const guess = didYouMean(ref, candidates);
  throw new UsageError(`no unit, objective or key result '${ref}' in this cycle${guess ? ` (did you mean '${guess}'?)` : ''}`);
}
