// Where confidence is heading, and the latest note: read beside a key result's status.

import { describe, expect, it } from 'vitest';
import { confidenceTrend, latestNote } from '../../src/score/confidence-trend.js';
import { scoreCycle } from '../../src/score/score-cycle.js';
import { cascadeOf, cycle, kr, makeConfig, objective, unitDoc } from './helpers.js';

const at = (date: string, confidence?: number) => ({ date, value: 1, ...(confidence === undefined ? {} : { confidence }) });

describe('confidenceTrend', () => {
  it('is the confidence after each of the last four check-ins, oldest first, and its direction', () => {
    const timeline = [at('2026-01-05', 0.9), at('2026-01-12', 0.8), at('2026-01-19', 0.7), at('2026-01-26', 0.7), at('2026-02-02', 0.6)];
    expect(confidenceTrend(timeline, 0.6)).toEqual({ values: [0.8, 0.7, 0.7, 0.6], direction: 'down' });
    expect(confidenceTrend([at('2026-01-05', 0.5), at('2026-01-12', 0.7)], 0.7)).toEqual({ values: [0.5, 0.7], direction: 'up' });
    expect(confidenceTrend([at('2026-01-05', 0.6), at('2026-01-12', 0.6)], 0.6)).toEqual({ values: [0.6, 0.6], direction: 'steady' });
  });

  it('skips check-ins that gave no confidence, and ends with the file\'s when history does not', () => {
    expect(confidenceTrend([at('2026-01-05', 0.5), at('2026-01-12')], 0.5)).toEqual({ values: [0.5], direction: 'steady' });
    // Edited by hand since the last check-in, or read without history.
    expect(confidenceTrend([at('2026-01-05', 0.5)], 0.8)).toEqual({ values: [0.5, 0.8], direction: 'up' });
    expect(confidenceTrend([], 0.8)).toEqual({ values: [0.8], direction: 'steady' });
  });

  it('is null when no confidence was ever given', () => {
    expect(confidenceTrend([at('2026-01-05')], null)).toBeNull();
  });
});

describe('latestNote', () => {
  const notes = [{ date: '2026-01-05', text: 'first' }, { date: '2026-01-19', text: 'second' }];

  it('is the last note written on or before the date', () => {
    expect(latestNote(notes, '2026-01-19')).toEqual({ date: '2026-01-19', text: 'second' });
    expect(latestNote(notes, '2026-01-18')).toEqual({ date: '2026-01-05', text: 'first' });
    expect(latestNote(notes, '2026-01-01')).toBeNull();
    expect(latestNote(undefined, '2026-01-01')).toBeNull();
  });
});

describe('scoring a cycle', () => {
  const cascade = cascadeOf(unitDoc('company', 'company', [objective('O1', [
    kr('KR1', { start: 0, target: 10, current: 5, confidence: 0.7 }),
    kr('KR2', { start: 0, target: 10, current: 2, score: 0.6, status: 'dropped' }),
  ])]));
  const scored = scoreCycle(cascade, makeConfig(), cycle, {
    asOf: '2026-02-01',
    timelines: new Map([['company/O1/KR1', [at('2026-01-10', 0.5), at('2026-01-20', 0.7)]]]),
    notes: new Map([['company/O1/KR1', [{ date: '2026-01-20', text: 'Two customers live.' }, { date: '2026-02-10', text: 'later' }]]]),
  });

  it('gives each key result its latest note and confidence trend as of the date', () => {
    expect(scored.keyResults.get('company/O1/KR1')).toMatchObject({
      latestNote: { date: '2026-01-20', text: 'Two customers live.' },
      confidenceTrend: { values: [0.5, 0.7], direction: 'up' },
    });
  });

  it('gives a dropped key result no grade: it counts in no mean', () => {
    expect(scored.keyResults.get('company/O1/KR2')).toMatchObject({ status: 'dropped', grade: null, score: 0.6, computed: 0.2, manual: 0.6 });
  });
});
