import { describe, expect, it } from 'vitest';
import { isOptimistic, isStale } from '../../src/score/flags.js';
import { latestConfidence, timelineAsOf } from '../../src/score/timeline.js';

describe('isStale', () => {
  it('is stale once the last check-in is more than everyDays old', () => {
    expect(isStale('2026-01-01', '2026-01-08', 7)).toBe(false);
    expect(isStale('2026-01-01', '2026-01-09', 7)).toBe(true);
  });

  it('without a check-in, uses the file date when given, else is not stale', () => {
    expect(isStale(null, '2026-03-01', 7)).toBe(false);
    expect(isStale(null, '2026-03-01', 7, '2026-02-22')).toBe(false);
    expect(isStale(null, '2026-03-01', 7, '2026-02-21')).toBe(true);
  });

  it('prefers the last check-in over the file date', () => {
    expect(isStale('2026-02-28', '2026-03-01', 7, '2026-01-01')).toBe(false);
  });
});

describe('isOptimistic', () => {
  const moving = [
    { date: '2026-01-01', value: 1 },
    { date: '2026-01-08', value: 2 },
    { date: '2026-01-15', value: 3 },
  ];

  it('flags high confidence while off track', () => {
    expect(isOptimistic(0.7, 'off_track', moving)).toBe(true);
    expect(isOptimistic(0.69, 'off_track', moving)).toBe(false);
    expect(isOptimistic(0.9, 'at_risk', moving)).toBe(false);
    expect(isOptimistic(null, 'off_track', moving)).toBe(false);
  });

  it('flags a value unmoved over the last three check-ins while confidence stays high', () => {
    const unmoved = [
      { date: '2026-01-01', value: 1 },
      { date: '2026-01-08', value: 4 },
      { date: '2026-01-15', value: 4, confidence: 0.8 },
      { date: '2026-01-22', value: 4 },
    ];
    expect(isOptimistic(0.8, 'on_track', unmoved)).toBe(true);
    expect(isOptimistic(0.6, 'on_track', unmoved)).toBe(false);
    // Confidence that dipped during the plateau is not "staying" high.
    const dipped = unmoved.map((c) => (c.date === '2026-01-15' ? { ...c, confidence: 0.5 } : c));
    expect(isOptimistic(0.8, 'on_track', dipped)).toBe(false);
  });

  it('does not flag a moving value, or fewer than three check-ins', () => {
    expect(isOptimistic(0.9, 'on_track', moving)).toBe(false);
    expect(isOptimistic(0.9, 'on_track', moving.slice(0, 2).map((c) => ({ ...c, value: 1 })))).toBe(false);
  });

  it('reads the last three by date, whatever the order given, and falls back to scores', () => {
    const shuffled = [
      { date: '2026-01-22', value: 4 },
      { date: '2026-01-01', value: 1 },
      { date: '2026-01-15', value: 4 },
      { date: '2026-01-08', value: 4 },
    ];
    expect(isOptimistic(0.8, null, shuffled)).toBe(true);
    const scores = [0.5, 0.5, 0.5].map((score, i) => ({ date: `2026-01-0${i + 1}`, score }));
    expect(isOptimistic(0.8, 'on_track', scores)).toBe(true);
  });
});

describe('timeline', () => {
  it('keeps check-ins up to asOf, oldest first, and finds the latest confidence', () => {
    const timeline = timelineAsOf(
      [
        { date: '2026-01-15', confidence: 0.9 },
        { date: '2026-01-01', confidence: 0.5 },
        { date: '2026-01-08' },
        { date: '2026-01-10', confidence: 0.6 },
      ],
      '2026-01-12',
    );
    expect(timeline.map((c) => c.date)).toEqual(['2026-01-01', '2026-01-08', '2026-01-10']);
    expect(latestConfidence(timeline)).toBe(0.6);
    expect(latestConfidence([])).toBeNull();
  });
});
