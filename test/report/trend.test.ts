// Trends and week-on-week changes: scores on past dates replayed from history, with exact
// numbers. The cycle runs 100 days from 2026-01-01; the report is as of 2026-01-22.

import { describe, expect, it } from 'vitest';
import type { ScorePoint } from '../../src/report/model.js';
import { replayHistory } from '../../src/report/replay.js';
import { scoresOn, trendDates } from '../../src/report/trend.js';
import { added, cascadeOf, change, cycle, kr, objective, reportOf, unitDoc } from './helpers.js';

const AS_OF = '2026-01-22';

/** Company O1: KR1 (0 → 100, now 60) and KR2 (0 → 10, weight 3, now 5); a team aligned to it, added mid-cycle. */
const docs = [
  unitDoc('company', 'company', [
    objective('O1', [kr('KR1', { start: 0, target: 100, current: 60 }), kr('KR2', { start: 0, target: 10, current: 5, weight: 3 })]),
  ]),
  unitDoc('team', 'team', [objective('O1', [kr('KR1', { start: 0, target: 4, current: 2 })], { alignsTo: 'company/O1' })]),
];

const events = [
  added('company/O1', { id: 'O1' }, '2025-12-20'),
  added('company/O1/KR1', { id: 'KR1', start: 0, target: 100, current: 0 }, '2025-12-20'),
  added('company/O1/KR2', { id: 'KR2', start: 0, target: 10, current: 0, weight: 3 }, '2025-12-20'),
  change('company/O1/KR1', 'current', 20, '2026-01-05'),
  change('company/O1/KR1', 'current', 40, '2026-01-12'),
  change('company/O1/KR2', 'current', 2, '2026-01-12'),
  change('company/O1/KR1', 'current', 60, '2026-01-19'),
  change('company/O1/KR1', 'confidence', 0.7, '2026-01-19'),
  change('company/O1/KR2', 'current', 5, '2026-01-21'),
  added('team/O1', { id: 'O1' }, '2026-01-10', true),
  added('team/O1/KR1', { id: 'KR1', start: 0, target: 4, current: 1 }, '2026-01-10', true),
  change('team/O1/KR1', 'current', 2, '2026-01-20'),
  // After the as-of date: not seen.
  change('company/O1/KR1', 'current', 90, '2026-01-30'),
];

const close = (points: ScorePoint[]) => points.map((p) => ({ date: p.date, score: Number(p.score.toFixed(12)) }));

describe('trend dates', () => {
  it('runs weekly from the start and ends at the as-of date', () => {
    expect(trendDates(cycle, AS_OF)).toEqual(['2026-01-01', '2026-01-08', '2026-01-15', '2026-01-22']);
    expect(trendDates(cycle, '2026-01-17')).toEqual(['2026-01-01', '2026-01-08', '2026-01-15', '2026-01-17']);
  });

  it('ends at the cycle end after it, starts with the first day, and is empty before it', () => {
    expect(trendDates(cycle, '2026-06-01').at(-1)).toBe('2026-04-11');
    expect(trendDates(cycle, '2026-06-01')).toHaveLength(16);
    expect(trendDates(cycle, '2026-01-01')).toEqual(['2026-01-01']);
    expect(trendDates(cycle, '2025-12-31')).toEqual([]);
  });
});

describe('scores on a past date', () => {
  const cascade = cascadeOf(...docs);
  const replayed = replayHistory(events, AS_OF);
  const on = (date: string) => scoresOn(date, replayed);
  const kr1 = cascade.keyResults.get('company/O1/KR1')!;
  const kr2 = cascade.keyResults.get('company/O1/KR2')!;

  it('takes the last check-in on or before the date, else the values the key result was added with', () => {
    expect(on('2026-01-01').keyResult(kr1)).toBe(0);
    expect(on('2026-01-08').keyResult(kr1)).toBeCloseTo(0.2, 12);
    expect(on('2026-01-12').keyResult(kr1)).toBeCloseTo(0.4, 12);
    expect(on('2026-01-15').keyResult(kr2)).toBeCloseTo(0.2, 12);
  });

  it('weights objectives and units as today', () => {
    // (0.4 + 3 × 0.2) / 4
    expect(on('2026-01-15').objective(cascade.objectives.get('company/O1')!)).toBeCloseTo(0.25, 12);
    expect(on('2026-01-15').unit(cascade.units.get('company')!)).toBeCloseTo(0.25, 12);
  });

  it('gives no score before a key result existed', () => {
    const team = cascade.keyResults.get('team/O1/KR1')!;
    expect(on('2026-01-08').keyResult(team)).toBeNull();
    expect(on('2026-01-08').unit(cascade.units.get('team')!)).toBeNull();
    expect(on('2026-01-15').keyResult(team)).toBeCloseTo(0.25, 12);
  });

  it('ignores what happened after the as-of date', () => {
    expect(on('2026-02-01').keyResult(kr1)).toBeCloseTo(0.6, 12);
  });
});

describe('replayed key result types', () => {
  it('replays milestones by title, a renamed one keeping its done', () => {
    const cascade = cascadeOf(unitDoc('company', 'company', [objective('O1', [
      kr('KR1', { milestones: [{ title: 'Design', done: true }, { title: 'Launch', done: true, weight: 3 }] }),
    ])]));
    const replayed = replayHistory([
      added('company/O1/KR1', { id: 'KR1', milestones: [{ title: 'Design', done: false }, { title: 'Ship', done: false, weight: 3 }] }, '2026-01-01'),
      change('company/O1/KR1', 'milestones.done', true, '2026-01-10', { milestone: 'Design', from: false }),
      change('company/O1/KR1', 'milestones.title', 'Launch', '2026-01-12', { milestone: 'Launch', from: 'Ship', kind: 'definition' }),
      change('company/O1/KR1', 'milestones.done', true, '2026-01-20', { milestone: 'Launch', from: false }),
    ], AS_OF);
    const node = cascade.keyResults.get('company/O1/KR1')!;
    expect(scoresOn('2026-01-05', replayed).keyResult(node)).toBe(0);
    expect(scoresOn('2026-01-15', replayed).keyResult(node)).toBe(0.25);
    expect(scoresOn('2026-01-20', replayed).keyResult(node)).toBe(1);
  });

  it('replays a binary key result and a hand-entered score', () => {
    const cascade = cascadeOf(unitDoc('company', 'company', [objective('O1', [kr('KR1', { done: true }), kr('KR2', { done: false, score: 0.5 })])]));
    const replayed = replayHistory([
      added('company/O1/KR1', { id: 'KR1', done: false }, '2026-01-01'),
      change('company/O1/KR1', 'done', true, '2026-01-10'),
      added('company/O1/KR2', { id: 'KR2', done: false }, '2026-01-01'),
      change('company/O1/KR2', 'score', 0.5, '2026-01-10'),
    ], AS_OF);
    const on = (date: string) => scoresOn(date, replayed);
    expect(on('2026-01-09').keyResult(cascade.keyResults.get('company/O1/KR1')!)).toBe(0);
    expect(on('2026-01-10').keyResult(cascade.keyResults.get('company/O1/KR1')!)).toBe(1);
    expect(on('2026-01-09').keyResult(cascade.keyResults.get('company/O1/KR2')!)).toBe(0);
    expect(on('2026-01-10').keyResult(cascade.keyResults.get('company/O1/KR2')!)).toBe(0.5);
  });

  it('rolls up the objectives aligned to a roll-up key result on that date', () => {
    const cascade = cascadeOf(
      unitDoc('company', 'company', [objective('O1', [kr('KR1', {})])]),
      unitDoc('team', 'team', [objective('O1', [kr('KR1', { start: 0, target: 10, current: 8 })], { alignsTo: 'company/O1/KR1' })]),
    );
    const replayed = replayHistory([
      added('company/O1/KR1', { id: 'KR1' }, '2026-01-01'),
      added('team/O1/KR1', { id: 'KR1', start: 0, target: 10, current: 0 }, '2026-01-01'),
      change('team/O1/KR1', 'current', 3, '2026-01-10'),
    ], AS_OF);
    const rollup = cascade.keyResults.get('company/O1/KR1')!;
    expect(rollup.type).toBe('rollup');
    expect(scoresOn('2026-01-15', replayed).keyResult(rollup)).toBeCloseTo(0.3, 12);
  });
});

describe('trends and week-on-week changes in the report', () => {
  const { report } = reportOf({ docs, asOf: AS_OF, events });
  const company = report.units.find((u) => u.id === 'company')!;
  const team = report.units.find((u) => u.id === 'team')!;

  it('gives each unit its score week by week, ending at today\'s score', () => {
    expect(close(company.trend)).toEqual([
      { date: '2026-01-01', score: 0 },
      { date: '2026-01-08', score: 0.05 },
      { date: '2026-01-15', score: 0.25 },
      { date: '2026-01-22', score: 0.525 },
    ]);
    expect(company.score).toBeCloseTo(0.525, 12);
    // Not there before 2026-01-10.
    expect(close(team.trend)).toEqual([{ date: '2026-01-15', score: 0.25 }, { date: '2026-01-22', score: 0.5 }]);
  });

  it('gives the company (the overall score) and each objective a trend too', () => {
    expect(close(report.overall.trend)).toEqual(close(company.trend));
    expect(close(company.objectives[0].trend!)).toEqual(close(company.trend));
  });

  it('changes since a week ago: key results, objectives, units and overall', () => {
    const [kr1, kr2] = company.objectives[0].keyResults;
    expect(kr1.weekChange).toBeCloseTo(0.2, 12);
    expect(kr2.weekChange).toBeCloseTo(0.3, 12);
    expect(company.objectives[0].weekChange).toBeCloseTo(0.275, 12);
    expect(company.weekChange).toBeCloseTo(0.275, 12);
    expect(report.overall.weekChange).toBeCloseTo(0.275, 12);
    expect(team.weekChange).toBeCloseTo(0.25, 12);
  });

  it('lists the score at each check-in, a confidence-only one included', () => {
    const [kr1, kr2] = company.objectives[0].keyResults;
    expect(close(kr1.checkins)).toEqual([
      { date: '2026-01-05', score: 0.2 }, { date: '2026-01-12', score: 0.4 }, { date: '2026-01-19', score: 0.6 },
    ]);
    expect(close(kr2.checkins)).toEqual([{ date: '2026-01-12', score: 0.2 }, { date: '2026-01-21', score: 0.5 }]);
    expect(team.objectives[0].keyResults[0].checkins.map((c) => c.date)).toEqual(['2026-01-20']);
  });

  it('marks what was added after the cycle had been posted', () => {
    expect(team.objectives[0].addedMidCycle).toBe(true);
    expect(team.objectives[0].keyResults[0].addedMidCycle).toBe(true);
    expect(company.objectives[0].addedMidCycle).toBe(false);
  });

  it('has no trend, change or check-ins without history, and says why', () => {
    const { report: bare } = reportOf({ docs, asOf: AS_OF, events: null });
    expect(bare.history).toBe(false);
    expect(bare.historyNote).toBe('made with --no-history');
    expect(bare.overall.trend).toEqual([]);
    expect(bare.units[0].trend).toEqual([]);
    expect(bare.units[0].objectives[0].keyResults[0]).toMatchObject({ checkins: [], weekChange: null, addedMidCycle: false });
    expect(bare.units[0].score).toBeCloseTo(0.525, 12);
  });

  it('has no trend before the cycle starts', () => {
    const { report: early } = reportOf({ docs, asOf: '2025-12-25', events });
    expect(early.overall.trend).toEqual([]);
    expect(early.units[0].trend).toEqual([]);
  });
});
