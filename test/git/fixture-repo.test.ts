// The test repositories: gitRepo makes its commits with one `git fast-import` (and copies a
// repository it made before), and must leave exactly what `git add` and `git commit` leave,
// hash for hash, so that no test reads anything but what real commits would give it.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/cli.js';
import { ALICE, BOB, CAROL, commit, gitRepo, runGit, type CommitSpec } from '../helpers/git.js';

const COMMITS: CommitSpec[] = [
  { files: { 'okr.config.yaml': 'version: 1\n', 'okrs/2026-Q4/a.yaml': 'unit: a\n', 'okrs/2026-Q4/crlf.yaml': 'unit: c\r\nlevel: team\r\n' }, message: 'First\n', author: ALICE, date: '2026-10-01' },
  { files: { 'okrs/2026-Q4/a.yaml': 'unit: a\ncurrent: 3\n' }, message: '\n\nCheck-in   \n\n\n\nBody line \t\nOKR-Ref: a/O1/KR1\n\n', author: BOB, date: '2026-10-05T09:30:00+02:00' },
  { files: { 'okrs/2026-Q4/a.yaml': null, 'okrs/2026-Q4/b c.yaml': 'unit: a\ncurrent: 3\n', 'okrs/2026-Q4/é.yaml': 'unit: é\n' }, message: 'Rename a, with ünïcode', author: CAROL, date: '2026-10-06T23:15:00-05:00' },
  { files: {}, message: 'Nothing changed\n', author: ALICE, date: '2026-10-07' },
];

/** The same commits made one by one with `git add` and `git commit`. */
function committed(): string {
  const dir = tempRepo({ 'notes.txt': 'not committed\n' });
  runGit(dir, ['init', '-q', '-b', 'main']);
  for (const spec of COMMITS) commit(dir, spec);
  return dir;
}

function filesIn(dir: string): Record<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !join(e.parentPath, e.name).includes('/.git/'));
  return Object.fromEntries(entries.map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

describe('gitRepo', () => {
  it('makes the commits git add and git commit make, hash for hash, and leaves the same working tree and index', () => {
    const expected = committed();
    const made = gitRepo(COMMITS, { 'notes.txt': 'not committed\n' });
    const log = (dir: string) => runGit(dir, ['log', '--format=%H %an %aI %cI%n%B']);
    expect(log(made)).toBe(log(expected));
    expect(filesIn(made)).toEqual(filesIn(expected));
    expect(runGit(made, ['status', '--porcelain'])).toBe('?? notes.txt\n');
    expect(runGit(made, ['ls-files', '--stage'])).toBe(runGit(expected, ['ls-files', '--stage']));
    expect(runGit(made, ['branch', '--show-current'])).toBe('main\n');
  });

  it('gives a fresh copy each time: a change to one is not seen by the next', () => {
    const first = gitRepo(COMMITS);
    commit(first, { files: { 'okrs/2026-Q4/b c.yaml': 'changed\n' }, message: 'Change\n', date: '2026-10-08' });
    const second = gitRepo(COMMITS);
    expect(second).not.toBe(first);
    expect(runGit(second, ['log', '-1', '--format=%s'])).toBe('Nothing changed\n');
    expect(readFileSync(join(second, 'okrs/2026-Q4/b c.yaml'), 'utf8')).toBe('unit: a\ncurrent: 3\n');
  });
});
