// When each step applies: before, inside and after its window.

import { describe, expect, it } from 'vitest';
import type { CycleDoc } from '../../src/model.js';
import { addDays, checkinsWindow, learningsWindow, midcycleWindow, midpointOf, postWindow } from '../../src/remind/windows.js';

const Q4: CycleDoc = { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31', postBy: '2026-10-14', midpoint: '2026-11-15', retroBy: '2027-01-09' };
const BARE: CycleDoc = { id: 'bare', start: '2026-10-01', end: '2026-12-31' };

describe('step windows', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-11-15', -7)).toBe('2026-11-08');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it.each([
    ['2026-10-14', false], // on postBy itself units may still post
    ['2026-10-15', true],
    ['2026-12-31', true],
    ['2027-01-01', false], // after the cycle, learnings take over
  ])('step 1 as of %s: %s', (asOf, active) => {
    expect(postWindow(Q4, asOf)).toMatchObject({ active, from: '2026-10-15', to: '2026-12-31', due: '2026-10-14' });
  });

  it('has no step 1 without postBy', () => {
    expect(postWindow(BARE, '2026-11-01')).toMatchObject({ active: false, note: 'no postBy date in the config' });
  });

  it.each([
    ['2026-11-07', false],
    ['2026-11-08', true],
    ['2026-11-22', true],
    ['2026-11-23', false],
  ])('step 2 as of %s: %s', (asOf, active) => {
    expect(midcycleWindow(Q4, asOf)).toMatchObject({ active, from: '2026-11-08', to: '2026-11-22', due: '2026-11-15' });
  });

  it('takes the half-way day without a midpoint, and keeps the window inside the cycle', () => {
    expect(midpointOf(BARE)).toBe('2026-11-15');
    expect(midcycleWindow(BARE, '2026-11-15')).toMatchObject({ active: true, due: '2026-11-15' });
    const short: CycleDoc = { id: 's', start: '2026-10-01', end: '2026-10-10', midpoint: '2026-10-05' };
    expect(midcycleWindow(short, '2026-10-01')).toMatchObject({ from: '2026-10-01', to: '2026-10-10', active: true });
  });

  it.each([
    ['2026-09-30', false],
    ['2026-10-01', true],
    ['2026-12-31', true],
    ['2027-01-01', false],
  ])('check-ins as of %s: %s', (asOf, active) => {
    expect(checkinsWindow(Q4, asOf, 7).active).toBe(active);
  });

  it.each([
    ['2026-12-31', false],
    ['2027-01-01', true],
    ['2027-03-01', true], // past retroBy, still owed
  ])('step 3 as of %s: %s', (asOf, active) => {
    expect(learningsWindow(Q4, asOf)).toMatchObject({ active, from: '2027-01-01', due: '2027-01-09' });
  });
});
