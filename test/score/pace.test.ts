import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING } from '../../src/model.js';
import { cycleEnded, elapsedFraction, gradeOf, paceStatus } from '../../src/score/pace.js';
import { cycle } from './helpers.js';

describe('elapsedFraction', () => {
  it('is days since start over days from start to end, in UTC days', () => {
    expect(elapsedFraction(cycle, '2026-01-01')).toBe(0);
    expect(elapsedFraction(cycle, '2026-01-11')).toBe(0.1);
    expect(elapsedFraction(cycle, '2026-02-20')).toBe(0.5);
    // 2026-03-29 is a daylight-saving change in Europe: UTC days do not notice.
    expect(elapsedFraction(cycle, '2026-03-31')).toBe(0.89);
    expect(elapsedFraction(cycle, '2026-04-11')).toBe(1);
  });

  it('is clamped to [0, 1]', () => {
    expect(elapsedFraction(cycle, '2025-12-01')).toBe(0);
    expect(elapsedFraction(cycle, '2026-06-01')).toBe(1);
  });

  it('handles a one-day cycle and bad dates without NaN', () => {
    const day = { id: 'd', start: '2026-01-01', end: '2026-01-01' };
    expect(elapsedFraction(day, '2025-12-31')).toBe(0);
    expect(elapsedFraction(day, '2026-01-01')).toBe(1);
    expect(elapsedFraction(cycle, 'someday')).toBe(0);
  });

  it('knows when the cycle has ended: the day after its last day', () => {
    expect(cycleEnded(cycle, '2026-04-11')).toBe(false);
    expect(cycleEnded(cycle, '2026-04-12')).toBe(true);
  });
});

describe('gradeOf', () => {
  const bands = DEFAULT_SCORING.bands;
  it('is red below yellow, yellow below green, green at or above green', () => {
    expect(gradeOf(0, bands)).toBe('red');
    expect(gradeOf(0.39, bands)).toBe('red');
    expect(gradeOf(0.4, bands)).toBe('yellow');
    expect(gradeOf(0.69, bands)).toBe('yellow');
    expect(gradeOf(0.7, bands)).toBe('green');
    expect(gradeOf(1, bands)).toBe('green');
  });

  it('grades a 0.7 that floating point made 0.6999999999999998 green', () => {
    const score = (1.9 - 1.2) / (2.2 - 1.2);
    expect(score).toBeLessThan(0.7);
    expect(gradeOf(score, bands)).toBe('green');
  });

  it('follows configured bands', () => {
    expect(gradeOf(0.5, { yellow: 0.5, green: 0.8 })).toBe('yellow');
    expect(gradeOf(0.49, { yellow: 0.5, green: 0.8 })).toBe('red');
  });
});

describe('paceStatus', () => {
  // goal 1, half-way: expected 0.5; on track from 0.4, at risk from 0.25.
  it('uses the margins below the expected score, boundaries inclusive', () => {
    expect(paceStatus(0.5, 1, 0.5, DEFAULT_SCORING)).toBe('on_track');
    expect(paceStatus(0.4, 1, 0.5, DEFAULT_SCORING)).toBe('on_track');
    expect(paceStatus(0.39, 1, 0.5, DEFAULT_SCORING)).toBe('at_risk');
    expect(paceStatus(0.25, 1, 0.5, DEFAULT_SCORING)).toBe('at_risk');
    expect(paceStatus(0.24, 1, 0.5, DEFAULT_SCORING)).toBe('off_track');
  });

  it('uses the aspirational goal: expected 0.35 half-way', () => {
    expect(paceStatus(0.25, 0.7, 0.5, DEFAULT_SCORING)).toBe('on_track');
    expect(paceStatus(0.24, 0.7, 0.5, DEFAULT_SCORING)).toBe('at_risk');
    expect(paceStatus(0.1, 0.7, 0.5, DEFAULT_SCORING)).toBe('at_risk');
    expect(paceStatus(0.09, 0.7, 0.5, DEFAULT_SCORING)).toBe('off_track');
  });

  it('is done once the score reaches the goal', () => {
    expect(paceStatus(0.7, 0.7, 0.1, DEFAULT_SCORING)).toBe('done');
    expect(paceStatus(1, 1, 0, DEFAULT_SCORING)).toBe('done');
    expect(paceStatus(0.99, 1, 1, DEFAULT_SCORING)).toBe('on_track');
  });

  it('is on track at the start of the cycle whatever the score', () => {
    expect(paceStatus(0, 1, 0, DEFAULT_SCORING)).toBe('on_track');
  });

  it('at the end, off track below goal minus the off-track margin', () => {
    expect(paceStatus(0.75, 1, 1, DEFAULT_SCORING)).toBe('at_risk');
    expect(paceStatus(0.74, 1, 1, DEFAULT_SCORING)).toBe('off_track');
  });
});
