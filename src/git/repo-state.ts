// What state a git repository is in, read from its files or with `git rev-parse`: where its top is,
// whether it has commits, whether HEAD is detached, a merge or rebase is under way, or the
// clone is shallow (actions/checkout fetches one commit unless told `fetch-depth: 0`).

import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gitRaw, type GitEnv } from './git.js';
import { discoverRepo } from './repo-discovery.js';

export interface RepoState {
  top: string;
  gitDir: string;
  /** The commit HEAD points at, or null in a repository with no commits yet. */
  head: string | null;
  /** The branch HEAD is on, or null when detached. */
  branch: string | null;
  shallow: boolean;
  /** A merge, rebase, cherry-pick or revert that has not been finished. */
  operation: 'merge' | 'rebase' | 'cherry-pick' | 'revert' | null;
}

/**
 * The state of the repository holding `cwd`, or null outside any git repository: read from
 * the repository's files where that is certain (repo-discovery.ts), else asked of git.
 */
export async function readRepoState(cwd: string, env: GitEnv): Promise<RepoState | null> {
  const found = discoverRepo(cwd, env);
  if (found === null) return null;
  if (found !== undefined) return { ...found, branch: branchIn(found.gitDir) ?? await currentBranch(cwd, env), operation: operationIn(found.gitDir) };
  return readRepoStateFromGit(cwd, env);
}

/** The same, always asked of `git rev-parse` (tests hold the two to the same answers). */
export async function readRepoStateFromGit(cwd: string, env: GitEnv): Promise<RepoState | null> {
  const out = await gitRaw(['rev-parse', '--show-toplevel', '--absolute-git-dir', '--is-shallow-repository', '--verify', '-q', 'HEAD'], { cwd, env });
  const [top, gitDir, shallow, head] = out.stdout.split('\n');
  if (!top || !gitDir) return null;
  return {
    top,
    gitDir,
    head: /^[0-9a-f]{40,64}$/.test(head ?? '') ? head : null,
    branch: branchIn(gitDir) ?? await currentBranch(cwd, env),
    shallow: shallow === 'true',
    operation: operationIn(gitDir),
  };
}

/**
 * A folder's path from the repository's top, with forward slashes ('' at the top): what git
 * and GitHub name files by, where okr names them from its root. Links are resolved on both
 * sides (git reports its top resolved; macOS's /tmp is a link).
 */
export function pathFromTop(state: Pick<RepoState, 'top'>, folder: string): string {
  return relative(realpathSync(state.top), realpathSync(folder)).split(sep).join('/');
}

/**
 * The branch HEAD names, read from the HEAD file itself (`ref: refs/heads/main`): every command
 * asks, and a process more costs more than the read. undefined when the file says something
 * else than a branch or a commit (a symbolic link, a ref storage of another kind): git is asked.
 */
function branchIn(gitDir: string): string | null | undefined {
  let head: string;
  try {
    head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
  } catch {
    return undefined;
  }
  const branch = /^ref: refs\/heads\/(\S+)$/.exec(head)?.[1];
  if (branch !== undefined) return branch;
  return /^[0-9a-f]{40,64}$/.test(head) ? null : undefined;
}

/** The branch HEAD is on (also in a repository with no commits yet), or null when detached. */
async function currentBranch(cwd: string, env: GitEnv): Promise<string | null> {
  const out = await gitRaw(['symbolic-ref', '-q', '--short', 'HEAD'], { cwd, env });
  return out.code === 0 ? out.stdout.trim() : null;
}

function operationIn(gitDir: string): RepoState['operation'] {
  if (existsSync(join(gitDir, 'MERGE_HEAD'))) return 'merge';
  if (existsSync(join(gitDir, 'rebase-merge')) || existsSync(join(gitDir, 'rebase-apply'))) return 'rebase';
  if (existsSync(join(gitDir, 'CHERRY_PICK_HEAD'))) return 'cherry-pick';
  if (existsSync(join(gitDir, 'REVERT_HEAD'))) return 'revert';
  return null;
}
