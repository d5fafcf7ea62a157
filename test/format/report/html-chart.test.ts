import { describe, expect, it } from 'vitest';
import { chartScale, coord, pathData, shortDate } from '../../../src/format/report/html/chart-scale.js';
import { keyResultChart, paceAt, unitChart } from '../../../src/format/report/html/charts.js';
import { overallExpectedLine, unitExpectedLine } from '../../../src/format/report/html/expected-line.js';
import { describeSeries, lineChart, smallChartDefs, type LineChartSpec } from '../../../src/format/report/html/svg-line-chart.js';
import { sampleReport } from '../../report/fixtures/html-report.js';

const FRAME = { width: 110, height: 60, margin: { top: 5, right: 5, bottom: 5, left: 5 } };

describe('chartScale', () => {
  const s = chartScale('2026-10-01', '2026-10-11', FRAME);

  it('maps the cycle onto the drawing area, left to right', () => {
    expect(s.x('2026-10-01')).toBe(5);
    expect(s.x('2026-10-11')).toBe(105);
    expect(s.x('2026-10-06')).toBe(55);
  });

  it('puts score 0 at the bottom and 1 at the top', () => {
    expect(s.y(0)).toBe(55);
    expect(s.y(1)).toBe(5);
    expect(s.y(0.5)).toBe(30);
  });

  it('clamps dates outside the cycle and scores outside [0, 1] to the edges', () => {
    expect(s.x('2026-09-20')).toBe(5);
    expect(s.x('2027-01-01')).toBe(105);
    expect(s.y(1.4)).toBe(5);
    expect(s.y(-0.2)).toBe(55);
  });

  it('gives a one-day cycle a width instead of dividing by zero', () => {
    const one = chartScale('2026-10-01', '2026-10-01', FRAME);
    expect(Number.isFinite(one.x('2026-10-01'))).toBe(true);
    expect(one.x('2026-10-01')).toBe(5);
  });
});

describe('coord, pathData, shortDate', () => {
  it('writes coordinates with at most one decimal and no negative zero', () => {
    expect(coord(12)).toBe('12');
    expect(coord(12.345)).toBe('12.3');
    expect(coord(-0.01)).toBe('0');
  });

  it('builds path data through the points in order', () => {
    expect(pathData([[0, 10], [5.55, 7], [10, 0]])).toBe('M0 10L5.6 7L10 0');
    expect(pathData([])).toBe('');
  });

  it('writes dates the same in every locale', () => {
    expect(shortDate('2026-10-05')).toBe('Oct 5');
    expect(shortDate('2026-12-31')).toBe('Dec 31');
    expect(shortDate('not a date')).toBe('not a date');
  });
});

const spec = (over: Partial<LineChartSpec> = {}): LineChartSpec => ({
  start: '2026-10-01', end: '2026-12-31', asOf: '2026-11-23',
  series: [{ date: '2026-10-05', score: 0.1 }, { date: '2026-10-12', score: 0.2 }, { date: '2026-10-19', score: 0.35 }],
  pace: [{ date: '2026-10-01', score: 0 }, { date: '2026-12-31', score: 0.7 }],
  forecast: 0.8, grade: 'yellow', label: 'KR1 "x" <y>', ...over,
});

const attr = (svg: string, cls: string) => new RegExp(`class="${cls}" d="([^"]*)"`).exec(svg)?.[1];

describe('lineChart (small multiple)', () => {
  const svg = lineChart(spec(), 'small');

  it('is one svg with the grade class and the escaped label', () => {
    expect(svg).toMatch(/^<svg class="chart chart-small g-yellow" viewBox="0 0 140 36" role="img" aria-label="KR1 &quot;x&quot; &lt;y&gt;">/);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('draws the pace line from the cycle start at 0 to the end at the goal', () => {
    // Small frame: x 3..137, y 33 (score 0) .. 3 (score 1): 0.7 is at 33 - 30 × 0.7 = 12.
    expect(attr(svg, 'pace')).toBe('M3 33L137 12');
  });

  it('draws one dot per check-in, in whole pixels', () => {
    const dots = attr(svg, 'pts')!;
    expect(dots.match(/M/g)).toHaveLength(3);
    expect(dots).toMatch(/^M\d+ \d+h0M\d+ \d+h0M\d+ \d+h0$/);
  });

  it('draws the forecast from the last check-in to the cycle end', () => {
    const fc = attr(svg, 'fc')!;
    expect(fc.endsWith('L137 9')).toBe(true); // 33 - 30 × 0.8
    const lastDot = attr(svg, 'pts')!.split('M').pop()!.replace('h0', '');
    const [fx, fy] = fc.slice(1).split('L')[0].split(' ').map(Number);
    const [dx, dy] = lastDot.split(' ').map(Number);
    expect(Math.abs(fx - dx)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(fy - dy)).toBeLessThanOrEqual(0.5);
  });

  it('shares its baseline and today marker through <use>', () => {
    expect(svg).toContain('<use href="#spark-base"/>');
    const defs = smallChartDefs('2026-10-01', '2026-12-31', '2026-11-23');
    expect(defs).toContain('id="spark-base"');
    expect(defs).toMatch(/class="now" d="M[\d.]+ 3V33"/);
  });

  it('leaves out the today marker when the as-of date is outside the cycle', () => {
    expect(smallChartDefs('2026-10-01', '2026-12-31', '2027-02-01')).not.toContain('class="now"');
  });

  it('has no forecast without one, or when the last check-in is at the cycle end', () => {
    expect(lineChart(spec({ forecast: null }), 'small')).not.toContain('class="fc"');
    expect(lineChart(spec({ series: [{ date: '2026-12-31', score: 0.9 }] }), 'small')).not.toContain('class="fc"');
  });

  it('draws a single check-in as a dot without a line', () => {
    const one = lineChart(spec({ series: [{ date: '2026-10-05', score: 0.1 }], forecast: null }), 'small');
    expect(one).not.toContain('class="ln"');
    expect(attr(one, 'pts')!.match(/M/g)).toHaveLength(1);
  });
});

describe('lineChart (with axes)', () => {
  const svg = lineChart(spec(), 'medium');

  it('has gridlines, labelled axes and a labelled today marker', () => {
    expect(svg.match(/class="grid"/g)).toHaveLength(5);
    expect(svg).toContain('>0.0</text>');
    expect(svg).toContain('>1.0</text>');
    expect(svg).toContain('>Oct 1</text>');
    expect(svg).toContain('>Dec 31</text>');
    expect(svg).toContain('>today</text>');
  });

  it('draws each point as a circle with its date and score on hover', () => {
    expect(svg.match(/<circle class="pt"/g)).toHaveLength(3);
    expect(svg).toContain('<title>2026-10-19: 0.35</title>');
  });

  it('names the pace and forecast lines', () => {
    expect(svg).toContain('<title>expected pace</title>');
    expect(svg).toContain("<title>forecast 0.80 at the cycle's end</title>");
  });
});

describe('describeSeries', () => {
  it('says what the chart shows in words', () => {
    expect(describeSeries([], null)).toBe('no check-ins yet');
    expect(describeSeries([{ date: '2026-10-05', score: 0.1 }], null)).toBe('1 check-in, 0.10');
    expect(describeSeries(spec().series, 0.8)).toBe('3 check-ins, 0.10 to 0.35; forecast 0.80');
    expect(describeSeries(spec().series, null, 'week')).toBe('3 weeks, 0.10 to 0.35');
  });
});

describe('the report charts', () => {
  const report = sampleReport();
  const kr = report.units[0].objectives[0].keyResults[0];

  it('says "no check-ins yet" for a key result without any', () => {
    expect(keyResultChart({ ...kr, checkins: [], lastCheckin: null }, report)).toBe('<span class="empty">no check-ins yet</span>');
  });

  it('says a key result checked in without a score to draw has check-ins all the same', () => {
    expect(keyResultChart({ ...kr, checkins: [] }, report)).toBe('<span class="empty">no score at its check-ins</span>');
  });

  it('says the history was not read when it was not', () => {
    expect(keyResultChart({ ...kr, checkins: [] }, { ...report, history: false })).toBe('<span class="empty">no git history</span>');
  });

  it('says "no scores yet" for a unit with no trend', () => {
    expect(unitChart({ ...report.units[0], trend: [] }, report)).toContain('no scores yet');
  });

  it('labels a KR chart with its ref, its check-ins and the score expected now', () => {
    expect(keyResultChart(kr, report)).toContain(`aria-label="company/O1/KR1: 8 check-ins, 0.05 to 0.50; forecast`);
    expect(keyResultChart(kr, report)).toMatch(/expected 0\.58 now"/);
  });

  it('reads the expected score off a pace line', () => {
    const pace = kr.pace;
    expect(paceAt(pace, '2026-09-01')).toBe(0);
    expect(paceAt(pace, '2027-01-05')).toBe(1);
    expect(paceAt(pace, '2026-11-15')).toBeCloseTo(45 / 91, 10);
  });
});

describe('expected lines of units and the company', () => {
  const report = sampleReport();

  it('is the mean of the objectives\' goals for a unit', () => {
    // Acme Corp: one committed objective (goal 1.0), one aspirational (0.7).
    const line = unitExpectedLine(report.units[0])!;
    expect(line[0]).toEqual({ date: '2026-10-01', score: 0 });
    expect(line[1].date).toBe('2026-12-31');
    expect(line[1].score).toBeCloseTo(0.85, 10);
  });

  it('skips objectives with no active key result, and is null when none has one', () => {
    const mobile = report.units.find((u) => u.id === 'mobile')!; // O1 committed, O2 with no KRs
    expect(unitExpectedLine(mobile)![1].score).toBe(1);
    expect(unitExpectedLine({ ...mobile, objectives: [] })).toBeNull();
  });

  it('is the company unit\'s line for the overall score', () => {
    expect(overallExpectedLine(report.units)).toEqual(unitExpectedLine(report.units[0]));
  });

  it('falls back to all units when there is no company unit', () => {
    const units = report.units.filter((u) => u.level !== 'company');
    expect(overallExpectedLine(units)).not.toBeNull();
    expect(overallExpectedLine([])).toBeNull();
  });
});
