import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAll } from '../../src/next/write.js';
import { tempRepo } from '../helpers/cli.js';

describe('writeAll', () => {
  it('writes every file, or puts back those already written when one fails', () => {
    const dir = tempRepo({ 'okrs/old.yaml': 'changed by someone\n', 'okrs/kept.yaml': 'before\n' });
    const write = (file: string, original?: string) => ({ absPath: join(dir, file), file, text: `new ${file}\n`, original });
    expect(() => writeAll([write('okrs/B/teams/x.yaml'), write('okrs/kept.yaml', 'before\n'), write('okrs/old.yaml', 'what was read\n')]))
      .toThrow('okrs/old.yaml changed while okr was working on it; nothing written');
    expect(existsSync(join(dir, 'okrs/B'))).toBe(false);
    expect(readFileSync(join(dir, 'okrs/kept.yaml'), 'utf8')).toBe('before\n');
    expect(readFileSync(join(dir, 'okrs/old.yaml'), 'utf8')).toBe('changed by someone\n');

    writeAll([write('okrs/B/teams/x.yaml'), write('okrs/kept.yaml', 'before\n')]);
    expect(readFileSync(join(dir, 'okrs/B/teams/x.yaml'), 'utf8')).toBe('new okrs/B/teams/x.yaml\n');
    expect(readFileSync(join(dir, 'okrs/kept.yaml'), 'utf8')).toBe('new okrs/kept.yaml\n');
  });
});
