// The Units part of the page. Each unit is rendered at a level of detail only when the
// budget asks about it, then placed: units in full or summary get a section; units shown as
// one line go into a table at the end of the section of their nearest ancestor that has one;
// units not listed at all (only in the largest organisations) are counted on a row under
// their ancestor at the deepest level listed (unlisted-units.ts).

import type { Report } from '../../../report/model.js';
import { choosePage, PAGE_BUDGET, unitDepths } from './budget.js';
import { escapeHtml } from '../../../escape/html.js';
import { keyResultChartParts } from './charts.js';
import { legend } from './summary.js';
import { unitLine, unitLinesTable } from './unit-lines.js';
import { renderUnit, type UnitDetail } from './units.js';
import { unlistedBy, unlistedRow } from './unlisted-units.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * The Units section: one section per unit, in as much detail as the page budget allows
 * (budget.ts). `fixed` is the size of the rest of the page, in bytes.
 */
export function renderUnitSections(report: Report, fixed: number, budget = PAGE_BUDGET): string {
  const heading = '<section id="units" aria-labelledby="units-h"><h2 class="sec" id="units-h">Units</h2>';
  if (report.units.length === 0) return `${heading}<p class="empty">No units in this cycle yet.</p></section>`;
  const names = new Map(report.units.map((unit) => [unit.id, unit.name]));
  const intro = `<p class="small">Each key result's small chart shows its score at each check-in over the cycle (a roll-up's, week by week) ${legend(keyResultChartParts(report))}</p>`;

  // Each unit is rendered at a level of detail only when the budget asks about it.
  const rendered: Record<UnitDetail, Array<string | undefined>> = { full: [], summary: [], line: [] };
  const render = (i: number, detail: UnitDetail): string => {
    const unit = report.units[i];
    return (rendered[detail][i] ??= detail === 'line' ? unitLine({ unit, indent: 1 }, report) : renderUnit(unit, report, names, detail));
  };
  const sizes: Record<UnitDetail, number[]> = { full: [], summary: [], line: [] };
  const size = (i: number, detail: UnitDetail) => (sizes[detail][i] ??= bytes(render(i, detail)));
  const depths = unitDepths(report.units);
  const unlistedBytes = (from: number) => {
    let total = 0;
    for (const [holder, units] of unlistedBy(report, depths, from)) total += bytes(unlistedRow(report.units[holder], units));
    return total;
  };
  const { detail, unlistedFrom } = choosePage(depths, size, fixed + bytes(heading) + bytes(intro), budget, unlistedBytes);
  const listed = (i: number) => depths[i] < unlistedFrom;
  const detailOf = (i: number) => detail.get(depths[i])!;
  const counted = Number.isFinite(unlistedFrom) ? unlistedBy(report, depths, unlistedFrom) : new Map<number, never[]>();
  const countRow = (i: number) => (counted.has(i) ? [unlistedRow(report.units[i], counted.get(i)!)] : []);

  // Units shown as lines go into a table in the section of their nearest ancestor that has one.
  const index = new Map(report.units.map((unit, i) => [unit.id, i]));
  const holder = (i: number): number | null => {
    for (let p = report.units[i].parent, steps = 0; p !== null && steps < report.units.length; steps++) {
      const j = index.get(p);
      if (j === undefined) return null;
      if (detailOf(j) !== 'line') return j;
      p = report.units[j].parent;
    }
    return null;
  };
  const below = new Map<number | null, string[]>();
  const lines = new Map<number | null, number>();
  report.units.forEach((unit, i) => {
    if (!listed(i) || detailOf(i) !== 'line') return;
    const h = holder(i);
    const indent = depths[i] - (h === null ? -1 : depths[h]);
    const rows = below.get(h) ?? [];
    rows.push(indent === 1 ? render(i, 'line') : unitLine({ unit, indent }, report), ...countRow(i));
    below.set(h, rows);
    lines.set(h, (lines.get(h) ?? 0) + 1);
  });
  const sections: string[] = [];
  report.units.forEach((unit, i) => {
    if (!listed(i) || detailOf(i) === 'line') return;
    const rows = [...below.get(i) ?? [], ...countRow(i)];
    const html = render(i, detailOf(i));
    const count = lines.get(i) ?? 0;
    const caption = count === 0 ? `Below ${escapeHtml(unit.name)}` : `Below ${escapeHtml(unit.name)}: ${count} unit${count === 1 ? '' : 's'}, one line each`;
    if (rows.length === 0) sections.push(html);
    else sections.push(`${html.slice(0, -SECTION_END.length)}${unitLinesTable(caption, rows)}${SECTION_END}`);
  });
  const orphans = unitLinesTable('Units, one line each', below.get(null) ?? []);
  const note = [...detail.values()].every((d) => d === 'full') && !Number.isFinite(unlistedFrom) ? '' : budgetNote(report.units.length, depths, (i) => (listed(i) ? detailOf(i) : 'unlisted'));
  return `${heading}${note}${intro}\n${orphans}${sections.join('\n')}</section>`;
}

const SECTION_END = '</section>';

/** What the page left out to stay small, and how to see it. */
function budgetNote(count: number, depths: number[], detailOf: (i: number) => UnitDetail | 'unlisted'): string {
  const counted = (d: UnitDetail | 'unlisted') => depths.filter((_, i) => detailOf(i) === d).length;
  const parts = [
    counted('summary') ? `${counted('summary')} show their objectives only` : '',
    counted('line') ? `${counted('line')} are one line each in the section of the unit above them` : '',
    counted('unlisted') ? `${counted('unlisted')} are not listed, only counted (with how their key results grade) on the unit above them` : '',
  ].filter(Boolean).map((part, i, all) => (i > 0 && i === all.length - 1 ? `and ${part}` : part)).join(', ');
  return `<p class="note">This organisation is large (${count} units): to keep this page under 5 MB, the units nearest the top are shown in full; ${parts}. `
    + '<code>okr report --unit ID --format html</code> shows any unit and those below it in full.</p>';
}
