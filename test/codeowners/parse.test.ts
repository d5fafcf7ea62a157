import { describe, expect, it } from 'vitest';
import { isValidOwner, parseCodeowners, splitRule } from '../../src/codeowners/parse.js';
import { withSection } from '../../src/codeowners/in-step.js';

describe('splitRule', () => {
  it('splits on blanks, keeps escaped spaces and hashes, drops trailing comments', () => {
    expect(splitRule('/a\\ b.yaml  @x @y # why')).toEqual(['/a\\ b.yaml', '@x', '@y']);
    expect(splitRule('/\\#tag @x')).toEqual(['/\\#tag', '@x']);
    expect(splitRule('# only a comment')).toEqual([]);
  });
});

describe('isValidOwner', () => {
  it('takes @user, @org/team and emails, nothing else', () => {
    expect(['@alice', '@acme/devs', 'a@b.example'].every(isValidOwner)).toBe(true);
    expect(['alice', '@-x', '@a_b', '@', 'a@b'].some(isValidOwner)).toBe(false);
  });
});

describe('parseCodeowners', () => {
  it('finds the section and its rules; lines outside it are not rules', () => {
    const parsed = parseCodeowners('* @a\n# BEGIN okr owners\n/x.yaml @b\n# END okr owners\n/y @c\n');
    expect(parsed.section).toEqual({ begin: 2, end: 4 });
    expect(parsed.sectionRules).toEqual([{ line: 3, pattern: '/x.yaml', owners: ['@b'] }]);
  });

  it('a pattern with no owner inside the section is something okr never writes', () => {
    expect(parseCodeowners('# BEGIN okr owners\n/x.yaml\n# END okr owners\n').sectionProblems)
      .toEqual([{ line: 2, message: "pattern '/x.yaml' has no owner" }]);
  });

  it('an escaped bracket is not a range', () => {
    expect(parseCodeowners('/a\\[1\\].yaml @x\n').outsideProblems).toEqual([]);
  });

  it('repeated or stray markers break the section', () => {
    expect(parseCodeowners('# END okr owners\n').structureProblems[0].message).toContain('with no');
    const twice = parseCodeowners('# BEGIN okr owners\n# BEGIN okr owners\n# END okr owners\n# END okr owners\n');
    expect(twice.structureProblems.map((p) => p.line)).toEqual([2, 4]);
  });
});

describe('withSection', () => {
  it('an empty file becomes the section alone; a file with no final blank line gets one before it', () => {
    expect(withSection(parseCodeowners(''), [])).toMatch(/^# BEGIN okr owners\n/);
    expect(withSection(parseCodeowners('* @a\n\n'), [])).toMatch(/^\* @a\n\n# BEGIN/);
  });
});
