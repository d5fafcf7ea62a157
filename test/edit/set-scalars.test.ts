// setScalars, case by case: the exact bytes written for each kind of value and place, and
// the edits it refuses.

import { describe, expect, it } from 'vitest';
import { EditError, setScalars, type ScalarValue } from '../../src/edit/index.js';
import type { DocPath } from '../../src/model.js';
import { dataOf, withValue } from './corpus.js';

const set = (text: string, path: DocPath, value: ScalarValue) => setScalars(text, [{ path, value }]);

describe('replacing a value', () => {
  it.each<[string, string, DocPath, ScalarValue, string]>([
    ['a number, keeping the spaces and comment after it', 'current: 22    # comment\n', ['current'], 18, 'current: 18    # comment\n'],
    ['a number written oddly, in its shortest form', 'confidence: .6\n', ['confidence'], 0.7, 'confidence: 0.7\n'],
    ['an exponent', 'current: 1e3 # k\n', ['current'], 1250, 'current: 1250 # k\n'],
    ['a negative zero, as a float so that both readers keep its sign', 'current: 1\n', ['current'], -0, 'current: -0.0\n'],
    ['a boolean', 'done: false\n', ['done'], true, 'done: true\n'],
    ['a value in a flow map', 'kr: { id: KR1, current: 3 }\n', ['kr', 'current'], 4, 'kr: { id: KR1, current: 4 }\n'],
    ['null', 'score: 0.3\n', ['score'], null, 'score: null\n'],
    ['a quoted number, with a number', 'current: "22"\n', ['current'], 18, 'current: 18\n'],
  ])('%s', (_, text, path, value, expected) => {
    const result = set(text, path, value);
    expect(result).toBe(expected);
    expect(dataOf(result)).toEqual(withValue(dataOf(text), path, value));
  });

  it.each([
    ['plain stays plain', "title: Old title # c\n", 'New title', 'title: New title # c\n'],
    ['plain is quoted when plain would read differently', 'title: x\n', 'a: b', 'title: "a: b"\n'],
    ['a word that would read as a boolean is quoted', 'title: x\n', 'true', 'title: "true"\n'],
    ['a number-like string is quoted', 'title: x\n', '12', 'title: "12"\n'],
    ['a comment-like string is quoted', 'title: x\n', 'a #b', 'title: "a #b"\n'],
    ['a string the core schema reads as a number is quoted', 'title: x\n', '+.5', 'title: "+.5"\n'],
    ['a YAML 1.1 number that is a string in YAML 1.2 stays plain', 'title: x\n', '0b101', 'title: 0b101\n'],
    ['single quotes stay single', "title: 'Old'\n", "It's new", "title: 'It''s new'\n"],
    ['double quotes stay double', 'title: "Old"\n', 'Say "hi"', 'title: "Say \\"hi\\""\n'],
    ['a line break needs double quotes', "title: 'Old'\n", 'two\nlines', 'title: "two\\nlines"\n'],
    ['a string in a flow map, with a comma', 'm: { title: Old }\n', 'a, b', 'm: { title: "a, b" }\n'],
  ])('%s', (_, text, value, expected) => {
    const path = text.startsWith('m:') ? ['m', 'title'] : ['title'];
    const result = set(text, path, value);
    expect(result).toBe(expected);
    expect(dataOf(result)).toEqual(withValue(dataOf(text), path, value));
  });

  it('keeps a literal block scalar a literal block scalar', () => {
    const text = 'a:\n  title: |\n    Old\n    title\n  b: 1\n';
    expect(set(text, ['a', 'title'], 'New\ntitle\n')).toBe('a:\n  title: |\n    New\n    title\n  b: 1\n');
    expect(set(text, ['a', 'title'], 'No break')).toBe('a:\n  title: |-\n    No break\n  b: 1\n');
  });

  it('keeps a folded block scalar folded, a line break written as a blank line', () => {
    const text = 'title: >-  # why\n  Old title\n  over lines\nb: 1\n';
    expect(set(text, ['title'], 'one\ntwo')).toBe('title: >-  # why\n  one\n\n  two\nb: 1\n');
  });

  it('fills a block scalar with an empty body one step deeper than its key', () => {
    expect(set('a:\n  title: |\n  b: 1\n', ['a', 'title'], 'x')).toBe('a:\n  title: |-\n    x\n  b: 1\n');
  });

  it('writes a number over a block scalar in its place, keeping the line after it', () => {
    expect(set('a: |\n  x\nb: 1\n', ['a'], 5)).toBe('a: 5\nb: 1\n');
  });

  it('fills a key that has no value, after its colon and before a comment', () => {
    expect(set('current:\nb: 1\n', ['current'], 5)).toBe('current: 5\nb: 1\n');
    expect(set('current:   # none yet\n', ['current'], 5)).toBe('current:   5 # none yet\n');
  });

  it('sets an item of a list by index', () => {
    expect(set('members: [bob, carol] # two\n', ['members', 1], 'dana')).toBe('members: [bob, dana] # two\n');
  });

  it('applies several edits in order', () => {
    const text = 'kr:\n  current: 1 # a\n  confidence: 0.5\n';
    expect(setScalars(text, [
      { path: ['kr', 'current'], value: 2 },
      { path: ['kr', 'confidence'], value: 0.6 },
      { path: ['kr', 'score'], value: 0.4 },
    ])).toBe('kr:\n  current: 2 # a\n  confidence: 0.6\n  score: 0.4\n');
  });
});

describe('adding a missing key', () => {
  const kr = [
    'objectives:',
    '  - id: O1',
    '    keyResults:',
    '      - id: KR1',
    '        target: 10 # goal',
    '          # a deeper comment, which closes KR1',
    '        # at the keys\' column: it introduces what follows',
    '',
    '      # introduces KR2',
    '      - id: KR2',
    '',
  ].join('\n');

  it('adds a line at the siblings\' column after the last entry and the comments deeper than it', () => {
    const result = set(kr, ['objectives', 0, 'keyResults', 0, 'current'], 4);
    expect(result).toBe(kr.replace('which closes KR1\n', 'which closes KR1\n        current: 4\n'));
  });

  it('adds the key after a nested list that ends the map', () => {
    const text = 'kr:\n  id: KR1\n  milestones:\n    - title: a\n      done: false\n# end\n';
    expect(set(text, ['kr', 'confidence'], 0.5)).toBe('kr:\n  id: KR1\n  milestones:\n    - title: a\n      done: false\n  confidence: 0.5\n# end\n');
  });

  it('adds `, key: value` before the `}` of a flow map', () => {
    expect(set('- { id: KR1, current: 3 }   # note\n', [0, 'confidence'], 0.6)).toBe('- { id: KR1, current: 3, confidence: 0.6 }   # note\n');
    expect(set('m: {}\n', ['m', 'a'], 1)).toBe('m: { a: 1 }\n');
  });

  it('ends the new line with CRLF in a CRLF file', () => {
    expect(set('kr:\r\n  id: KR1\r\nx: 1\r\n', ['kr', 'current'], 3)).toBe('kr:\r\n  id: KR1\r\n  current: 3\r\nx: 1\r\n');
  });

  it('keeps a file without a final line break without one', () => {
    expect(set('kr:\n  id: KR1', ['kr', 'current'], 3)).toBe('kr:\n  id: KR1\n  current: 3');
    expect(set('kr:\r\n  id: KR1 # last', ['kr', 'current'], 3)).toBe('kr:\r\n  id: KR1 # last\r\n  current: 3');
  });

  it('keeps a byte order mark, which is not indentation', () => {
    expect(set('\uFEFFcycle: 2026-Q4\nunit: x\n', ['status'], 'draft')).toBe('\uFEFFcycle: 2026-Q4\nunit: x\nstatus: draft\n');
    expect(set('\uFEFFa: 1\n', ['a'], 2)).toBe('\uFEFFa: 2\n');
  });

  it('quotes a key that needs it', () => {
    expect(set('m:\n  a: 1\n', ['m', 'b: c'], 2)).toBe('m:\n  a: 1\n  "b: c": 2\n');
  });
});

describe('refusing an edit', () => {
  const text = 'objectives:\n  - id: O1\n    keyResults:\n      - id: KR1\n        current: 3\n';

  it.each<[string, DocPath, unknown, RegExp]>([
    ['an index below a missing key, since lists are never created', ['objectives', 0, 'nope', 0, 'current'], 1, /objectives\[0\]\.nope\[0\] is an index into a list that does not exist/],
    ['an index out of range', ['objectives', 0, 'keyResults', 3, 'current'], 1, /keyResults\[3\] is out of range: the list has 1 item/],
    ['a key on a list', ['objectives', 'first', 'title'], 1, /is a list; 'first' is not an index/],
    ['a path through a scalar', ['objectives', 0, 'id', 'x'], 1, /objectives\[0\]\.id is not a map or a list/],
    ['a list replaced by a scalar', ['objectives', 0, 'keyResults'], 1, /is a list, not a single value/],
    ['an empty path', [], 1, /whole document/],
    ['NaN', ['objectives', 0, 'keyResults', 0, 'current'], NaN, /only finite numbers/],
    ['Infinity', ['objectives', 0, 'keyResults', 0, 'current'], Infinity, /only finite numbers/],
    ['an object', ['objectives', 0, 'keyResults', 0, 'current'], { a: 1 }, /only strings, numbers, booleans and null/],
    ['undefined', ['objectives', 0, 'keyResults', 0, 'current'], undefined, /only strings, numbers, booleans and null/],
  ])('%s', (_, path, value, message) => {
    expect(() => set(text, path, value as ScalarValue)).toThrow(EditError);
    expect(() => set(text, path, value as ScalarValue)).toThrow(message);
  });

  it('refuses a whole batch when one edit fails, so no half-edited text comes out', () => {
    expect(() => setScalars(text, [
      { path: ['objectives', 0, 'keyResults', 0, 'current'], value: 4 },
      { path: ['objectives', 2, 'title'], value: 'x' },
    ])).toThrow(EditError);
  });

  it('refuses a value that would not read back as written (a tag forces a string)', () => {
    expect(() => set('current: !!str 3\n', ['current'], 4)).toThrow(/cannot write 4 at current without changing how the rest of the file reads/);
  });

  it('refuses an anchored value that an alias repeats, since both would change', () => {
    expect(() => set('a: &n 3\nb: *n\n', ['a'], 4)).toThrow(EditError);
    expect(() => set('a: &n 3\nb: *n\n', ['b'], 4)).toThrow(/alias/);
  });

  it('refuses text that is not one valid YAML document', () => {
    expect(() => set('a: [1\n', ['a'], 1)).toThrow(/not valid YAML/);
    expect(() => set('a: 1\na: 2\n', ['a'], 1)).toThrow(EditError);
  });
});
