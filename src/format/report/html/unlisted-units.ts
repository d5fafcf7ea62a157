// Units left out of a very large organisation's page (budget.ts, choosePage): each is counted
// on its ancestor at the deepest level listed, in one row under that ancestor: how many units
// are below it, how their key results grade, and the command that shows them in full.

import type { Report, UnitReport } from '../../../report/model.js';
import { escapeHtml } from '../../../escape/html.js';
import { gradeCounts } from './units.js';

/** Index of the unit that counts unit i: its ancestor at depth `from - 1`. */
export function holderOf(i: number, depths: number[], parentIndex: (i: number) => number | undefined, from: number): number | undefined {
  let j: number | undefined = i;
  for (let d = depths[i]; j !== undefined && d >= from; d--) j = parentIndex(j);
  return j;
}

/** Unit index → the units it counts, for units `from` deep or deeper. */
export function unlistedBy(report: Report, depths: number[], from: number): Map<number, UnitReport[]> {
  const index = new Map(report.units.map((unit, i) => [unit.id, i]));
  const parentIndex = (i: number) => {
    const parent = report.units[i].parent;
    return parent === null ? undefined : index.get(parent);
  };
  const counted = new Map<number, UnitReport[]>();
  report.units.forEach((unit, i) => {
    if (depths[i] < from) return;
    const holder = holderOf(i, depths, parentIndex, from);
    // A unit whose parent is missing has nowhere to be counted: it is counted nowhere rather than wrongly.
    if (holder === undefined || depths[holder] !== from - 1) return;
    const list = counted.get(holder) ?? [];
    list.push(unit);
    counted.set(holder, list);
  });
  return counted;
}

/** The row under a unit that counts the units below it: a row of the one-line tables. */
export function unlistedRow(holder: UnitReport, below: UnitReport[]): string {
  const krs = below.flatMap((unit) => unit.objectives.flatMap((objective) => objective.keyResults));
  return `<tr class="more"><td colspan="7">+ ${below.length} unit${below.length === 1 ? '' : 's'} below ${escapeHtml(holder.name)}, not listed: key results ${gradeCounts(krs)} · <code>okr report --unit ${escapeHtml(holder.id)}</code>`;
}
