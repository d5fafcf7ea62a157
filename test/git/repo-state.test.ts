import { describe, expect, it } from 'vitest';
import { readRepoState } from '../../src/git/repo-state.js';
import { tempRepo } from '../helpers/cli.js';
import { commit, gitRepo, runGit, shallowClone, testEnv } from '../helpers/git.js';

describe('readRepoState', () => {
  it('is null outside a repository', async () => {
    expect(await readRepoState(tempRepo(), testEnv())).toBeNull();
  });

  it('sees a repository with no commits yet', async () => {
    const state = await readRepoState(gitRepo(), testEnv());
    expect(state).toMatchObject({ head: null, branch: 'main', shallow: false, operation: null });
  });

  it('reads HEAD and the branch', async () => {
    const dir = gitRepo([{ files: { a: '1' }, message: 'one', date: '2026-10-01' }]);
    const state = await readRepoState(dir, testEnv());
    expect(state?.head).toMatch(/^[0-9a-f]{40}$/);
    expect(state?.branch).toBe('main');
  });

  it('notices a detached HEAD', async () => {
    const dir = gitRepo([{ files: { a: '1' }, message: 'one', date: '2026-10-01' }, { files: { a: '2' }, message: 'two', date: '2026-10-02' }]);
    runGit(dir, ['checkout', '-q', '--detach', 'HEAD~1']);
    expect((await readRepoState(dir, testEnv()))?.branch).toBeNull();
  });

  it('notices a merge in progress', async () => {
    const dir = gitRepo([{ files: { a: '1\n' }, message: 'one', date: '2026-10-01' }]);
    runGit(dir, ['checkout', '-q', '-b', 'side']);
    commit(dir, { files: { a: 'side\n' }, message: 'side', date: '2026-10-02' });
    runGit(dir, ['checkout', '-q', 'main']);
    commit(dir, { files: { a: 'main\n' }, message: 'main', date: '2026-10-03' });
    try {
      runGit(dir, ['merge', '-q', 'side']);
    } catch {
      // The conflict is the point.
    }
    expect((await readRepoState(dir, testEnv()))?.operation).toBe('merge');
  });

  it('notices a shallow clone', async () => {
    const dir = gitRepo([{ files: { a: '1' }, message: 'one', date: '2026-10-01' }, { files: { a: '2' }, message: 'two', date: '2026-10-02' }]);
    expect((await readRepoState(shallowClone(dir), testEnv()))?.shallow).toBe(true);
  });
});
