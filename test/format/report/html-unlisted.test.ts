// The HTML report of a very large organisation (some 20,000 units): when even one line per
// unit does not fit the page budget, the deepest level of the org chart is not listed, only
// counted on the unit above, and the levels left get back as much detail as fits.

import { describe, expect, it } from 'vitest';
import { choosePage } from '../../../src/format/report/html/budget.js';
import { renderUnitSections } from '../../../src/format/report/html/unit-sections.js';
import type { UnitDetail } from '../../../src/format/report/html/units.js';
import { largeReport } from '../../report/fixtures/html-large-report.js';

describe('choosePage', () => {
  const sizes: Record<UnitDetail, number> = { full: 100, summary: 40, line: 20 };
  const plan = (depths: number[], budget: number, unlisted = 10) => {
    const chosen = choosePage(depths, (_i, detail) => sizes[detail], 0, budget, () => unlisted);
    return { detail: Object.fromEntries(chosen.detail), from: chosen.unlistedFrom };
  };
  const depths = [0, 1, 2, 2, 2, 2, 2, 2, 2, 2];

  it('lists every unit while one line each fits', () => {
    expect(plan(depths, 200)).toEqual({ detail: { 0: 'line', 1: 'line', 2: 'line' }, from: Number.POSITIVE_INFINITY });
  });

  it('leaves the deepest level out when it does not, and gives the levels above their detail back', () => {
    // 10 lines are 200 bytes; without depth 2, the company and its department fit in full and summary.
    expect(plan(depths, 190)).toEqual({ detail: { 0: 'full', 1: 'summary' }, from: 2 });
  });

  it('always lists the top level', () => {
    expect(plan(depths, 1)).toEqual({ detail: { 0: 'line' }, from: 1 });
    expect(plan([0], 1)).toEqual({ detail: { 0: 'line' }, from: Number.POSITIVE_INFINITY });
  });
});

describe('a page with units not listed', () => {
  it('counts each unit left out on its ancestor at the deepest level listed, and says so', () => {
    const report = largeReport({ units: 400, objectives: 2, keyResults: 2, checkins: 100 });
    const budget = 150_000;
    const html = renderUnitSections(report, 0, budget);
    const unlisted = report.units.filter((unit) => !html.includes(`id="u-${unit.id}"`));
    expect(unlisted.length).toBeGreaterThan(100);
    // The company and its departments are listed; whatever is left out is counted exactly once.
    expect(unlisted.map((unit) => unit.id)).not.toContain('company');
    expect(unlisted.map((unit) => unit.id)).not.toContain('unit-1');
    const rows = [...html.matchAll(/<tr class="more"><td colspan="7">\+ (\d+) units? below [^,]+, not listed/g)].map((m) => Number(m[1]));
    expect(rows.reduce((a, b) => a + b, 0)).toBe(unlisted.length);
    expect(html).toContain(`${unlisted.length} are not listed, only counted`);
    expect(html).toMatch(/<code>okr report --unit unit-\d+<\/code>/);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(budget);
  });
});
