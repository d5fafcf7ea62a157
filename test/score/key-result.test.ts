import { describe, expect, it } from 'vitest';
import type { ObjectiveNode } from '../../src/graph/cascade.js';
import { computeKeyResultScore, scoreAtCheckin } from '../../src/score/key-result.js';
import { cascadeOf, kr, krNode, objective, unitDoc } from './helpers.js';

const noObjectives = (): number | null => null;
const score = (fields: Parameters<typeof krNode>[0]) => computeKeyResultScore(krNode(fields), noObjectives);

describe('metric', () => {
  it('is linear from start to target when no other level is given', () => {
    expect(score({ start: 0, target: 10, current: 7 })).toEqual({ computed: 0.7 });
    expect(score({ start: 20, target: 60, current: 30 })).toEqual({ computed: 0.25 });
  });

  it('works for a decreasing metric', () => {
    expect(score({ start: 40, target: 10, current: 25 })).toEqual({ computed: 0.5 });
    expect(score({ start: 40, target: 10, current: 10 })).toEqual({ computed: 1 });
  });

  it('passes through (commit, 0.3) when commit is given', () => {
    // (0, 0) (4, 0.3) (10, 1.0)
    expect(score({ start: 0, commit: 4, target: 10, current: 2 }).computed).toBeCloseTo(0.15, 12);
    expect(score({ start: 0, commit: 4, target: 10, current: 4 }).computed).toBe(0.3);
    expect(score({ start: 0, commit: 4, target: 10, current: 7 }).computed).toBeCloseTo(0.65, 12);
  });

  it('puts the target at 0.7 and the stretch at 1.0 when stretch is given', () => {
    // (0, 0) (10, 0.7) (20, 1.0)
    expect(score({ start: 0, target: 10, stretch: 20, current: 5 }).computed).toBeCloseTo(0.35, 12);
    expect(score({ start: 0, target: 10, stretch: 20, current: 10 }).computed).toBe(0.7);
    expect(score({ start: 0, target: 10, stretch: 20, current: 15 }).computed).toBeCloseTo(0.85, 12);
    expect(score({ start: 0, target: 10, stretch: 20, current: 20 }).computed).toBe(1);
  });

  it('uses all four levels, decreasing (the SPEC example)', () => {
    // (40, 0) (30, 0.3) (10, 0.7) (8, 1.0)
    const levels = { start: 40, commit: 30, target: 10, stretch: 8 };
    expect(score({ ...levels, current: 35 }).computed).toBeCloseTo(0.15, 12);
    expect(score({ ...levels, current: 22 }).computed).toBeCloseTo(0.46, 12);
    expect(score({ ...levels, current: 10 }).computed).toBe(0.7);
    expect(score({ ...levels, current: 9 }).computed).toBeCloseTo(0.85, 12);
  });

  it('clamps below start and beyond the last level', () => {
    expect(score({ start: 10, target: 20, current: 5 })).toEqual({ computed: 0 });
    expect(score({ start: 10, target: 20, current: 25 })).toEqual({ computed: 1 });
    expect(score({ start: 0, target: 10, stretch: 20, current: 30 })).toEqual({ computed: 1 });
    expect(score({ start: 40, target: 10, stretch: 8, current: 50 })).toEqual({ computed: 0 });
    expect(score({ start: 40, target: 10, stretch: 8, current: 2 })).toEqual({ computed: 1 });
  });

  it('scores 0 with a note before the first check-in', () => {
    expect(score({ start: 0, target: 10 })).toEqual({ computed: 0, note: 'no check-in yet' });
  });

  it('gives no score (never NaN or Infinity) for degenerate levels', () => {
    for (const levels of [
      { start: 5, target: 5, current: 5 },
      { start: 0, commit: 12, target: 10, current: 5 },
      { start: 0, target: 10, stretch: 8, current: 5 },
      { start: 0, commit: 0, target: 10, current: 5 },
      { start: 40, commit: 45, target: 10, current: 20 },
      { start: 0, commit: 10, target: 10, current: 10 },
    ]) {
      const result = score(levels);
      expect(result.computed).toBeNull();
      expect(result.note).toMatch(/start equals target|levels out of order/);
    }
    expect(score({ target: 10, current: 5 })).toEqual({ computed: null, note: 'a metric needs start and target' });
  });
});

describe('milestone', () => {
  it('is the weighted share of done milestones', () => {
    const milestones = [
      { title: 'a', done: true },
      { title: 'b', done: false, weight: 2 },
      { title: 'c', done: true, weight: 1 },
    ];
    expect(score({ milestones })).toEqual({ computed: 0.5 });
    expect(score({ milestones: [{ title: 'a', done: true, weight: 3 }, { title: 'b' }] })).toEqual({ computed: 0.75 });
  });

  it('scores 0 without milestones', () => {
    expect(score({ type: 'milestone' }).computed).toBe(0);
    expect(score({ milestones: [] }).computed).toBe(0);
  });
});

describe('binary, baseline, maintain', () => {
  it('binary: done is 1, anything else 0', () => {
    expect(score({ type: 'binary', done: true })).toEqual({ computed: 1 });
    expect(score({ type: 'binary', done: false })).toEqual({ computed: 0 });
    expect(score({ type: 'binary' })).toEqual({ computed: 0 });
  });

  it('baseline: 1 once current is set', () => {
    expect(score({ type: 'baseline', current: 0 })).toEqual({ computed: 1 });
    expect(score({ type: 'baseline' })).toEqual({ computed: 0, note: 'no check-in yet' });
  });

  it('maintain: min only, inclusive', () => {
    expect(score({ min: 99.9, current: 99.95 }).computed).toBe(1);
    expect(score({ min: 99.9, current: 99.9 }).computed).toBe(1);
    expect(score({ min: 99.9, current: 99.89 }).computed).toBe(0);
  });

  it('maintain: max only, inclusive', () => {
    expect(score({ max: 200, current: 150 }).computed).toBe(1);
    expect(score({ max: 200, current: 200 }).computed).toBe(1);
    expect(score({ max: 200, current: 200.5 }).computed).toBe(0);
  });

  it('maintain: both ends', () => {
    const band = { min: 10, max: 20 };
    expect(score({ ...band, current: 10 }).computed).toBe(1);
    expect(score({ ...band, current: 20 }).computed).toBe(1);
    expect(score({ ...band, current: 15 }).computed).toBe(1);
    expect(score({ ...band, current: 9 }).computed).toBe(0);
    expect(score({ ...band, current: 21 }).computed).toBe(0);
  });

  it('maintain: no current is 0 with a note; a band that cannot hold gives no score', () => {
    expect(score({ min: 1 })).toEqual({ computed: 0, note: 'no check-in yet' });
    expect(score({ min: 5, max: 4, current: 4.5 }).computed).toBeNull();
    expect(score({ type: 'maintain', current: 3 }).computed).toBeNull();
  });
});

describe('rollup', () => {
  const cascade = cascadeOf(
    unitDoc('company', 'company', [objective('O1', [kr('KR1'), kr('KR2')])]),
    unitDoc('sales', 'department', [
      objective('O1', [kr('KR1', { type: 'binary', done: true })], { alignsTo: 'company/O1/KR1', weight: 3 }),
      objective('O2', [kr('KR1', { type: 'binary' })], { alignsTo: ['company/O1/KR1'] }),
    ]),
  );
  const scores: Record<string, number | null> = { 'sales/O1': 0.8, 'sales/O2': 0.4 };
  const byRef = (o: ObjectiveNode) => scores[o.ref] ?? null;

  it('is the mean of aligned objectives weighted by objective weight', () => {
    const rollup = cascade.keyResults.get('company/O1/KR1')!;
    expect(rollup.type).toBe('rollup');
    expect(computeKeyResultScore(rollup, byRef).computed).toBeCloseTo((0.8 * 3 + 0.4) / 4, 12);
  });

  it('ignores aligned objectives without a score', () => {
    const rollup = cascade.keyResults.get('company/O1/KR1')!;
    expect(computeKeyResultScore(rollup, (o) => (o.ref === 'sales/O2' ? null : 0.5))).toEqual({ computed: 0.5 });
    expect(computeKeyResultScore(rollup, () => null)).toEqual({
      computed: null,
      note: 'no aligned objective has a score',
    });
  });

  it('has no score when nothing is aligned', () => {
    expect(score({ type: 'rollup' })).toEqual({ computed: null, note: 'no objective aligned' });
  });
});

describe('scoreAtCheckin', () => {
  it('replays a metric value, prefers a recorded score, and knows nothing of other types', () => {
    const metric = krNode({ start: 0, target: 10, current: 9 });
    expect(scoreAtCheckin(metric, { value: 5 })).toBe(0.5);
    expect(scoreAtCheckin(metric, { value: 5, score: 0.2 })).toBe(0.2);
    expect(scoreAtCheckin(metric, {})).toBeNull();
    expect(scoreAtCheckin(krNode({ type: 'binary', done: true }), { value: 1 })).toBeNull();
  });
});
