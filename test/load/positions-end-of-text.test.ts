// Found by the loader property (test/properties/loader.property.test.ts): js-yaml reads a text
// with no final line break as if it had one, so a node at the end could be placed one column
// past the end of its line, and a comment-only text after its last character.

import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml/parse.js';
import { createLocator } from '../../src/load/yaml/positions.js';

function locate(text: string, path: (string | number)[]) {
  const parsed = parseYaml(text, 'f.yaml');
  if (!parsed.ok) throw new Error(parsed.findings[0].message);
  return createLocator({ text, spans: parsed.spans, data: parsed.data })(path);
}

describe('positions at the end of a text with no final line break', () => {
  it('end just past the last character, never beyond', () => {
    expect(locate('key', [])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 4 });
    expect(locate('a: b', ['a'])).toEqual({ line: 1, column: 4, endLine: 1, endColumn: 5 });
    expect(locate('a: b', [])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 5 });
    expect(locate('\\', [])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2 });
  });

  it('a text of a comment alone points inside it', () => {
    const span = locate(' #c', []);
    expect(span === undefined || (span.column <= 4 && span.endColumn <= 4)).toBe(true);
  });
});
