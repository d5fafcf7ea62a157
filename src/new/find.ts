// The unit or objective a new item goes into. Only a file that loaded cleanly can be edited:
// one with schema errors would be edited blind, so it is sent to `okr validate` first.

import type { CheckedCycle } from '../repository/check-cycle.js';
import { UsageError } from '../errors.js';
import type { ObjectiveNode, UnitNode } from '../graph/cascade.js';
import { withDidYouMean } from '../text/did-you-mean.js';

export function findUnit(checked: CheckedCycle, id: string): UnitNode {
  const unit = checked.cascade.units.get(id);
  if (unit) return unit;
  throw brokenOrUnknown(checked, id, id, `unit '${id}' is not in cycle ${checked.loaded.cycle.id}`, checked.cascade.units.keys());
}

export function findObjective(checked: CheckedCycle, ref: string): ObjectiveNode {
  const objective = checked.cascade.objectives.get(ref);
  if (objective) return objective;
  if (checked.cascade.keyResults.has(ref)) throw new UsageError(`'${ref}' is a key result; give the objective it belongs to (${ref.split('/').slice(0, 2).join('/')})`);
  const unit = ref.split('/')[0];
  throw brokenOrUnknown(checked, unit, ref, `'${ref}' is not an objective of cycle ${checked.loaded.cycle.id}`, checked.cascade.objectives.keys());
}

function brokenOrUnknown(checked: CheckedCycle, unit: string, name: string, sentence: string, candidates: Iterable<string>): UsageError {
  if (checked.loaded.brokenUnits.has(unit)) {
    const file = checked.loaded.files.find((f) => f.endsWith(`/${unit}.yaml`) || f.endsWith(`/${unit}.yml`));
    return new UsageError(`${file ?? unit} has errors; fix them first (okr validate), then add to it`);
  }
  return new UsageError(withDidYouMean(sentence, name, candidates));
}
