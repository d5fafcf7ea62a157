import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../src/git/history.js';
import type { CycleDoc } from '../../src/model.js';
import { aspirationalBand } from '../../src/retro/bands.js';
import { buildRetro } from '../../src/retro/build.js';
import { scoreCycle } from '../../src/score/index.js';
import { cascadeOf, kr, makeConfig, objective, unitDoc } from '../score/helpers.js';

const cycle: CycleDoc = { id: '2026-Q1', start: '2026-01-01', end: '2026-03-31', postBy: '2026-01-14', retroBy: '2026-04-09' };
const config = makeConfig({ cycles: [cycle] });

const company = unitDoc('company', 'company', [
  objective('O1', [
    kr('KR1', { lead: 'ann', done: true, learning: 'Shipped early.', decision: 'remove' }),
    kr('KR2', { lead: 'ann', start: 0, target: 10, current: 5, learning: 'Half way: the vendor was late.', decision: 'keep' }),
    kr('KR3', { lead: 'bob', start: 0, target: 10, current: 8 }),
    kr('KR4', { lead: 'bob', done: false, status: 'dropped', learning: 'Paused.' }),
  ], { type: 'committed' }),
  objective('O2', [
    kr('KR1', { lead: 'cat', score: 0.9, done: false, learning: 'Good.', decision: 'modify' }),
    kr('KR2', { lead: 'cat', done: true, learning: 'Too easy.', decision: 'modify' }),
    kr('KR3', { lead: 'dan', score: 0.5, done: false, learning: 'Meh.', decision: 'keep' }),
  ]),
], { lead: 'ann', retro: { learnings: 'Plan earlier.' } });

const team = unitDoc('team', 'team', [
  objective('O1', [
    kr('KR1', { lead: 'eve', type: 'rollup', learning: 'Nothing aligned.', decision: 'remove' }),
    kr('KR2', { lead: 'eve', start: 0, target: 100 }),
  ], { alignsTo: ['company/O2'] }),
], { lead: 'eve' });

function retro(events: HistoryEvent[] | null = [], asOf = '2026-04-05') {
  const cascade = cascadeOf({ ...company, cycle: cycle.id }, { ...team, cycle: cycle.id });
  const scored = scoreCycle(cascade, config, cycle, { asOf });
  return buildRetro({ config, cycle, cascade, scored, asOf, history: events === null ? null : { events, shallow: false } });
}

describe('buildRetro: committed and aspirational key results', () => {
  it('counts committed key results met, and lists each miss with its learning or none', () => {
    const report = retro();
    expect(report.committed).toMatchObject({ total: 3, met: 1, share: 1 / 3 });
    expect(report.committed.misses.map((kr) => [kr.ref, kr.score, kr.learning])).toEqual([
      ['company/O1/KR2', 0.5, 'Half way: the vendor was late.'],
      ['company/O1/KR3', 0.8, null],
    ]);
  });

  it('averages the aspirational key results that have a score, and flags those at 1.0', () => {
    const report = retro();
    // 0.9, 1.0, 0.5 (company/O2) and 0 (team/O1/KR2, never checked in): 0.6 exactly, the
    // bottom of the healthy band. The roll-up with nothing aligned has no score.
    expect(report.aspirational).toMatchObject({ total: 5, scored: 4, band: 'healthy' });
    expect(report.aspirational.average).toBeCloseTo((0.9 + 1 + 0.5 + 0) / 4, 12);
    expect(report.aspirational.sandbagging.map((kr) => kr.ref)).toEqual(['company/O2/KR2']);
  });

  it('counts grades per unit and overall, leaving dropped key results out', () => {
    const report = retro();
    expect(report.units.find((u) => u.id === 'company')!.grades).toEqual({ green: 4, yellow: 2, red: 0, none: 0 });
    expect(report.units.find((u) => u.id === 'team')!.grades).toEqual({ green: 0, yellow: 0, red: 1, none: 1 });
    expect(report.grades).toEqual({ green: 4, yellow: 2, red: 1, none: 1 });
    expect(report.keyResults).toEqual({ total: 9, dropped: 1 });
  });

  it('sorts decisions, with undecided active key results apart', () => {
    expect(retro().decisions).toEqual({
      keep: ['company/O1/KR2', 'company/O2/KR3'],
      modify: ['company/O2/KR1', 'company/O2/KR2'],
      remove: ['company/O1/KR1', 'team/O1/KR1'],
      undecided: ['company/O1/KR3', 'team/O1/KR2'],
    });
  });

  it('says what is still missing before retroBy, and how long is left', () => {
    const report = retro();
    expect(report.missing.retroBy).toBe('2026-04-09');
    expect(report.missing.daysLeft).toBe(4);
    expect(report.missing.keyResults).toEqual([
      { ref: 'company/O1/KR3', lead: 'bob', missing: ['learning', 'decision'] },
      { ref: 'team/O1/KR1', lead: 'eve', missing: ['score'] },
      { ref: 'team/O1/KR2', lead: 'eve', missing: ['score', 'learning', 'decision'] },
    ]);
    expect(report.missing.unitsWithoutLearnings).toEqual([{ id: 'team', lead: 'eve' }]);
    expect(retro([], '2026-04-19').missing.daysLeft).toBe(-10);
  });

  it('knows whether the cycle has ended', () => {
    expect(retro([], '2026-03-30').ended).toBe(false);
    expect(retro([], '2026-04-01').ended).toBe(true);
  });
});

describe('aspirationalBand', () => {
  it('reads the average against 0.85, 0.6 and 0.4, forgiving floating-point error', () => {
    expect(aspirationalBand(null)).toBeNull();
    expect(aspirationalBand(0.86)).toBe('too-safe');
    expect(aspirationalBand(0.85)).toBe('healthy');
    expect(aspirationalBand(0.85 + 1e-12)).toBe('healthy');
    expect(aspirationalBand(0.6)).toBe('healthy');
    expect(aspirationalBand(0.6 - 1e-12)).toBe('healthy');
    expect(aspirationalBand(0.59)).toBe('low');
    expect(aspirationalBand(0.4)).toBe('low');
    expect(aspirationalBand(0.39)).toBe('investigate');
  });
});

describe('buildRetro: change during the cycle, from history', () => {
  const base = { unit: 'company', kind: 'definition', author: { name: 'Ann Lee', email: 'ann@x' }, via: 'edit', file: 'okrs/2026-Q1/company.yaml' } as const;
  const event = (fields: Partial<HistoryEvent>): HistoryEvent => ({ ...base, ref: 'company', item: 'keyResult', field: 'keyResult', change: 'added', date: '2026-02-01', commit: 'a'.repeat(40), ...fields });

  it('lists additions and removals after postBy, an objective once with its key results', () => {
    const events = [
      event({ ref: 'company/O1/KR2', change: 'added', date: '2026-01-10', commit: '1'.repeat(40) }),
      event({ ref: 'company/O1/KR3', change: 'added', midCycle: true, to: { id: 'KR3', title: 'Late one' }, commit: '2'.repeat(40) }),
      event({ ref: 'company/O3', item: 'objective', field: 'objective', change: 'added', midCycle: true, to: { id: 'O3', title: 'New push' }, commit: '3'.repeat(40) }),
      event({ ref: 'company/O3/KR1', change: 'added', midCycle: true, to: { id: 'KR1', title: 'Inside' }, commit: '3'.repeat(40) }),
      event({ ref: 'company/O3/KR1', change: 'removed', stopped: true, from: { id: 'KR1', title: 'Inside' }, date: '2026-03-01', commit: '4'.repeat(40), note: 'Stop it' }),
      // After the cycle ended: housekeeping, not a change of plan.
      event({ ref: 'company/O3', item: 'objective', field: 'objective', change: 'removed', stopped: true, from: { id: 'O3', title: 'New push' }, date: '2026-04-02', commit: '5'.repeat(40) }),
    ];
    const { changes } = retro(events);
    expect(changes.since).toBe('2026-01-14');
    expect(changes.addedMidCycle).toEqual([
      { ref: 'company/O1/KR3', kind: 'keyResult', title: 'Late one', date: '2026-02-01', author: 'Ann Lee', commit: '2222222', note: null },
      { ref: 'company/O3', kind: 'objective', title: 'New push', date: '2026-02-01', author: 'Ann Lee', commit: '3333333', note: null },
    ]);
    expect(changes.stopped).toEqual([{ ref: 'company/O3/KR1', kind: 'keyResult', title: 'Inside', date: '2026-03-01', author: 'Ann Lee', commit: '4444444', note: 'Stop it' }]);
  });

  it('lists targets eased after posting, not ones set while drafting or made harder', () => {
    const target = (from: number, to: number, date: string, field = 'target') => event({ ref: 'company/O1/KR2', field, change: 'changed', from, to, date, note: `move ${field}` });
    const events = [target(20, 15, '2026-01-05'), target(15, 10, '2026-02-10'), target(10, 12, '2026-02-11'), target(12, 9, '2026-04-03')];
    expect(retro(events).changes.eased.map((e) => [e.field, e.from, e.to, e.date, e.note])).toEqual([
      ['target', 15, 10, '2026-02-10', 'move target'],
      ['target', 12, 9, '2026-04-03', 'move target'],
    ]);
  });

  it('lists dropped key results with the day they were dropped, history or not', () => {
    const events = [event({ ref: 'company/O1/KR4', field: 'status', change: 'changed', to: 'dropped', date: '2026-02-20' })];
    expect(retro(events).changes.dropped).toEqual([{ ref: 'company/O1/KR4', title: 'KR4', date: '2026-02-20', learning: 'Paused.' }]);
    const without = retro(null).changes;
    expect(without.history).toBe('none');
    expect(without.dropped).toEqual([{ ref: 'company/O1/KR4', title: 'KR4', date: null, learning: 'Paused.' }]);
  });
});
