// Committing the files a command changed, and nothing else. Before anything is written,
// `assertCanCommit` (the repository) and `assertFilesCommittable` (the files) check every
// reason the commit could fail or sweep in someone else's work, so that a refusal leaves the
// working tree exactly as it was. src/write/transaction.ts calls them under the repository lock.

import { realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { GitError, git, gitRaw, type GitEnv } from './git.js';
import { readRepoState, type RepoState } from './repo-state.js';

export const NO_COMMIT_FIX = 'use --no-commit to only edit the file';

/** The repository can take a commit: it exists, has commits, is on a branch, knows who you are. */
export async function assertCanCommit(root: string, env: GitEnv, fix = NO_COMMIT_FIX): Promise<RepoState> {
  const state = await readRepoState(root, env);
  if (!state) throw new GitError(`${root} is not in a git repository, so nothing can be committed; run 'git init', or ${fix}`);
  if (!state.head) throw new GitError(`this repository has no commits yet; commit the OKR files first (git add . && git commit), or ${fix}`);
  if (state.operation) throw new GitError(`a ${state.operation} is in progress; finish or abort it first (git ${state.operation} --continue or --abort)`);
  if (!state.branch) throw new GitError(`HEAD is detached; switch to a branch first (git switch <branch>), or ${fix}`);
  for (const variable of ['GIT_AUTHOR_IDENT', 'GIT_COMMITTER_IDENT']) {
    const ident = await gitRaw(['var', variable], { cwd: root, env });
    if (ident.code !== 0) {
      throw new GitError('git does not know who you are; set your identity first: git config --global user.name "Your Name" && git config --global user.email you@example.com');
    }
  }
  return state;
}

/**
 * The files (relative to `root`) hold exactly what HEAD has, so that the commit carries only
 * this change. Files the change creates (`created`) may be absent from git.
 */
export async function assertFilesCommittable(state: RepoState, root: string, env: GitEnv, files: string[], created: string[] = [], fix = NO_COMMIT_FIX): Promise<void> {
  const existing = files.filter((file) => !created.includes(file));
  if (existing.length === 0) return;
  const realRoot = realpathSync.native(root);
  const paths = existing.map((file) => relative(state.top, join(realRoot, file)).split(sep).join('/'));
  const status = await git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...paths], { cwd: state.top, env });
  for (const entry of status.split('\0').filter(Boolean)) {
    const code = entry.slice(0, 2);
    const path = entry.slice(3);
    if (code === '??') throw new GitError(`${path} is not in git yet; commit it first (git add ${path} && git commit), or ${fix}`);
    throw new GitError(`${path} has changes that are not committed; commit or stash them first, so that the check-in commits only its own change, or ${fix}`);
  }
}

/**
 * Commits exactly these files (relative to `root`), whatever else is staged; returns the new
 * commit's hash. Files new to git (`created`) are added first, and unstaged again on failure.
 */
export async function commitFiles(root: string, env: GitEnv, files: string[], message: string, created: string[] = []): Promise<string> {
  const added = created.filter((file) => files.includes(file));
  if (added.length > 0) await git(['add', '--', ...added], { cwd: root, env });
  try {
    // `--only` commits the named paths from the working tree and leaves the rest of the index,
    // staged changes included, as it was. With the named files as they are in HEAD the commit
    // is empty: a check-in that confirms a value (SPEC 9) is still a commit, with its trailers.
    await git(['commit', '--quiet', '--allow-empty', '--only', '-F', '-', '--', ...files], { cwd: root, env, input: message });
  } catch (error) {
    if (added.length > 0) await gitRaw(['reset', '--quiet', '--', ...added], { cwd: root, env });
    throw error;
  }
  return (await git(['rev-parse', 'HEAD'], { cwd: root, env })).trim();
}
