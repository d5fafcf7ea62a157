import { describe, expect, it } from 'vitest';
import { scoreCycle } from '../../src/score/score-cycle.js';
import { cascadeOf, cycle, kr, makeConfig, objective, unitDoc } from './helpers.js';

// Half-way through the 100-day cycle; both key results on pace (0.5 ≥ 0.35 − 0.10).
const AS_OF = '2026-02-20';
const cascade = cascadeOf(unitDoc('company', 'company', [
  objective('O1', [kr('KR1', { start: 0, target: 10, current: 5 }), kr('KR2', { start: 0, target: 10, current: 5 })]),
]));

describe('stale objectives and units', () => {
  it('are stale when every key result has gone quiet', () => {
    const timelines = new Map([
      ['company/O1/KR1', [{ date: '2026-02-01', value: 5 }]],
      ['company/O1/KR2', [{ date: '2026-02-02', value: 5 }]],
    ]);
    const scored = scoreCycle(cascade, makeConfig(), cycle, { asOf: AS_OF, timelines });
    expect(scored.objectives.get('company/O1')?.status).toBe('stale');
    expect(scored.units[0].status).toBe('stale');
  });

  it('stay on track while one key result is checked in', () => {
    const timelines = new Map([
      ['company/O1/KR1', [{ date: '2026-02-01', value: 5 }]],
      ['company/O1/KR2', [{ date: '2026-02-18', value: 5 }]],
    ]);
    const scored = scoreCycle(cascade, makeConfig(), cycle, { asOf: AS_OF, timelines });
    expect(scored.keyResults.get('company/O1/KR1')?.status).toBe('stale');
    expect(scored.objectives.get('company/O1')?.status).toBe('on_track');
    expect(scored.units[0].status).toBe('on_track');
  });
});
