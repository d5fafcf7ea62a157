import { describe, expect, it } from 'vitest';
import { retroCycle } from '../../src/retro/select-cycle.js';
import { makeConfig } from '../score/helpers.js';

const q3 = { id: '2026-Q3', start: '2026-07-01', end: '2026-09-30', retroBy: '2026-10-09' };
const q4 = { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31', retroBy: '2027-01-09' };
const config = makeConfig({ cycles: [q3, q4] });

describe('retroCycle', () => {
  it('looks back on the cycle whose learnings are being collected, between its end and retroBy', () => {
    expect(retroCycle(config, undefined, '2026-10-05')).toEqual({ cycle: q3, inRetroWindow: true });
    expect(retroCycle(config, undefined, '2026-10-09').cycle.id).toBe('2026-Q3');
  });

  it('else takes the cycle containing the date, or the one named', () => {
    expect(retroCycle(config, undefined, '2026-10-10')).toEqual({ cycle: q4, inRetroWindow: false });
    expect(retroCycle(config, undefined, '2026-09-30').cycle.id).toBe('2026-Q3');
    expect(retroCycle(config, '2026-Q4', '2026-10-05')).toEqual({ cycle: q4, inRetroWindow: false });
    expect(() => retroCycle(config, '2026-Q5', '2026-10-05')).toThrow("unknown cycle '2026-Q5'");
  });
});
