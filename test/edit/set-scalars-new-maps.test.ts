// setScalars creating the maps missing on a path (`retro.learnings` in a file without
// `retro:`): the exact bytes written in each style, and the paths it still refuses.

import { describe, expect, it } from 'vitest';
import { EditError, setScalars, type ScalarValue } from '../../src/edit/index.js';
import type { DocPath } from '../../src/model.js';
import { dataOf, withValue } from './corpus.js';

/** Sets one value, and checks that the result reads as the original with that value set. */
function set(text: string, path: DocPath, value: ScalarValue): string {
  const result = setScalars(text, [{ path, value }]);
  expect(dataOf(result)).toEqual(withValue(dataOf(text), path, value));
  return result;
}

const LEARNINGS: DocPath = ['retro', 'learnings'];

describe('a missing map in a block map', () => {
  const unit = [
    'cycle: 2026-Q3',
    'objectives:',
    '  - id: O1',
    '    keyResults:',
    '      - id: KR1',
    '        current: 3',
    '        # closes KR1',
    '# Introduces what follows.',
    '',
  ].join('\n');

  it('adds `key:` after the last top-level entry and the deeper comments, the new key one step in', () => {
    expect(set(unit, LEARNINGS, 'Measure each stage')).toBe(unit.replace('# closes KR1\n', '# closes KR1\nretro:\n  learnings: Measure each stage\n'));
  });

  it('indents by the file\'s step', () => {
    const text = 'cycle: 2026-Q3\nobjectives:\n    -   id: O1\n        keyResults:\n            -   id: KR1\n';
    expect(set(text, LEARNINGS, 'x')).toBe(`${text}retro:\n    learnings: x\n`);
  });

  it('creates two levels, each one step deeper, below a map inside a list', () => {
    const text = 'objectives:\n  - id: O1\n    title: t\nlast: 1\n';
    expect(set(text, ['objectives', 0, 'notes', 'draft', 'text'], 'y')).toBe('objectives:\n  - id: O1\n    title: t\n    notes:\n      draft:\n        text: y\nlast: 1\n');
  });

  it('quotes keys and the value where plain would read differently', () => {
    expect(set('m:\n  a: 1\n', ['m', 'a: b', 'c: d'], 'true')).toBe('m:\n  a: 1\n  "a: b":\n    "c: d": "true"\n');
  });

  it('writes CRLF lines in a CRLF file', () => {
    expect(set('cycle: 2026-Q3\r\nunit: web\r\n', LEARNINGS, 'x')).toBe('cycle: 2026-Q3\r\nunit: web\r\nretro:\r\n  learnings: x\r\n');
  });

  it('keeps a byte order mark, and a missing final line break missing', () => {
    expect(set('\uFEFFcycle: 2026-Q3\nunit: web', LEARNINGS, 'x')).toBe('\uFEFFcycle: 2026-Q3\nunit: web\nretro:\n  learnings: x');
    expect(set('cycle: 2026-Q3\r\nunit: web # last', LEARNINGS, 'x')).toBe('cycle: 2026-Q3\r\nunit: web # last\r\nretro:\r\n  learnings: x');
  });

  it('creates a `__proto__` map as data, as both YAML readers read it', () => {
    // Checked by setScalars itself: the expected data must hold an own `__proto__` key.
    expect(setScalars('a: 1\n', [{ path: ['__proto__', 'x'], value: 1 }])).toBe('a: 1\n__proto__:\n  x: 1\n');
  });

  it('adds to a map it has just created, in a later edit of the same batch', () => {
    expect(setScalars('unit: web\n', [
      { path: LEARNINGS, value: 'x' },
      { path: ['retro', 'summary'], value: 'y' },
    ])).toBe('unit: web\nretro:\n  learnings: x\n  summary: y\n');
  });
});

describe('a missing map in a flow map', () => {
  it('adds `, key: { ... }` before the `}`', () => {
    expect(set('{ cycle: 2026-Q3, unit: web }  # all on one line\n', LEARNINGS, 'a, b')).toBe('{ cycle: 2026-Q3, unit: web, retro: { learnings: "a, b" } }  # all on one line\n');
  });

  it('nests two levels, also in an empty flow map', () => {
    expect(set('m: {}\n', ['m', 'a', 'b'], 1)).toBe('m: { a: { b: 1 } }\n');
  });

  it('quotes the new keys when one would break the flow map plain', () => {
    expect(set('m: { a: 1 }\n', ['m', 'x', 'b,c'], 2)).toBe('m: { a: 1, x: { "b,c": 2 } }\n');
  });

  it('writes flow maps inside a flow map that sits in a block map', () => {
    expect(set('kr: { id: KR1 }\n', ['kr', 'notes', 'text'], 'z')).toBe('kr: { id: KR1, notes: { text: z } }\n');
  });
});

describe('a key with no value on the way', () => {
  it('gets the map on the lines below it in a block map, its comment kept', () => {
    expect(set('unit: web\nretro:\nnext: 1\n', LEARNINGS, 'x')).toBe('unit: web\nretro:\n  learnings: x\nnext: 1\n');
    expect(set('unit: web\nretro:   # later\n', LEARNINGS, 'x')).toBe('unit: web\nretro:   # later\n  learnings: x\n');
    expect(set('unit: web\r\nretro:', LEARNINGS, 'x')).toBe('unit: web\r\nretro:\r\n  learnings: x');
  });

  it('gets `{ ... }` after its colon in a flow map', () => {
    expect(set('m: { retro: , x: 1 }\n', ['m', 'retro', 'learnings'], 'x')).toBe('m: { retro: { learnings: x }, x: 1 }\n');
  });
});

describe('refusing', () => {
  it.each<[string, string, DocPath, RegExp]>([
    ['an index into a missing list', 'unit: web\n', ['retro', 0, 'learnings'], /retro\[0\] is an index into a list that does not exist; only missing maps are created, never lists/],
    ['an index deeper below a missing key', 'unit: web\n', ['retro', 'notes', 2], /retro\.notes\[2\] is an index into a list that does not exist/],
    ['an index past the end of a list that exists', 'l: [a]\n', ['l', 1, 'title'], /l\[1\] is out of range: the list has 1 item/],
    ['a step through an explicit null', 'retro: ~\n', LEARNINGS, /retro is not a map or a list/],
    ['a step through a scalar', 'retro: none\n', LEARNINGS, /retro is not a map or a list/],
    ['a step through an alias', 'a: &r { x: 1 }\nretro: *r\n', LEARNINGS, /retro is an alias/],
  ])('%s', (_, text, path, message) => {
    expect(() => setScalars(text, [{ path, value: 'x' }])).toThrow(EditError);
    expect(() => setScalars(text, [{ path, value: 'x' }])).toThrow(message);
  });
});
