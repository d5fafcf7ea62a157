// JSON output: the same data as JSON.stringify gives, read back by JSON.parse, and nothing in
// the text a terminal or a CI runner acts on.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/escape/json.js';
import { anyText, FC_PARAMS, HOSTILE } from './hostile.js';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]|##\[/;

function check(text: string): void {
  const value = { title: text, [text]: [text, 1, null] };
  const json = jsonText(value);
  expect(JSON.parse(json)).toEqual(value);
  expect(json).not.toMatch(UNSAFE);
  expect(json.split('\n').some((line) => /^\s*::/.test(line))).toBe(false);
}

describe('jsonText', () => {
  for (const { name, text } of HOSTILE) it(`reads back the same, shows nothing to act on: ${name}`, () => check(text));

  it('holds for any string (property)', () => {
    fc.assert(fc.property(anyText, (text) => check(text)), FC_PARAMS);
  });

  it('writes what JSON.stringify writes for ordinary data', () => {
    const value = { ref: 'platform/O1/KR1', title: 'Cut deploy time · Zoë 😀', score: 0.5 };
    expect(jsonText(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
