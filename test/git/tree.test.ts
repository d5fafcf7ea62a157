// A revision's files come from git's objects, never extracted to disk: paths from ls-tree,
// bytes from cat-file; links and submodules are named, not followed.

import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree } from '../../src/git/tree.js';
import { gitRepo, runGit, testEnv } from '../helpers/git.js';

const isYaml = (path: string) => path.endsWith('.yaml');

describe('readTree', () => {
  it('reads the wanted files of a revision as they were then, bytes and all', async () => {
    const dir = gitRepo([
      { files: { 'okr.config.yaml': 'a: 1\n', 'okrs/Q4/company.yaml': 'v: 1\n', 'okrs/Q4/people/ann.yaml': 'v: é\n', 'okrs/Q4/notes.md': 'x' }, message: 'one', date: '2026-10-01' },
      { files: { 'okrs/Q4/company.yaml': 'v: 2\n', 'okrs/Q4/new.yaml': 'v: 3\n' }, message: 'two', date: '2026-10-02' },
    ]);
    const first = runGit(dir, ['rev-parse', 'HEAD~1']).trim();
    const tree = await readTree(dir, first, ['okrs'], isYaml, testEnv());
    expect(tree.files.map((f) => [f.path, f.bytes.toString('utf8')])).toEqual([
      ['okrs/Q4/company.yaml', 'v: 1\n'],
      ['okrs/Q4/people/ann.yaml', 'v: é\n'],
    ]);
    expect(tree.problems).toEqual([]);
  });

  it('names a committed symbolic link instead of reading what it points at', async () => {
    const dir = gitRepo([{ files: { 'okrs/Q4/company.yaml': 'v: 1\n' }, message: 'one', date: '2026-10-01' }]);
    symlinkSync('/etc/passwd', join(dir, 'okrs/Q4/passwd.yaml'));
    runGit(dir, ['add', 'okrs/Q4/passwd.yaml']);
    runGit(dir, ['commit', '-q', '-m', 'link'], { GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x' });
    const head = runGit(dir, ['rev-parse', 'HEAD']).trim();
    const tree = await readTree(dir, head, ['okrs'], isYaml, testEnv());
    expect(tree.files.map((f) => f.path)).toEqual(['okrs/Q4/company.yaml']);
    expect(tree.problems).toEqual([{ path: 'okrs/Q4/passwd.yaml', message: expect.stringContaining('symbolic link') }]);
  });

  it('lists paths relative to a subfolder the repository is read from', async () => {
    const dir = gitRepo([{ files: { 'sub/okrs/Q4/a.yaml': 'v: 1\n', 'other/b.yaml': 'v: 2\n' }, message: 'one', date: '2026-10-01' }]);
    const head = runGit(dir, ['rev-parse', 'HEAD']).trim();
    const tree = await readTree(join(dir, 'sub'), head, ['okrs'], isYaml, testEnv());
    expect(tree.files.map((f) => f.path)).toEqual(['okrs/Q4/a.yaml']);
  });
});
