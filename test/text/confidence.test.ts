// How a confidence may be written (SPEC 9): 0.7 or 70%, nothing else.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConfidence } from '../../src/text/confidence.js';

describe('readConfidence', () => {
  it.each<[string, number]>([['0.7', 0.7], ['.7', 0.7], ['1', 1], ['0', 0], ['70%', 0.7], ['12.5%', 0.125], ['0%', 0], ['100%', 1], [' 33% ', 0.33]])('reads %j', (text, value) => {
    expect(readConfidence(text)).toEqual({ value });
  });

  it.each<[string, string]>([
    ['70 %', "'70 %' is not a confidence: write the % right after the number, like 70%"],
    ['70', '70 is more than 1: a confidence is a number from 0 to 1, or a percentage like 70% (did you mean 70%?)'],
    ['1.5', '1.5 is more than 1: a confidence is a number from 0 to 1, or a percentage like 70%'],
    ['101%', '101% is more than 100%'],
    ['-1', "'-1' is not a confidence: it cannot be negative"],
    ['', "'' is not a confidence: write a number from 0 to 1, or a percentage like 70%"],
    ['7e-1', "'7e-1' is not a confidence"],
    ['%', "'%' is not a confidence"],
  ])('refuses %j', (text, error) => {
    const read = readConfidence(text);
    expect('error' in read && read.error).toContain(error);
  });

  it('reads every whole percentage as that fraction, and every fraction as itself', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), (n) => {
      expect(readConfidence(`${n}%`)).toEqual({ value: n / 100 });
    }));
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
      const text = String(x);
      fc.pre(!text.includes('e'));
      expect(readConfidence(text)).toEqual({ value: x });
    }));
  });
});
