// removeKeys, case by case: the bytes an entry takes with it, in block and flow maps, and the
// removals it refuses rather than change how the rest of the file reads.

import { describe, expect, it } from 'vitest';
import { EditError, removeKeys } from '../../src/edit/index.js';
import type { DocPath } from '../../src/model.js';

const KR = ['objectives', 0, 'keyResults', 0];

describe('removeKeys', () => {
  it.each<[string, string, DocPath, string]>([
    ['a block entry with its comment', 'done: false\nscore: 0.5   # by hand\nconfidence: 0.7\n', ['score'], 'done: false\nconfidence: 0.7\n'],
    ['the last line of a file with no final line break', 'done: false\nscore: 0.5', ['score'], 'done: false\n'],
    ['a CRLF line', 'done: false\r\nscore: 0.5\r\nconfidence: 0.7\r\n', ['score'], 'done: false\r\nconfidence: 0.7\r\n'],
    ['an entry of a flow map, with the comma after it', 'kr: { id: KR1, score: 0.5, done: true }\n', ['kr', 'score'], 'kr: { id: KR1, done: true }\n'],
    ['the last entry of a flow map, with the comma before it', 'kr: { id: KR1, score: 0.5 }\n', ['kr', 'score'], 'kr: { id: KR1 }\n'],
    ['a key that is not there: nothing', 'done: false\n', ['score'], 'done: false\n'],
  ])('%s', (_, text, path, expected) => {
    expect(removeKeys(text, [path])).toBe(expected);
  });

  it('keeps every other byte of a unit file', () => {
    const text = [
      'objectives:', '  - id: O1', '    keyResults:', '      - id: KR1', '        type: binary', '        done: false',
      '        score: 0.5     # works for half of the services', '        # a comment of its own', '        confidence: 0.7', '',
    ].join('\n');
    expect(removeKeys(text, [[...KR, 'score']])).toBe(text.replace('        score: 0.5     # works for half of the services\n', ''));
  });

  it('refuses a removal that would change how the rest reads, changing nothing', () => {
    // The entry opens its list item: its line holds the dash too.
    expect(() => removeKeys('- score: 0.5\n  done: true\n', [[0, 'score']])).toThrow(EditError);
    expect(() => removeKeys('a: 1\n', [['a', 'b']])).toThrow(EditError);
  });
});
