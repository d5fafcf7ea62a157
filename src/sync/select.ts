// Which key results `okr sync` reads: every one of the cycle that names a `source:`, or those
// under the references given (a key result, an objective, a unit). A reference that names
// nothing, or nothing with a source, is a usage error: a typo must not pass as "all in step".

import { UsageError } from '../errors.js';
import type { Cascade, KeyResultNode } from '../graph/cascade.js';
import { didYouMean } from '../text/did-you-mean.js';

export function keyResultsToSync(cascade: Cascade, refs: readonly string[]): KeyResultNode[] {
  const sourced = [...cascade.keyResults.values()].filter((kr) => kr.doc.source !== undefined);
  if (refs.length === 0) return sourced.filter((kr) => kr.doc.status !== 'dropped');
  const chosen = new Set<KeyResultNode>();
  for (const ref of refs) {
    const kr = cascade.keyResults.get(ref);
    if (kr) {
      if (kr.doc.source === undefined) throw new UsageError(`${ref} has no source: (a source: names where its value is read; see okr schema unit)`);
      if (kr.doc.status === 'dropped') throw new UsageError(`${ref} is dropped; a dropped key result takes no more check-ins`);
      chosen.add(kr);
      continue;
    }
    if (!cascade.objectives.has(ref) && !cascade.units.has(ref)) {
      const guess = didYouMean(ref, [...cascade.units.keys(), ...cascade.objectives.keys(), ...cascade.keyResults.keys()]);
      throw new UsageError(`no unit, objective or key result '${ref}' in this cycle${guess ? ` (did you mean '${guess}'?)` : ''}`);
    }
    const under = sourced.filter((k) => k.ref.startsWith(`${ref}/`) && k.doc.status !== 'dropped');
    if (under.length === 0) throw new UsageError(`no key result under ${ref} has a source:`);
    for (const k of under) chosen.add(k);
  }
  // File order, whatever the order of the references.
  return sourced.filter((kr) => chosen.has(kr));
}
