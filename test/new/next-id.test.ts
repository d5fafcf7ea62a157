import { describe, expect, it } from 'vitest';
import { nextId } from '../../src/new/next-id.js';

describe('nextId', () => {
  it('is one past the highest number with the prefix, so removed ids are not reused', () => {
    expect(nextId('O', [])).toBe('O1');
    expect(nextId('O', ['O1', 'O2', 'O5'])).toBe('O6');
    expect(nextId('KR', ['KR1', 'KR10', 'KR2'])).toBe('KR11');
  });

  it('ignores ids of another shape', () => {
    expect(nextId('O', ['growth', 'O1a', 'KR7'])).toBe('O1');
  });
});
