// Who owes an item about a key result or a unit: the KR lead answers for a key result, the
// OKR lead for a unit (SPEC: OKR lead, Key Result lead). When the file names nobody (a
// `kr-has-lead` error, or a unit without `lead`), the item goes one level up rather than
// nowhere; with nobody at all, the grouping hands it to the coordinator.

import type { Cascade, KeyResultNode, UnitNode } from '../graph/cascade.js';

export function unitOwner(unit: UnitNode, cascade: Cascade): string | undefined {
  return unit.doc.lead ?? (unit.doc.parent === undefined ? undefined : cascade.units.get(unit.doc.parent)?.doc.lead);
}

export function keyResultOwner(kr: KeyResultNode, cascade: Cascade): string | undefined {
  return kr.doc.lead ?? unitOwner(kr.objective.unit, cascade);
}

/** Every key result once (the first of a duplicated reference), in file order. */
export function keyResultsOf(cascade: Cascade): KeyResultNode[] {
  return [...cascade.keyResults.values()];
}
