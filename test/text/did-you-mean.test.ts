import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, withDidYouMean } from '../../src/text/did-you-mean.js';

describe('editDistance', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('plaftorm', 'platform')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('didYouMean', () => {
  it('suggests the closest candidate', () => {
    expect(didYouMean('enginering', ['company', 'engineering', 'platform'])).toBe('engineering');
    expect(didYouMean('keyResult', ['keyResults', 'title'])).toBe('keyResults');
  });
  it('prefers a case slip', () => {
    expect(didYouMean('engineering/o2', ['engineering/O1', 'engineering/O2'])).toBe('engineering/O2');
  });
  it('stays silent when nothing is close', () => {
    expect(didYouMean('marketing', ['company', 'platform'])).toBeUndefined();
    expect(didYouMean('ab', ['cd'])).toBeUndefined();
    expect(didYouMean('fay', ['dan'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });
  it('ends a sentence with the suggestion or a full stop', () => {
    expect(withDidYouMean('Unknown', 'bobb', ['bob'])).toBe("Unknown; did you mean 'bob'?");
    expect(withDidYouMean('Unknown', 'zed', ['bob'])).toBe('Unknown.');
  });
});
