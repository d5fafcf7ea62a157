import { describe, expect, it } from 'vitest';
import type { UnitReport } from '../../../src/report/model.js';
import { chooseDetail, PAGE_BUDGET, unitDepths } from '../../../src/format/report/html/budget.js';
import { renderReportHtml } from '../../../src/format/report/html.js';
import { renderUnitSections } from '../../../src/format/report/html/unit-sections.js';
import type { UnitDetail } from '../../../src/format/report/html/units.js';
import { BENCH_SIZE, largeReport } from '../../report/fixtures/html-large-report.js';
import { sampleReport } from '../../report/fixtures/html-report.js';

const unit = (id: string, parent: string | null) => ({ ...sampleReport().units[0], id, parent }) as UnitReport;

describe('unitDepths', () => {
  it('counts the parent links up to a top unit', () => {
    expect(unitDepths([unit('c', null), unit('d', 'c'), unit('t', 'd'), unit('p', 't'), unit('d2', 'c')])).toEqual([0, 1, 2, 3, 1]);
  });

  it('treats a unit whose parent is outside the report (a --unit subtree) as a top unit', () => {
    expect(unitDepths([unit('t', 'elsewhere'), unit('p', 't')])).toEqual([0, 1]);
  });

  it('ends the climb at a loop in the parent links', () => {
    const depths = unitDepths([unit('a', 'b'), unit('b', 'a')]);
    expect(depths.every((d) => Number.isFinite(d))).toBe(true);
  });
});

describe('chooseDetail', () => {
  // Three levels: one unit at depth 0, two at 1, four at 2; full 100 bytes, summary 40, line 10.
  const depths = [0, 1, 1, 2, 2, 2, 2];
  const bytes: Record<UnitDetail, number> = { full: 100, summary: 40, line: 10 };
  const asked: string[] = [];
  const size = (i: number, detail: UnitDetail) => {
    asked.push(`${i}:${detail}`);
    return bytes[detail];
  };
  const choose = (budget: number) => Object.fromEntries(chooseDetail(depths, size, 0, budget));

  it('keeps everything in full when it fits', () => {
    expect(choose(700)).toEqual({ 0: 'full', 1: 'full', 2: 'full' });
  });

  it('gives up detail at the deepest level first: full, then summary, then one line', () => {
    expect(choose(699)).toEqual({ 0: 'full', 1: 'full', 2: 'summary' }); // 300 + 160
    expect(choose(459)).toEqual({ 0: 'full', 1: 'full', 2: 'line' }); // 300 + 40
    expect(choose(339)).toEqual({ 0: 'full', 1: 'summary', 2: 'line' }); // 100 + 80 + 40
    expect(choose(219)).toEqual({ 0: 'full', 1: 'line', 2: 'line' }); // 100 + 20 + 40
    expect(choose(159)).toEqual({ 0: 'summary', 1: 'line', 2: 'line' });
  });

  it('stops at one line each when even that is over the budget', () => {
    expect(choose(10)).toEqual({ 0: 'line', 1: 'line', 2: 'line' });
  });

  it('counts the fixed part of the page too', () => {
    expect(Object.fromEntries(chooseDetail(depths, size, 50, 700))).toEqual({ 0: 'full', 1: 'full', 2: 'summary' });
  });

  it('measures top units first and stops once over budget, so deep units are not rendered in full for nothing', () => {
    asked.length = 0;
    choose(250);
    // The first pass stops at the third unit (300 > 250): units 3..6 are never measured in full.
    expect(asked.filter((a) => a.endsWith(':full')).map((a) => Number(a.split(':')[0])).every((i) => i < 3)).toBe(true);
  });
});

describe('a large organisation', () => {
  it(`the benchmark-sized report (${BENCH_SIZE.units} units, ${BENCH_SIZE.units * BENCH_SIZE.objectives * BENCH_SIZE.keyResults} KRs, ${BENCH_SIZE.checkins} check-ins) stays under 5 MB, with the top in full`, () => {
    const report = largeReport();
    const started = performance.now();
    const html = renderReportHtml(report);
    const ms = Math.round(performance.now() - started);
    const size = Buffer.byteLength(html);
    console.log(`html report for ${report.units.length} units: ${(size / 1e6).toFixed(2)} MB in ${ms} ms`);
    expect(size).toBeLessThan(5_000_000);
    expect(size).toBeLessThanOrEqual(PAGE_BUDGET);
    // The company and its departments in full; the deepest units one line each, inside a section.
    expect(html).toContain('<section class="unit unit-full" id="u-company">');
    expect(html).toContain('<section class="unit unit-full" id="u-unit-1">');
    expect(html).toMatch(/<tr id="u-unit-1999"><td class="in1">/);
    expect(html).toContain('This organisation is large (2000 units)');
    // Every unit is on the page, one way or another, and the tree stays bounded.
    const ids = new Set([...html.matchAll(/ id="u-([^"]+)"/g)].map((m) => m[1]));
    expect(report.units.filter((u) => !ids.has(u.id))).toEqual([]);
    expect(html.match(/<li\b/g)!.length).toBeLessThanOrEqual(2000 + 10);
  });

  it('puts units shown as lines in the section of the nearest unit above them that has one, indented by depth', () => {
    // Acme: company → engineering → platform, mobile; company → sales, people-ops. A budget
    // that fits the company in full and the rest as lines.
    const report = sampleReport();
    const html = renderUnitSections(report, 0, 13_500);
    expect(html).toContain('<section class="unit unit-full" id="u-company">');
    expect(html).not.toContain('id="u-engineering"><header');
    expect(html).toContain('<caption>Below Acme Corp: 5 units, one line each</caption>');
    expect(html).toMatch(/<tr id="u-engineering"><td class="in1">Engineering/);
    expect(html).toMatch(/<tr id="u-platform"><td class="in2">Platform/);
    expect(html).toContain('the units nearest the top are shown in full; 5 are one line each in the section of the unit above them.');
  });

  it('lists the top as a line and counts the rest on it when not even one line per unit fits', () => {
    const html = renderUnitSections(sampleReport(), 0, 1);
    expect(html).not.toContain('<section class="unit');
    expect(html).toContain('<caption>Units, one line each</caption>');
    expect(html).toMatch(/<tr id="u-company"><td class="in1">Acme Corp/);
    expect(html).not.toContain('id="u-platform"');
    expect(html).toMatch(/<tr class="more"><td colspan="7">\+ \d+ units below Acme Corp, not listed/);
  });

  it('a small organisation is never cut down', () => {
    const html = renderReportHtml(sampleReport());
    expect(html).not.toContain('This organisation is large');
    expect(html).not.toContain('unit-summary');
    expect(html).not.toContain('<table class="lines">');
  });
});
