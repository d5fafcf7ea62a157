// appendToSequence on every corpus file: a new objective, and a new key result in every
// objective. The result reads as the original with the item appended, is still a valid unit
// file, and is the original with one piece of text inserted: whole lines in the style of the
// siblings for a block list, `, item` (or a line of its own) for a flow list.

import { beforeAll, describe, expect, it } from 'vitest';
import { isSeq, type YAMLSeq } from 'yaml';
import { appendToSequence } from '../../src/edit/index.js';
import type { DocPath, UnitDoc } from '../../src/model.js';
import { prepareValidator, validateSchema } from '../../src/schema/validate.js';
import { allCrlf, corpus, dataOf, insertion, lineEnding, parse, withItem } from './corpus.js';

const OBJECTIVE = {
  id: 'O9',
  title: 'Added: an objective',
  keyResults: [{ id: 'KR1', title: 'Added key result', lead: 'bob', start: 0, target: 10, confidence: 0.5 }],
};
const KEY_RESULT = {
  id: 'KR9',
  title: 'Added key result, with milestones',
  lead: 'bob',
  milestones: [{ title: 'First', done: false }, { title: '#2 of "them"', done: true, weight: 2 }],
};

beforeAll(async () => {
  await prepareValidator('unit');
});

const cases = corpus().flatMap(({ name, text }) => {
  const unit = dataOf(text) as UnitDoc;
  return [
    { name, text, what: 'an objective', path: ['objectives'] as DocPath, item: OBJECTIVE as unknown },
    ...unit.objectives.map((_, o) => ({ name, text, what: `a key result of objective ${o}`, path: ['objectives', o, 'keyResults'] as DocPath, item: KEY_RESULT as unknown })),
  ];
});

describe('appending to the lists of the corpus', () => {
  it.each(cases)('$name: $what', ({ name, text, path, item }) => {
    const result = appendToSequence(text, path, item);

    const data = dataOf(result);
    expect(data).toEqual(withItem(dataOf(text), path, item));
    expect(validateSchema('unit', data, name)).toEqual([]);

    const list = parse(text).getIn(path, true) as YAMLSeq;
    expect(isSeq(list)).toBe(true);
    const eol = lineEnding(text);
    if (list.flow) {
      const inserted = insertion(text, result);
      expect(inserted?.text).toMatch(/^,\s*\{ id: KR9|^,\s*\{ id: O9/);
    } else {
      // Whole lines: `- ` at the siblings' dash column, the rest deeper, each ending like the file's lines.
      const inserted = insertion(text, result, true)!;
      expect(inserted).toBeDefined();
      const atEnd = inserted.at === text.length && !text.endsWith('\n');
      const lines = (atEnd ? inserted.text.slice(eol.length) : inserted.text.slice(0, -eol.length)).split(eol);
      const dash = columnOf(text, list.range![0]);
      expect(lines[0]).toMatch(new RegExp(`^ {${dash}}-\\s+id: (O9|KR9)$`));
      for (const line of lines.slice(1)) expect(line).toMatch(new RegExp(`^ {${dash + 2},}\\S`));
    }
    if (eol === '\r\n') expect(allCrlf(result)).toBe(true);
    expect(result.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
  });
});

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
