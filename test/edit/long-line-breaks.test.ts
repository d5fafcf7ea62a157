// Found by the editor property (test/properties/editor.property.test.ts): a string of 40
// characters or more holding a line break was written by yaml as a multi-line double-quoted
// scalar whose next line starts at column 0, which ends a nested value; so the editor refused
// it, and `okr retro --learning` with a long two-line learning could not be written.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setScalars } from '../../src/edit/index.js';
import { doubleQuoted } from '../../src/edit/scalar-source.js';
import { parseYaml } from '../../src/load/yaml/parse.js';
import { EXAMPLES, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

const LONG = 'The pipeline was slower than we thought at first\nthe second line';

describe('a long string with line breaks', () => {
  it('is double-quoted on one line, its breaks escaped', () => {
    expect(doubleQuoted(LONG)).toBe('"The pipeline was slower than we thought at first\\nthe second line"');
    expect(doubleQuoted(`${'x'.repeat(50)}\n\n ::error::y`)).toBe(`"${'x'.repeat(50)}\\n\\n ::error::y"`);
  });

  it('is written into a nested value, new or existing', () => {
    const text = 'a:\n  b: 1\n  c: 2\n';
    const after = setScalars(text, [{ path: ['a', 'b'], value: LONG }, { path: ['a', 'd'], value: LONG }]);
    const parsed = parseYaml(after, 'f.yaml');
    expect(parsed.ok && parsed.data).toEqual({ a: { b: LONG, c: 2, d: LONG } });
  });

  it('okr retro --learning writes it', async () => {
    const dir = tempRepo({}, join(EXAMPLES, 'acme'));
    const result = await runOkr(['-C', dir, 'retro', 'platform', '--kr', 'platform/O1/KR1', '--learning', LONG, '--no-commit', '--as-of', '2027-01-05']);
    expect(result.stderr).not.toContain('cannot edit');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'okrs/2026-Q4/platform.yaml'), 'utf8')).toContain(`learning: ${JSON.stringify(LONG)}`);
  });
});
