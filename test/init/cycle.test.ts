import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { deriveCycle, quarterOf, threeMonthsFrom } from '../../src/init/cycle.js';

describe('the first cycle of okr init', () => {
  it('is the quarter containing today, with the dates of SPEC 2.1', () => {
    expect(deriveCycle({ asOf: '2026-11-23' })).toEqual({
      id: '2026-Q4', start: '2026-10-01', end: '2026-12-31', postBy: '2026-10-14', midpoint: '2026-11-15', retroBy: '2027-01-09',
    });
  });

  it.each([
    ['2026-01-01', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-03-31', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['2024-02-29', '2024-Q1', '2024-01-01', '2024-03-31'],
    ['2026-04-01', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-09-30', '2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-12-31', '2026-Q4', '2026-10-01', '2026-12-31'],
  ])('puts %s in %s', (date, id, start, end) => {
    expect(quarterOf(date)).toEqual({ id, start, end });
    expect(deriveCycle({ asOf: date })).toMatchObject({ id, start, end });
  });

  it('derives postBy, midpoint and retroBy from any dates', () => {
    // A short first quarter (90 days): the midpoint is 44 days in.
    expect(deriveCycle({ asOf: '2026-02-10' })).toMatchObject({ postBy: '2026-01-14', midpoint: '2026-02-14', retroBy: '2026-04-09' });
    // Over a year's end.
    expect(deriveCycle({ asOf: '2026-01-01', start: '2026-11-01', end: '2027-01-31' }))
      .toMatchObject({ id: '2026-Q4', postBy: '2026-11-14', midpoint: '2026-12-16', retroBy: '2027-02-09' });
  });

  it('takes --start, --end and --cycle over the quarter', () => {
    expect(deriveCycle({ asOf: '2026-05-05', start: '2026-11-01', end: '2027-01-31', id: 'FY27-Q1' }))
      .toMatchObject({ id: 'FY27-Q1', start: '2026-11-01', end: '2027-01-31' });
    expect(deriveCycle({ asOf: '2026-05-05', id: 'H1' })).toMatchObject({ id: 'H1', start: '2026-04-01', end: '2026-06-30' });
  });

  it('makes a cycle from --start alone three months long, named by the quarter it starts in', () => {
    expect(deriveCycle({ asOf: '2026-05-05', start: '2026-02-01' })).toMatchObject({ id: '2026-Q1', start: '2026-02-01', end: '2026-04-30' });
    expect(threeMonthsFrom('2026-10-01')).toBe('2026-12-31');
    expect(threeMonthsFrom('2026-11-15')).toBe('2027-02-14');
    // No 30 February: the cycle ends on the last day of that month.
    expect(threeMonthsFrom('2026-11-30')).toBe('2027-02-28');
    expect(threeMonthsFrom('2027-01-31')).toBe('2027-04-30');
  });

  it.each([
    [{ end: '2026-12-31' }, '--end needs --start'],
    [{ start: '2026-02-30' }, "--start expects a date as YYYY-MM-DD, not '2026-02-30'"],
    [{ start: '2026-10-01', end: '31.12.2026' }, '--end expects a date'],
    [{ start: '2026-10-01', end: '2026-10-01' }, 'must come after --start'],
    [{ start: '2026-10-01', end: '2026-09-01' }, 'must come after --start'],
    [{ id: 'Q4/2026' }, 'cannot be a folder name'],
  ])('refuses %j', (flags, message) => {
    expect(() => deriveCycle({ asOf: '2026-11-23', ...flags })).toThrow(UsageError);
    expect(() => deriveCycle({ asOf: '2026-11-23', ...flags })).toThrow(message);
  });
});
