// jsonChunks: the text of jsonText, in chunks, for output too large to be one string. The
// same bytes for every value (escaping included), in pieces of bounded size.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, jsonText } from '../../src/escape/json.js';
import { anyText, FC_PARAMS, HOSTILE } from './hostile.js';

/** JSON-like values with what JSON.stringify treats specially: undefined, -0, NaN, dates, empty containers. */
const odd = fc.constantFrom(undefined, -0, Number.NaN, Infinity, new Date(0), [], {}, '##[', '\u2028');
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.jsonValue({ maxDepth: 2 }), anyText, odd),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 5 }), fc.dictionary(anyText, tie('node'), { maxKeys: 5 })),
})).node;

describe('jsonChunks', () => {
  it('joins to exactly what jsonText writes, for any value', () => {
    fc.assert(fc.property(value.filter((v) => v !== undefined), (v) => {
      expect([...jsonChunks(v)].join('')).toBe(jsonText(v));
    }), FC_PARAMS);
  });

  it('escapes hostile text inside deep and shallow strings alike', () => {
    for (const { text } of HOSTILE) {
      const v = { a: [{ b: [{ c: [text, { d: text }] }] }], [text]: text };
      expect([...jsonChunks(v)].join('')).toBe(jsonText(v));
    }
  });

  it('gives a large value in many chunks of bounded size', () => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({ ref: `unit-${i}/O1/KR1`, field: 'current', from: i, to: i + 1, note: 'moved on' }));
    const chunks = [...jsonChunks({ cycle: '2026-Q4', events })];
    expect(chunks.length).toBeGreaterThan(20);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(80 * 1024);
    expect(JSON.parse(chunks.join('')).events).toHaveLength(20_000);
  });
});

describe('jsonChunks with a layout', () => {
  const layout = { oneLineFrom: 2, shortList: 3 };

  it('holds the same data, for any value', () => {
    fc.assert(fc.property(value.filter((v) => v !== undefined), (v) => {
      expect(JSON.parse([...jsonChunks(v, layout)].join(''))).toEqual(JSON.parse(jsonText(v)));
    }), FC_PARAMS);
  });

  it('writes records below the given depth, and short lists of flat items, on one line each', () => {
    const doc = { units: [{ id: 'a', trend: [{ d: 1 }, { d: 2 }], krs: [{ ref: 'a/O1/KR1', points: [{ d: 1 }] }, { ref: 'a/O1/KR2', note: '##[x' }] }] };
    const text = [...jsonChunks(doc, { oneLineFrom: 4, shortList: 3 })].join('');
    expect(text.split('\n')).toEqual([
      '{',
      '  "units": [',
      '    {',
      '      "id": "a",',
      '      "trend": [{"d":1},{"d":2}],',
      '      "krs": [',
      '        {"ref":"a/O1/KR1","points":[{"d":1}]},',
      '        {"ref":"a/O1/KR2","note":"#\\u0023[x"}',
      '      ]',
      '    }',
      '  ]',
      '}',
      '',
    ]);
  });
});
