import { describe, expect, it } from 'vitest';
import * as checks from '../../src/new/checks.js';

describe('answer checks', () => {
  it('unit ids are slugs not yet taken', () => {
    const taken = new Map([['platform', 'okrs/2026-Q4/platform.yaml']]);
    expect(checks.unitId('mobile', taken)).toEqual({});
    expect(checks.unitId('Mobile', taken).error).toMatch(/lowercase slug/);
    expect(checks.unitId('', taken).error).toBe('enter the unit id');
    expect(checks.unitId('platform', taken).error).toBe("unit 'platform' already exists (okrs/2026-Q4/platform.yaml)");
  });

  it('item ids have the schema\'s shape and are unique among siblings', () => {
    expect(checks.itemId('O3', ['O1', 'O2'])).toEqual({});
    expect(checks.itemId('3', []).error).toMatch(/starts with a letter/);
    expect(checks.itemId('O2', ['O1', 'O2']).error).toBe("'O2' is already taken (O1, O2 exist)");
  });

  it('an objective title is required, and a number or a long title is a hint, not an error', () => {
    expect(checks.objectiveTitle('', 18).error).toBe('enter a title');
    expect(checks.objectiveTitle('Make deploys boring', 18)).toEqual({});
    expect(checks.objectiveTitle('Win the 2026 season', 18)).toEqual({});
    const number = checks.objectiveTitle('Cut deploys to 10 minutes', 18);
    expect(number.error).toBeUndefined();
    expect(number.hint).toMatch(/'10' is a number/);
    expect(checks.objectiveTitle('one two three four', 3).hint).toMatch(/4 words, more than 3/);
    // The rule switched off: no hint at all.
    expect(checks.objectiveTitle('Cut deploys to 10 minutes', undefined)).toEqual({});
  });

  it('numbers: required or optional, then the levels of a metric in order', () => {
    expect(checks.number('', false).error).toBe('enter a number');
    expect(checks.number('', true)).toEqual({});
    expect(checks.number('4O', true).error).toBe("'4O' is not a number");
    expect(checks.number(' 40 ', false)).toEqual({});
    expect(checks.target(40, 40).error).toMatch(/differ from the start/);
    expect(checks.target(10, 40)).toEqual({});
    // A falling metric: commit lies between, stretch lies below the target.
    expect(checks.commit(30, 40, 10)).toEqual({});
    expect(checks.commit(5, 40, 10).error).toBe('commit must lie between start 40 and target 10');
    expect(checks.commit(40, 40, 10).error).toBeDefined();
    expect(checks.stretch(8, 40, 10)).toEqual({});
    expect(checks.stretch(12, 40, 10).error).toBe('stretch must lie beyond target 10 (below it)');
    expect(checks.stretch(12, 0, 10)).toEqual({});
    expect(checks.stretch(8, 0, 10).error).toMatch(/above it/);
  });

  it('a band and a confidence', () => {
    expect(checks.bandMax(5, 10).error).toBe('max must not be below min 10');
    expect(checks.bandMax(10, 10)).toEqual({});
    expect(checks.bandMax(1, undefined)).toEqual({});
    expect(checks.confidence(0.6)).toEqual({});
    expect(checks.confidence(1.5).error).toMatch(/from 0 to 1/);
  });
});
