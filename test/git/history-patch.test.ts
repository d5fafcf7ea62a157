import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyHunks, fromFileText, parsePatch, toFileText, unquotePath } from '../../src/git/history-patch.js';
import { reverseHunks } from '../../src/git/history-version.js';
import { tempRepo } from '../helpers/cli.js';
import { runGit } from '../helpers/git.js';
import { applyEdits, hunksFor, random, randomEdits, type Edit } from './history-edits.js';

/** The patch git prints between two versions of a file (real git, --unified=0). */
function gitPatch(before: string | null, after: string | null, name = 'okrs/a.yaml', renameTo?: string): string {
  const dir = tempRepo();
  runGit(dir, ['init', '-q']);
  const env = { GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@x' };
  const write = (text: string | null, path: string) => {
    if (text === null) return;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(before, name);
  runGit(dir, ['add', '-A']);
  runGit(dir, ['commit', '-q', '--allow-empty', '-m', 'one'], env);
  if (renameTo) {
    mkdirSync(dirname(join(dir, renameTo)), { recursive: true });
    runGit(dir, ['mv', name, renameTo]);
  }
  if (after === null) runGit(dir, ['rm', '-q', name]);
  else write(after, renameTo ?? name);
  runGit(dir, ['add', '-A']);
  runGit(dir, ['commit', '-q', '--allow-empty', '-m', 'two'], env);
  return runGit(dir, ['-c', 'core.quotePath=false', 'log', '-1', '-p', '--unified=0', '-M', '--full-index', '--format=', 'HEAD']);
}

describe('parsePatch', () => {
  it('reads paths, blob ids and hunks of a change', () => {
    const [patch] = parsePatch(gitPatch('a: 1\nb: 2\nc: 3\n', 'a: 1\nb: 20\nc: 3\nd: 4\n'));
    expect(patch).toMatchObject({ oldPath: 'okrs/a.yaml', newPath: 'okrs/a.yaml', status: 'modified', binary: false });
    expect(patch.oldBlob).toMatch(/^[0-9a-f]{40}$/);
    expect(patch.hunks).toEqual([
      { oldStart: 2, oldCount: 1, newStart: 2, newCount: 1, removed: ['b: 2'], added: ['b: 20'], oldNoEol: false, newNoEol: false },
      { oldStart: 3, oldCount: 0, newStart: 4, newCount: 1, removed: [], added: ['d: 4'], oldNoEol: false, newNoEol: false },
    ]);
  });

  it('reads additions, deletions and renames', () => {
    expect(parsePatch(gitPatch(null, 'a: 1\n'))[0]).toMatchObject({ oldPath: null, newPath: 'okrs/a.yaml', status: 'added', oldBlob: undefined });
    expect(parsePatch(gitPatch('a: 1\n', null))[0]).toMatchObject({ oldPath: 'okrs/a.yaml', newPath: null, status: 'deleted', newBlob: undefined });
    const renamed = parsePatch(gitPatch('a: 1\nb: 2\nc: 3\nd: 4\n', 'a: 1\nb: 2\nc: 3\nd: 4\n', 'okrs/a.yaml', 'okrs/teams/a b.yaml'));
    expect(renamed[0]).toMatchObject({ oldPath: 'okrs/a.yaml', newPath: 'okrs/teams/a b.yaml', status: 'renamed', hunks: [] });
  });

  it('keeps carriage returns and notes a missing newline at the end', () => {
    const [patch] = parsePatch(gitPatch('a: 1\r\nb: 2\r\n', 'a: 1\r\nb: 3'));
    expect(patch.hunks[0]).toMatchObject({ removed: ['b: 2\r'], added: ['b: 3'], newNoEol: true, oldNoEol: false });
  });

  it('reads a content line that looks like a header as content', () => {
    const [patch] = parsePatch(gitPatch('x: 1\n', '--- a/x\n+++ b/y\n'));
    expect(patch.hunks[0].added).toEqual(['--- a/x', '+++ b/y']);
    expect(patch.newPath).toBe('okrs/a.yaml');
  });

  it('unquotes C-quoted paths', () => {
    expect(unquotePath('"okrs/\\303\\244 \\"x\\".yaml"')).toBe('okrs/ä "x".yaml');
    expect(unquotePath('okrs/plain.yaml')).toBe('okrs/plain.yaml');
  });
});

describe('applyHunks', () => {
  it('turns the old text into the new one for real git patches, and back', () => {
    const cases: [string, string][] = [
      ['a\nb\nc\n', 'a\nB\nc\n'],
      ['a\nb\nc\n', 'x\na\nb\nc\ny\n'],
      ['a\nb\nc\n', 'c\n'],
      ['a\nb\nc', 'a\nb\nc\n'],
      ['a\nb\nc\n', 'a\nb\nc'],
      ['a\r\nb\r\n', 'a\r\nc\r\nb\r\n'],
      ['', 'a\n'],
      ['a\n', ''],
    ];
    for (const [before, after] of cases) {
      const patch = parsePatch(gitPatch(before, after))[0];
      const file = toFileText(before);
      expect(applyHunks(file, patch?.hunks ?? [])).toBe(true);
      expect(fromFileText(file)).toBe(after);
      const back = toFileText(after);
      expect(applyHunks(back, reverseHunks(patch?.hunks ?? []))).toBe(true);
      expect(fromFileText(back)).toBe(before);
    }
  });

  it('applies random edits, forwards and backwards', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = random(seed);
      const lines = Array.from({ length: rand.int(1, 30) }, (_, i) => `line ${i} ${rand.int(0, 9)}`);
      const edits = randomEdits(rand, lines, (_line, at): Edit => {
        const kind = rand.int(0, 2);
        const fresh = Array.from({ length: rand.int(1, 3) }, (_, i) => `new ${seed}.${at}.${i}`);
        return kind === 0 ? { at, count: 1, lines: fresh } : kind === 1 ? { at, count: 0, lines: fresh } : { at, count: Math.min(rand.int(1, 2), lines.length - at), lines: [] };
      });
      const expected = applyEdits(lines, edits);
      const hunks = hunksFor(lines, edits);
      const file = { lines: lines.slice(), eol: true };
      expect(applyHunks(file, hunks), `seed ${seed}`).toBe(true);
      expect(file.lines, `seed ${seed}`).toEqual(expected);
      const back = { lines: expected.slice(), eol: true };
      expect(applyHunks(back, reverseHunks(hunks)), `seed ${seed} backwards`).toBe(true);
      expect(back.lines, `seed ${seed} backwards`).toEqual(lines);
    }
  });

  it('refuses a patch made against other content', () => {
    const patch = parsePatch(gitPatch('a\nb\nc\n', 'a\nB\nc\n'))[0];
    expect(applyHunks(toFileText('a\nX\nc\n'), patch.hunks)).toBe(false);
    expect(applyHunks(toFileText('a\n'), patch.hunks)).toBe(false);
  });
});
