// appendToSequence, case by case: the exact lines written for each style of list, and the
// appends it refuses.

import { describe, expect, it } from 'vitest';
import { appendToSequence, EditError } from '../../src/edit/index.js';
import type { DocPath } from '../../src/model.js';
import { dataOf, withItem } from './corpus.js';

const KR = { id: 'KR2', title: 'New KR', milestones: [{ title: 'a', done: false }] };

function append(text: string, path: DocPath, item: unknown): string {
  const result = appendToSequence(text, path, item);
  expect(dataOf(result)).toEqual(withItem(dataOf(text), path, item));
  return result;
}

describe('a block list', () => {
  it('gets `- ` lines at its items\' column, after the last item and the comments deeper than it', () => {
    const text = 'objectives:\n  - id: O1\n    keyResults:\n      - id: KR1\n        title: x\n          # about KR1\n      # about what follows\nnext: 1\n';
    expect(append(text, ['objectives', 0, 'keyResults'], KR)).toBe(text.replace('# about KR1\n', '# about KR1\n      - id: KR2\n        title: New KR\n        milestones:\n          - title: a\n            done: false\n'));
  });

  it('follows four-space steps and `-   ` items', () => {
    const text = 'objectives:\n    -   id: O1\n        keyResults:\n            -   id: KR1\n                milestones:\n                    -   title: x\n';
    expect(append(text, ['objectives', 0, 'keyResults'], KR)).toBe(`${text}            -   id: KR2\n                title: New KR\n                milestones:\n                    -   title: a\n                        done: false\n`);
  });

  it('follows lists written flush with their key', () => {
    const text = 'objectives:\n- id: O1\n  keyResults:\n  - id: KR1\n';
    expect(append(text, ['objectives'], { id: 'O2', keyResults: [{ id: 'KR1' }] })).toBe(`${text}- id: O2\n  keyResults:\n  - id: KR1\n`);
  });

  it('writes CRLF lines in a CRLF file, and keeps a missing final line break missing', () => {
    expect(append('members:\r\n  - bob\r\n', ['members'], 'carol')).toBe('members:\r\n  - bob\r\n  - carol\r\n');
    expect(append('members:\r\n  - bob', ['members'], 'carol')).toBe('members:\r\n  - bob\r\n  - carol');
  });

  it('quotes what needs quoting', () => {
    expect(append('l:\n  - a\n', ['l'], { title: 'x: y', n: '12', list: [] })).toBe('l:\n  - a\n  - title: "x: y"\n    n: "12"\n    list: []\n');
  });
});

describe('a flow list', () => {
  it('gets `, item` before its `]`', () => {
    expect(append('members: [bob, carol] # team\n', ['members'], 'dana')).toBe('members: [bob, carol, dana] # team\n');
    expect(append('krs: [{ id: KR1 }]\n', ['krs'], { id: 'KR2', done: false })).toBe('krs: [{ id: KR1 }, { id: KR2, done: false }]\n');
  });

  it('written one item per line, gets a line of its own', () => {
    const text = 'krs: [\n  { id: KR1 },\n  { id: KR2 }  # last\n]\n';
    expect(append(text, ['krs'], { id: 'KR3' })).toBe('krs: [\n  { id: KR1 },\n  { id: KR2 },  # last\n  { id: KR3 }\n]\n');
  });

  it('when empty, takes a scalar inside its brackets', () => {
    expect(append('members: []\n', ['members'], 'bob')).toBe('members: [bob]\n');
  });

  it('when empty and given a map, becomes a block list under its key (its comment stays)', () => {
    const text = 'objectives:\n  - id: O1\n    keyResults: []   # none yet\n    weight: 2\n';
    expect(append(text, ['objectives', 0, 'keyResults'], { id: 'KR1', title: 'x' })).toBe('objectives:\n  - id: O1\n    keyResults:   # none yet\n      - id: KR1\n        title: x\n    weight: 2\n');
  });

  it('when empty on a line of its own, stays flow', () => {
    expect(append('o:\n  keyResults:\n    []\n', ['o', 'keyResults'], { id: 'KR1' })).toBe('o:\n  keyResults:\n    [{ id: KR1 }]\n');
  });

  it('when empty inside a flow map, stays flow', () => {
    expect(append('o: { id: O1, keyResults: [] }\n', ['o', 'keyResults'], { id: 'KR1' })).toBe('o: { id: O1, keyResults: [{ id: KR1 }] }\n');
  });
});

describe('a missing list', () => {
  it('is created under its key in a block map', () => {
    expect(append('objectives:\n  - id: O1\n    title: x # t\n  - id: O2\n', ['objectives', 0, 'keyResults'], { id: 'KR1' }))
      .toBe('objectives:\n  - id: O1\n    title: x # t\n    keyResults:\n      - id: KR1\n  - id: O2\n');
  });

  it('is created flush with its key when the file writes lists that way', () => {
    expect(append('members:\n- bob\nobjectives:\n- id: O1\n', ['objectives', 0, 'keyResults'], { id: 'KR1' }))
      .toBe('members:\n- bob\nobjectives:\n- id: O1\n  keyResults:\n  - id: KR1\n');
  });

  it('fills a key that has no value', () => {
    expect(append('o:\n  keyResults:\n  weight: 1\n', ['o', 'keyResults'], { id: 'KR1' })).toBe('o:\n  keyResults:\n    - id: KR1\n  weight: 1\n');
  });

  it('fills a key that has no value in a flow map', () => {
    expect(append('o: { keyResults: , id: O1 }\n', ['o', 'keyResults'], { id: 'KR1' })).toBe('o: { keyResults: [{ id: KR1 }], id: O1 }\n');
  });

  it('is created as `key: [item]` in a flow map', () => {
    expect(append('- { id: O1, title: x }\n', [0, 'keyResults'], { id: 'KR1' })).toBe('- { id: O1, title: x, keyResults: [{ id: KR1 }] }\n');
  });
});

describe('refusing an append', () => {
  const text = 'objectives:\n  - id: O1\n    keyResults: []\n';

  it.each<[string, DocPath, unknown, RegExp]>([
    ['a missing parent', ['objectives', 0, 'nope', 'keyResults'], {}, /objectives\[0\]\.nope does not exist/],
    ['an index out of range', ['objectives', 1, 'keyResults'], {}, /objectives\[1\] is out of range/],
    ['a path to a scalar', ['objectives', 0, 'id'], {}, /objectives\[0\]\.id is not a list/],
    ['a Date', ['objectives'], { id: 'O2', at: new Date(0) }, /only plain objects, arrays and scalars/],
    ['a function', ['objectives'], { id: 'O2', f: () => 1 }, /cannot write a function at f in the new item of objectives/],
    ['NaN', ['objectives', 0, 'keyResults'], { id: 'KR1', current: NaN }, /only finite numbers/],
    ['an undefined list item', ['objectives'], { id: 'O2', keyResults: [undefined] }, /cannot write undefined at keyResults\[0\] in the new item of objectives:/],
  ])('%s', (_, path, item, message) => {
    expect(() => appendToSequence(text, path, item)).toThrow(EditError);
    expect(() => appendToSequence(text, path, item)).toThrow(message);
  });

  it('refuses an item that contains itself', () => {
    const item: Record<string, unknown> = { id: 'O2' };
    item.self = item;
    expect(() => appendToSequence(text, ['objectives'], item)).toThrow(/contains itself/);
  });

  it('drops keys whose value is undefined: optional fields left out', () => {
    expect(appendToSequence(text, ['objectives'], { id: 'O2', title: undefined })).toBe(`${text}  - id: O2\n`);
  });
});
