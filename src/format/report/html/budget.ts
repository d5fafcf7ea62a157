// Keeping a large organisation's page to a size a browser and a mail server take in their
// stride. A 2,000-unit organisation has some 32,000 key results, whose titles alone are 2 MB:
// one full table row each does not fit in 5 MB. So the units nearest the top are shown in full
// and, when the page would grow past the budget, the deepest levels of the org chart (people,
// then teams) show less: their objectives only, then one line per unit. Small organisations
// never reach the budget.

import type { UnitReport } from '../../../report/model.js';
import type { UnitDetail } from './units.js';

/** The size the page aims to stay under, in bytes: the 5 MB with room to spare. */
export const PAGE_BUDGET = 4_500_000;

/** Org-chart depth of each unit, by its parent links within the report: top units are 0. */
export function unitDepths(units: UnitReport[]): number[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const memo = new Map<string, number>();
  const depth = (unit: UnitReport, seen: Set<string>): number => {
    const known = memo.get(unit.id);
    if (known !== undefined) return known;
    const parent = unit.parent === null ? undefined : byId.get(unit.parent);
    // A parent outside the report (a --unit subtree) or a loop in the parent links ends the climb.
    const d = parent === undefined || seen.has(parent.id) ? 0 : 1 + depth(parent, new Set(seen).add(unit.id));
    memo.set(unit.id, d);
    return d;
  };
  return units.map((unit) => depth(unit, new Set([unit.id])));
}

const LESS: Record<UnitDetail, UnitDetail | null> = { full: 'summary', summary: 'line', line: null };

/**
 * The detail for each org-chart depth that keeps `fixed` plus the units within `budget`: all in
 * full when that fits; otherwise the deepest level still showing more than one line each gives
 * up a step (full → summary → line), and again, until the page fits or everything is a line.
 * So people are summarised before teams, and teams before departments. `size(i, detail)` is
 * the bytes of unit i at that detail; it is asked only for the details tried, so a caller can
 * render lazily.
 */
export function chooseDetail(depths: number[], size: (i: number, detail: UnitDetail) => number, fixed: number, budget: number): Map<number, UnitDetail> {
  const detail = new Map<number, UnitDetail>(depths.map((d) => [d, 'full']));
  // Top units first, stopping as soon as the budget is passed: deep units that will not be
  // shown in full are then never rendered in full just to be measured.
  const order = depths.map((_, i) => i).sort((a, b) => depths[a] - depths[b]);
  const fits = () => {
    let sum = fixed;
    for (const i of order) if ((sum += size(i, detail.get(depths[i])!)) > budget) return false;
    return true;
  };
  const deepestFirst = [...detail.keys()].sort((a, b) => b - a);
  while (!fits()) {
    const deepest = deepestFirst.find((d) => LESS[detail.get(d)!] !== null);
    if (deepest === undefined) break; // everything is one line already: as small as it gets
    detail.set(deepest, LESS[detail.get(deepest)!]!);
  }
  return detail;
}

export interface PagePlan {
  /** Detail per org-chart depth, for the depths listed. */
  detail: Map<number, UnitDetail>;
  /** Units this deep or deeper are not listed; each unit above them counts them. Infinity: all listed. */
  unlistedFrom: number;
}

/**
 * chooseDetail, and past it: when even one line per unit does not fit (some 20,000 units), the
 * deepest level of the org chart is left out, its units counted on the unit above them
 * (`unlisted(from)` is the bytes those counts take), and the levels left choose their detail
 * again, so that departments can show more once the people are counted on their teams. The
 * top level is always listed.
 */
export function choosePage(depths: number[], size: (i: number, detail: UnitDetail) => number, fixed: number, budget: number, unlisted: (from: number) => number): PagePlan {
  const deepest = Math.max(0, ...depths);
  for (let from = deepest + 1; ; from--) {
    const listed = depths.flatMap((d, i) => (d < from ? [i] : []));
    const extra = from > deepest ? 0 : unlisted(from);
    const detail = chooseDetail(listed.map((i) => depths[i]), (k, d) => size(listed[k], d), fixed + extra, budget);
    let total = fixed + extra;
    for (const i of listed) total += size(i, detail.get(depths[i])!);
    if (total <= budget || from === 1) return { detail, unlistedFrom: from > deepest ? Number.POSITIVE_INFINITY : from };
  }
}
