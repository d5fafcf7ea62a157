import { describe, expect, it } from 'vitest';
import { nextCycle } from '../../src/next/cycle.js';

const q3 = { id: '2026-Q3', start: '2026-07-01', end: '2026-09-30' };

describe('nextCycle', () => {
  it('starts the day after the last one ends, three months long, with derived dates', () => {
    expect(nextCycle(q3, { id: '2026-Q4' })).toEqual({
      id: '2026-Q4', start: '2026-10-01', end: '2026-12-31', postBy: '2026-10-14', midpoint: '2026-11-15', retroBy: '2027-01-09',
    });
  });

  it('takes --start and --end, alone or together', () => {
    expect(nextCycle(q3, { id: 'FY27-Q1', start: '2026-11-01' })).toMatchObject({ start: '2026-11-01', end: '2027-01-31' });
    expect(nextCycle(q3, { id: 'X', end: '2026-11-30' })).toMatchObject({ start: '2026-10-01', end: '2026-11-30', retroBy: '2026-12-09' });
    // A cycle shorter than two weeks is still posted before it ends.
    expect(nextCycle(q3, { id: 'sprint', end: '2026-10-07' })).toMatchObject({ postBy: '2026-10-07', midpoint: '2026-10-04' });
  });

  it('refuses bad ids and dates', () => {
    expect(() => nextCycle(q3, { id: '../q4' })).toThrow("--to '../q4' cannot be a folder name");
    expect(() => nextCycle(q3, { id: 'Q4', start: '2026-02-30' })).toThrow("--start expects a date as YYYY-MM-DD, not '2026-02-30'");
    expect(() => nextCycle(q3, { id: 'Q4', end: '2026-09-01' })).toThrow('the new cycle would end (2026-09-01) before it starts (2026-10-01)');
  });
});
