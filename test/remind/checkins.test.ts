// A confidence drop: the last check-in put confidence below 0.4, the one before did not.

import { describe, expect, it } from 'vitest';
import { confidenceDrop } from '../../src/remind/checkins.js';

const timeline = [
  { date: '2026-11-06', value: 10, confidence: 0.6 },
  { date: '2026-11-13', value: 12, confidence: 0.5 },
  { date: '2026-11-20', value: 12, confidence: 0.3 },
  { date: '2026-11-27', value: 14, confidence: 0.3 },
];

describe('confidenceDrop', () => {
  it('finds the check-in that fell into the low band', () => {
    expect(confidenceDrop(timeline, '2026-11-20')).toEqual({ from: 0.5, to: 0.3, date: '2026-11-20' });
    expect(confidenceDrop(timeline, '2026-11-26')).toEqual({ from: 0.5, to: 0.3, date: '2026-11-20' });
  });

  it('is not a drop before it happened, nor once a later check-in stayed low', () => {
    expect(confidenceDrop(timeline, '2026-11-19')).toBeUndefined();
    expect(confidenceDrop(timeline, '2026-11-27')).toBeUndefined();
  });

  it('needs a previous confidence at or above 0.4, in any order of the timeline', () => {
    expect(confidenceDrop([{ date: '2026-11-20', confidence: 0.3 }], '2026-12-01')).toBeUndefined();
    expect(confidenceDrop([{ date: '2026-11-20', confidence: 0.39 }, { date: '2026-11-13', confidence: 0.4 }], '2026-12-01')).toEqual({ from: 0.4, to: 0.39, date: '2026-11-20' });
    expect(confidenceDrop([{ date: '2026-11-13', value: 1 }, { date: '2026-11-20', value: 2, confidence: 0.2 }], '2026-12-01')).toBeUndefined();
  });
});
