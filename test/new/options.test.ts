import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { checkFlags, flagName, parseKind, splitList } from '../../src/new/options.js';

describe('okr new options', () => {
  it('takes unit, objective or kr', () => {
    expect(parseKind('kr')).toBe('kr');
    expect(() => parseKind('key-result')).toThrow(UsageError);
    expect(() => parseKind(undefined)).toThrow(/unit, objective or kr/);
  });

  it('refuses flags of another kind, but not empty repeatable ones', () => {
    expect(() => checkFlags('unit', { unit: 'x', level: 'team', alignsTo: [], milestone: [] })).not.toThrow();
    expect(() => checkFlags('unit', { unit: 'x', target: 10 })).toThrow("--target does not apply to 'okr new unit'");
    expect(() => checkFlags('objective', { alignsTo: ['a/O1'], milestone: ['x'], lead: 'bob' })).toThrow("--lead, --milestone do not apply to 'okr new objective'");
  });

  it('names flags as typed and splits lists of people', () => {
    expect(flagName('alignsTo')).toBe('--aligns-to');
    expect(splitList(' bob, carol,,')).toEqual(['bob', 'carol']);
    expect(splitList(undefined)).toBeUndefined();
  });
});
