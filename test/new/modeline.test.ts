import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unitSchemaModeline } from '../../src/new/modeline.js';
import { ROOT } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'okr-modeline-'));
  dirs.push(dir);
  return dir;
};

describe('unitSchemaModeline', () => {
  it('points at the schemas okr init copied into .okr/schemas, relative to the file', () => {
    const root = temp();
    mkdirSync(join(root, '.okr/schemas'), { recursive: true });
    expect(unitSchemaModeline(root, join(root, 'okrs/2026-Q4/platform.yaml'))).toBe('# yaml-language-server: $schema=../../.okr/schemas/unit.schema.json');
    expect(unitSchemaModeline(root, join(root, 'okrs/2026-Q4/people/alice.yaml'))).toBe('# yaml-language-server: $schema=../../../.okr/schemas/unit.schema.json');
  });

  it('else points at the schema shipped with okr', () => {
    const root = temp();
    const file = join(root, 'okrs/2026-Q4/platform.yaml');
    const expected = relative(join(root, 'okrs/2026-Q4'), join(ROOT, 'schemas/unit.schema.json')).split('\\').join('/');
    expect(unitSchemaModeline(root, file)).toBe(`# yaml-language-server: $schema=${expected}`);
  });
});
