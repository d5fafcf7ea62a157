// CODEOWNERS paths: a unit file's path is written as a pattern that GitHub's syntax (as our
// own parser reads it) takes as exactly one rule for exactly that file, or it is refused.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeownersPattern } from '../../src/escape/codeowners.js';
import { parseCodeowners } from '../../src/codeowners/parse.js';
import { renderSection } from '../../src/codeowners/generate.js';
import { anyText, FC_PARAMS, HOSTILE } from './hostile.js';

function checkPath(path: string): void {
  const result = codeownersPattern(path);
  if ('refused' in result) {
    expect(result.refused).toMatch(/\S/);
    return;
  }
  // The whole section, as okr writes it, holds exactly this one rule, owned as meant.
  const section = renderSection([{ pattern: result.pattern, owner: '@lead', person: 'lead' }], '# BEGIN okr owners', '# END okr owners');
  const parsed = parseCodeowners(section);
  expect(parsed.sectionProblems).toEqual([]);
  expect(parsed.structureProblems).toEqual([]);
  expect(parsed.sectionRules).toEqual([{ line: 3, pattern: result.pattern, owners: ['@lead'] }]);
  // It names that file: the path itself, spaces escaped.
  expect(result.pattern.slice(1).replace(/\\ /g, ' ')).toBe(path);
  expect(result.pattern).not.toMatch(/[*?[\]!#\n\r]/);
}

describe('codeownersPattern', () => {
  for (const { name, text } of HOSTILE) it(`one rule for that file, or refused: ${name}`, () => checkPath(`okrs/2026-Q4/${text}.yaml`));

  it('holds for any string (property)', () => {
    fc.assert(fc.property(anyText, (text) => checkPath(`okrs/${text}.yaml`)), FC_PARAMS);
  });

  it('escapes spaces, refuses what has no escape', () => {
    expect(codeownersPattern('okrs/2026 Q4/a b.yaml')).toEqual({ pattern: '/okrs/2026\\ Q4/a\\ b.yaml' });
    expect(codeownersPattern('okrs/x\n*.yaml @someone.yaml')).toEqual({ refused: 'its path holds a line break' });
    expect(codeownersPattern('okrs/#a.yaml')).toEqual({ refused: "its path holds '#', which starts a comment" });
    expect(codeownersPattern('okrs/*.yaml')).toMatchObject({ refused: expect.stringContaining('glob') });
    expect(codeownersPattern('okrs/2026-Q4/platform.yaml')).toEqual({ pattern: '/okrs/2026-Q4/platform.yaml' });
  });
});
