import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../../src/format/validate/github.js';
import { validateResult } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr validate, github', () => {
  it('gives an annotation per finding, then a plain list and a sum', () => {
    const lines = formatGithub(validateResult(), PIPE).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^::error file=okrs\/2026-Q4\/platform\.yaml,line=12,col=12,endLine=12,endColumn=40,title=okr schema::Unknown key /);
    expect(lines[1]).toMatch(/^::warning file=okrs\/2026-Q4\/company\.yaml,/);
    expect(lines.slice(2).every((line) => !line.startsWith('::'))).toBe(true);
    expect(lines[4]).toBe('okr: 1 error, 1 warning');
    expect(lines.join('\n')).not.toContain('\x1b');
  });
});
