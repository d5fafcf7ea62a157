// The lists that need attention, read off the report's key results.

import { describe, expect, it } from 'vitest';
import { attentionLists, type AttentionOptions } from '../../src/report/attention.js';
import type { HealthMetricReport, KeyResultReport, UnitReport } from '../../src/report/model.js';
import { added, change, kr, objective, reportOf, unitDoc } from './helpers.js';

const OPTIONS: AttentionOptions = { asOf: '2026-02-20', ended: false, end: '2026-04-11', committedGoal: 1 };

function keyResult(ref: string, fields: Partial<KeyResultReport> = {}): KeyResultReport {
  return {
    ref, title: `Title of ${ref}`, type: 'metric', lead: 'bob', leadName: 'Bob Stone', score: 0.5, computed: 0.5, manual: null, grade: 'yellow', status: 'on_track',
    confidence: 0.5, confidenceTrend: null, latestNote: null, current: 5, target: 10, unit: null, lastCheckin: '2026-02-18', weekChange: null, checkins: [],
    pace: [{ date: '2026-01-01', score: 0 }, { date: '2026-04-11', score: 0.7 }], forecast: null, committed: false, dropped: false,
    stale: false, optimistic: false, addedMidCycle: false, expected: 0.35, ...fields,
  };
}

function unitWith(keyResults: KeyResultReport[], healthMetrics: HealthMetricReport[] = []): UnitReport {
  return {
    id: 'company', name: 'Company', level: 'company', parent: null, lead: null, leadName: null, status: 'committed', score: 0.5,
    grade: 'yellow', pace: 'on_track', trend: [], healthMetrics,
    objectives: [{ ref: 'company/O1', title: 'O1', type: 'aspirational', score: 0.5, grade: 'yellow', status: 'on_track', alignsTo: [], keyResults, addedMidCycle: false }],
  };
}

const rows = (lists: ReturnType<typeof attentionLists>) => lists.keyResults.map((item) => [item.ref, ...item.reasons.map((r) => r.text)]);

describe('what needs attention', () => {
  it('lists off track before at risk, worst gap first, with the numbers in words', () => {
    const lists = attentionLists([unitWith([
      keyResult('a/O1/KR1', { status: 'off_track', score: 0.05, expected: 0.35 }),
      keyResult('a/O1/KR2', { status: 'off_track', score: 0, expected: 0.5 }),
      keyResult('a/O1/KR3', { status: 'at_risk', score: 0.2, expected: 0.35 }),
      keyResult('a/O1/KR4'),
    ])], OPTIONS);
    expect(rows(lists)).toEqual([
      ['a/O1/KR2', 'off track: 0.00, expected 0.50'],
      ['a/O1/KR1', 'off track: 0.05, expected 0.35'],
      ['a/O1/KR3', 'at risk: 0.20, expected 0.35'],
    ]);
    expect(lists.keyResults[0].reasons[0].kind).toBe('off_track');
  });

  it('gives a key result one row with every reason, the most severe first', () => {
    const lists = attentionLists([unitWith([
      keyResult('a/O1/KR1', { stale: true, lastCheckin: '2026-02-10' }),
      keyResult('a/O1/KR2', { status: 'off_track', score: 0.1, expected: 0.35, stale: true, lastCheckin: '2026-01-20', optimistic: true, confidence: 0.8, committed: true, forecast: 0.4 }),
    ])], OPTIONS);
    expect(lists.keyResults.map((item) => [item.ref, item.reasons.map((r) => r.kind)])).toEqual([
      ['a/O1/KR2', ['off_track', 'will_miss', 'stale', 'optimistic']],
      ['a/O1/KR1', ['stale']],
    ]);
  });

  it('lists stale key results longest silent first, a never-checked-in one at the top', () => {
    const lists = attentionLists([unitWith([
      keyResult('a/O1/KR1', { stale: true, lastCheckin: '2026-02-10' }),
      keyResult('a/O1/KR2', { stale: true, lastCheckin: '2026-01-20' }),
      keyResult('a/O1/KR3', { stale: true, lastCheckin: null }),
    ])], OPTIONS);
    expect(rows(lists)).toEqual([
      ['a/O1/KR3', 'no check-in yet'], ['a/O1/KR2', 'no check-in for 31 days'], ['a/O1/KR1', 'no check-in for 10 days'],
    ]);
  });

  it('counts silence up to the cycle end once it has ended', () => {
    const lists = attentionLists([unitWith([keyResult('a/O1/KR1', { stale: true, lastCheckin: '2026-04-01' })])], { ...OPTIONS, asOf: '2026-05-01', ended: true });
    expect(rows(lists)).toEqual([['a/O1/KR1', 'no check-in for 10 days']]);
  });

  it('says why a lead looks optimistic', () => {
    const lists = attentionLists([unitWith([
      keyResult('a/O1/KR1', { optimistic: true, status: 'off_track', confidence: 0.8, score: 0.1 }),
      keyResult('a/O1/KR2', { optimistic: true, confidence: 0.9 }),
    ])], OPTIONS);
    expect(rows(lists)).toEqual([
      ['a/O1/KR1', 'off track: 0.10, expected 0.35', 'confidence 0.8 while off track'],
      ['a/O1/KR2', 'confidence 0.9, value unmoved over three check-ins'],
    ]);
  });

  it('lists committed key results whose forecast misses (off track with no forecast says it already)', () => {
    const lists = attentionLists([unitWith([
      keyResult('a/O1/KR1', { committed: true, forecast: 0.8 }),
      keyResult('a/O1/KR2', { committed: true, forecast: 1 }),
      keyResult('a/O1/KR3', { committed: true, status: 'off_track', score: 0.1, expected: 0.5 }),
      keyResult('a/O1/KR4', { committed: true, status: 'at_risk', forecast: null }),
      keyResult('a/O1/KR5', { committed: false, forecast: 0.2 }),
      keyResult('a/O1/KR6', { committed: true, score: 1, status: 'done', forecast: 0.9 }),
    ])], OPTIONS);
    expect(rows(lists)).toEqual([
      ['a/O1/KR3', 'off track: 0.10, expected 0.50'],
      ['a/O1/KR4', 'at risk: 0.50, expected 0.35'],
      ['a/O1/KR1', 'committed: forecast 0.80 at the end, below 1.00'],
    ]);
  });

  it('after the end, lists every committed key result below its goal', () => {
    const lists = attentionLists([unitWith([
      keyResult('a/O1/KR1', { committed: true, score: 0.9, status: 'green', forecast: 1 }),
      keyResult('a/O1/KR2', { committed: true, score: 1, status: 'green' }),
    ])], { ...OPTIONS, asOf: '2026-05-01', ended: true });
    expect(rows(lists)).toEqual([['a/O1/KR1', 'committed: ended at 0.90, below 1.00']]);
  });

  it('leaves dropped key results out', () => {
    const lists = attentionLists([unitWith([
      keyResult('a/O1/KR1', { dropped: true, status: 'off_track', stale: true, optimistic: true, committed: true }),
    ])], OPTIONS);
    expect(lists.keyResults).toEqual([]);
  });

  it('lists health metrics out of their band', () => {
    const metric = (id: string, outOfBand: boolean): HealthMetricReport => ({ unit: 'company', id, title: id, current: 1, min: 0, max: 2, measure: null, outOfBand });
    const lists = attentionLists([unitWith([], [metric('H1', false), metric('H2', true)])], OPTIONS);
    expect(lists.healthOutOfBand.map((m) => m.id)).toEqual(['H2']);
  });
});

describe('health metrics in the report', () => {
  it('is out of band outside [min, max] or with no value', () => {
    const { report } = reportOf({
      asOf: '2026-02-20',
      docs: [unitDoc('company', 'company', [], {
        healthMetrics: [
          { id: 'H1', title: 'Uptime', current: 99.95, min: 99.9, unit: '%' },
          { id: 'H2', title: 'Spend', current: 212, max: 200 },
          { id: 'H3', title: 'Pages', min: 1, max: 15 },
          { id: 'H4', title: 'Tickets', current: 4 },
        ],
      })],
    });
    expect(report.units[0].healthMetrics.map((m) => [m.id, m.outOfBand])).toEqual([['H1', false], ['H2', true], ['H3', true], ['H4', false]]);
    expect(report.units[0].healthMetrics[0]).toMatchObject({ unit: 'company', current: 99.95, min: 99.9, max: null, measure: '%' });
    expect(report.attention.healthOutOfBand.map((m) => m.id)).toEqual(['H2', 'H3']);
  });
});

describe('attention lists from scores and history', () => {
  it('flags a committed key result heading below 1.0 by its forecast', () => {
    const slow = (value: number, date: string) => change('company/O1/KR1', 'current', value, date);
    const { report } = reportOf({
      asOf: '2026-01-22',
      docs: [unitDoc('company', 'company', [objective('O1', [kr('KR1', { start: 0, target: 100, current: 6, lead: 'bob' })], { type: 'committed' })])],
      events: [added('company/O1/KR1', { id: 'KR1', start: 0, target: 100, current: 0 }, '2026-01-01'), slow(2, '2026-01-08'), slow(4, '2026-01-15'), slow(6, '2026-01-22')],
    });
    const item = report.units[0].objectives[0].keyResults[0];
    // 2 points a week: the line through (7, 0.02), (14, 0.04), (21, 0.06) reaches 0.06 + 79 × 0.02 / 7 = 2/7 on day 100.
    expect(item.forecast).toBeCloseTo(2 / 7, 12);
    // 0.06 against 0.21 expected by day 21: at risk, not yet off track; and headed below 1.0.
    expect(report.attention.keyResults).toEqual([{ ref: 'company/O1/KR1', reasons: [
      { kind: 'at_risk', text: 'at risk: 0.06, expected 0.21' },
      { kind: 'will_miss', text: 'committed: forecast 0.29 at the end, below 1.00' },
    ] }]);
  });
});
