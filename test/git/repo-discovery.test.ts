// The repository found from its files must be the one `git rev-parse` finds, in every case the
// files answer; in every other case the files must not answer at all (git is asked).

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverRepo } from '../../src/git/repo-discovery.js';
import { readRepoState, readRepoStateFromGit } from '../../src/git/repo-state.js';
import { tempRepo } from '../helpers/cli.js';
import { gitRepo, runGit, shallowClone, testEnv } from '../helpers/git.js';

const ONE = { files: { 'okrs/a.yaml': '1\n' }, message: 'one', date: '2026-10-01' };
const TWO = { files: { 'okrs/a.yaml': '2\n' }, message: 'two', date: '2026-10-02' };

/** The files answered, and said what git says. */
async function expectAnsweredLikeGit(cwd: string, env = testEnv()): Promise<void> {
  const found = discoverRepo(cwd, env);
  expect(found, 'answered from the files').not.toBeUndefined();
  expect(await readRepoState(cwd, env)).toEqual(await readRepoStateFromGit(cwd, env));
}

/** The files left it to git, which still gives the answer. */
async function expectLeftToGit(cwd: string, env = testEnv()): Promise<void> {
  expect(discoverRepo(cwd, env)).toBeUndefined();
  expect(await readRepoState(cwd, env)).toEqual(await readRepoStateFromGit(cwd, env));
}

describe('a repository found from its files', () => {
  it('at the top, in a folder below it, and through a linked folder', async () => {
    const dir = gitRepo([ONE, TWO]);
    await expectAnsweredLikeGit(dir);
    await expectAnsweredLikeGit(join(dir, 'okrs'));
    const link = join(tempRepo(), 'linked');
    symlinkSync(join(dir, 'okrs'), link);
    await expectAnsweredLikeGit(link);
    expect((await readRepoState(link, testEnv()))?.head).toMatch(/^[0-9a-f]{40}$/);
  });

  it('outside any repository: null, as git says', async () => {
    const dir = tempRepo();
    expect(discoverRepo(dir, testEnv())).toBeNull();
    expect(await readRepoStateFromGit(dir, testEnv())).toBeNull();
  });

  it('before the first commit, on a detached HEAD, with packed refs, on a branch with a slash', async () => {
    await expectAnsweredLikeGit(gitRepo());
    const detached = gitRepo([ONE, TWO]);
    runGit(detached, ['checkout', '-q', '--detach', 'HEAD~1']);
    await expectAnsweredLikeGit(detached);
    const packed = gitRepo([ONE, TWO]);
    runGit(packed, ['pack-refs', '--all']);
    await expectAnsweredLikeGit(packed);
    expect((await readRepoState(packed, testEnv()))?.head).toBe(runGit(packed, ['rev-parse', 'HEAD']).trim());
    const slashed = gitRepo([ONE]);
    runGit(slashed, ['checkout', '-q', '-b', 'okr/q4-draft']);
    await expectAnsweredLikeGit(slashed);
    expect((await readRepoState(slashed, testEnv()))?.branch).toBe('okr/q4-draft');
  });

  it('a shallow clone, an empty shallow file, and an empty .git folder on the way up', async () => {
    await expectAnsweredLikeGit(shallowClone(gitRepo([ONE, TWO])));
    const emptied = gitRepo([ONE]);
    writeFileSync(join(emptied, '.git', 'shallow'), '');
    await expectAnsweredLikeGit(emptied);
    expect((await readRepoState(emptied, testEnv()))?.shallow).toBe(true);
    const dir = gitRepo([ONE]);
    mkdirSync(join(dir, 'okrs', 'inner', '.git'), { recursive: true });
    await expectAnsweredLikeGit(join(dir, 'okrs', 'inner'));
  });
});

describe('cases left to git', () => {
  it('GIT_DIR, GIT_WORK_TREE and a ceiling in the environment', async () => {
    const dir = gitRepo([ONE]);
    await expectLeftToGit(dir, testEnv({ GIT_DIR: join(dir, '.git') }));
    await expectLeftToGit(join(dir, 'okrs'), testEnv({ GIT_CEILING_DIRECTORIES: dir }));
  });

  it('a worktree (.git is a file), core.worktree, inside .git, and a bare repository', async () => {
    const dir = gitRepo([ONE]);
    const worktree = join(tempRepo(), 'wt');
    runGit(dir, ['worktree', 'add', '-q', worktree]);
    await expectLeftToGit(worktree);
    await expectLeftToGit(join(dir, '.git'));
    const bare = join(tempRepo(), 'bare.git');
    runGit(dir, ['clone', '-q', '--bare', dir, bare]);
    await expectLeftToGit(bare);
    const moved = gitRepo([ONE]);
    runGit(moved, ['config', 'core.worktree', join(moved, 'okrs')]);
    await expectLeftToGit(moved);
    const flagged = gitRepo([ONE]);
    runGit(flagged, ['config', 'core.bare', 'yes']);
    await expectLeftToGit(flagged);
  });

  it('a HEAD that leads out of refs/, or says nothing git knows', async () => {
    for (const head of ['ref: refs/heads/../../config\n', 'ref: refs/heads//main\n', 'not a ref\n']) {
      const dir = gitRepo([ONE]);
      writeFileSync(join(dir, '.git', 'HEAD'), head);
      await expectLeftToGit(dir);
    }
  });

  it('HEAD as a symbolic ref to another ref', async () => {
    const dir = gitRepo([ONE]);
    runGit(dir, ['symbolic-ref', 'refs/heads/alias', 'refs/heads/main']);
    writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/alias\n');
    await expectLeftToGit(dir);
  });
});
