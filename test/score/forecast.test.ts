import { describe, expect, it } from 'vitest';
import { forecastScore } from '../../src/score/forecast.js';

describe('forecastScore', () => {
  it('needs three check-ins', () => {
    expect(forecastScore([], '2026-04-11')).toBeNull();
    expect(
      forecastScore(
        [
          { date: '2026-01-01', score: 0 },
          { date: '2026-01-11', score: 0.1 },
        ],
        '2026-04-11',
      ),
    ).toBeNull();
  });

  it('extends the least-squares line to the cycle end', () => {
    // Exactly on the line score = day / 200: reaches 0.5 on day 100.
    const points = [
      { date: '2026-01-01', score: 0 },
      { date: '2026-01-21', score: 0.1 },
      { date: '2026-02-10', score: 0.2 },
    ];
    expect(forecastScore(points, '2026-04-11')).toBeCloseTo(0.5, 12);
  });

  it('fits a line through scattered points', () => {
    // x = 0, 10, 20; y = 0, 0.3, 0.3: slope 0.015/day, intercept 0.05; day 40 gives 0.65.
    const points = [
      { date: '2026-01-01', score: 0 },
      { date: '2026-01-11', score: 0.3 },
      { date: '2026-01-21', score: 0.3 },
    ];
    expect(forecastScore(points, '2026-02-10')).toBeCloseTo(0.65, 12);
  });

  it('clamps to [0, 1]', () => {
    const rising = [
      { date: '2026-01-01', score: 0.2 },
      { date: '2026-01-11', score: 0.4 },
      { date: '2026-01-21', score: 0.6 },
    ];
    expect(forecastScore(rising, '2026-04-11')).toBe(1);
    const falling = [
      { date: '2026-01-01', score: 0.6 },
      { date: '2026-01-11', score: 0.4 },
      { date: '2026-01-21', score: 0.2 },
    ];
    expect(forecastScore(falling, '2026-04-11')).toBe(0);
  });

  it('has no trend when every check-in is on one day', () => {
    const sameDay = [0.1, 0.2, 0.3].map((score) => ({ date: '2026-01-05', score }));
    expect(forecastScore(sameDay, '2026-04-11')).toBeNull();
  });

  it('does not depend on the order of the points', () => {
    const points = [
      { date: '2026-02-10', score: 0.2 },
      { date: '2026-01-01', score: 0 },
      { date: '2026-01-21', score: 0.1 },
    ];
    expect(forecastScore(points, '2026-04-11')).toBeCloseTo(0.5, 12);
  });
});
