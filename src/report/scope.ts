// Which units a report covers, in what order: the org chart (`parent` links) walked from its
// top, parents before children, siblings in file order. `--unit ID` keeps that unit and every
// unit below it. Pure.

import { UsageError } from '../errors.js';
import type { Cascade, UnitNode } from '../graph/cascade.js';
import { LEVEL_RANK } from '../model.js';
import { didYouMean } from '../text/did-you-mean.js';

/** Every unit of the cycle, parents before children. */
export function orgChartOrder(cascade: Cascade): UnitNode[] {
  const units = [...cascade.units.values()];
  const children = new Map<string, UnitNode[]>();
  const roots: UnitNode[] = [];
  for (const unit of units) {
    const parent = unit.doc.parent;
    // A parent that is not in the cycle (a broken file, a typo) makes a root, not a lost unit.
    if (parent === undefined || parent === unit.id || !cascade.units.has(parent)) roots.push(unit);
    else children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: UnitNode[] = [];
  const seen = new Set<UnitNode>();
  const visit = (unit: UnitNode) => {
    if (seen.has(unit)) return;
    seen.add(unit);
    ordered.push(unit);
    for (const child of children.get(unit.id) ?? []) visit(child);
  };
  // Higher levels first among the roots, so that the company leads even when a file is broken.
  const rank = (unit: UnitNode) => LEVEL_RANK[unit.level] ?? LEVEL_RANK.individual + 1;
  for (const root of [...roots].sort((a, b) => rank(a) - rank(b))) visit(root);
  // Units in a loop of parent links (the no-cycles rule reports it) are still shown.
  for (const unit of units) visit(unit);
  return ordered;
}

/** The units a report covers: all of them, or the unit named and those below it. */
export function unitsInScope(cascade: Cascade, unitId: string | undefined): UnitNode[] {
  const ordered = orgChartOrder(cascade);
  if (unitId === undefined) return ordered;
  if (!cascade.units.has(unitId)) {
    const guess = didYouMean(unitId, [...cascade.units.keys()]);
    throw new UsageError(`--unit: no unit '${unitId}' in this cycle${guess ? ` (did you mean '${guess}'?)` : ''}`);
  }
  const inScope = new Set([unitId]);
  // Parents come first, so one pass finds every descendant; units in a loop may need more.
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of ordered) {
      if (!inScope.has(unit.id) && unit.doc.parent !== undefined && inScope.has(unit.doc.parent)) {
        inScope.add(unit.id);
        grew = true;
      }
    }
  }
  return ordered.filter((unit) => inScope.has(unit.id));
}
