import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/new/write-atomic.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'okr-write-'));
  dirs.push(dir);
  return dir;
};

describe('writeAtomic', () => {
  it('replaces a file that still holds what was read, keeping its mode and leaving no temporary file', () => {
    const dir = temp();
    const path = join(dir, 'platform.yaml');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o600);
    writeAtomic(path, 'platform.yaml', 'new\n', 'old\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['platform.yaml']);
  });

  it('refuses when the file changed since it was read', () => {
    const dir = temp();
    const path = join(dir, 'platform.yaml');
    writeFileSync(path, 'edited meanwhile\n');
    expect(() => writeAtomic(path, 'okrs/platform.yaml', 'new\n', 'old\n')).toThrow('okrs/platform.yaml changed while okr was working on it; nothing written');
    expect(readFileSync(path, 'utf8')).toBe('edited meanwhile\n');
  });

  it('creates a new file and its folders, but never over an existing one', () => {
    const dir = temp();
    const path = join(dir, 'okrs/2026-Q4/people/ann.yaml');
    writeAtomic(path, 'okrs/2026-Q4/people/ann.yaml', 'unit: ann\n', undefined);
    expect(readFileSync(path, 'utf8')).toBe('unit: ann\n');
    expect(() => writeAtomic(path, 'okrs/2026-Q4/people/ann.yaml', 'other\n', undefined)).toThrow('okrs/2026-Q4/people/ann.yaml already exists; nothing written');
    expect(readFileSync(path, 'utf8')).toBe('unit: ann\n');
    expect(existsSync(join(dir, 'okrs/2026-Q4/people'))).toBe(true);
  });
});
