// What state a git repository is in, read in one `git rev-parse` call: where its top is,
// whether it has commits, whether HEAD is detached, a merge or rebase is under way, or the
// clone is shallow (actions/checkout fetches one commit unless told `fetch-depth: 0`).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gitRaw } from './git.js';

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

/** The state of the repository holding `cwd`, or null outside any git repository. */
export async function readRepoState(cwd: string): Promise<RepoState | null> {
  const out = await gitRaw(['rev-parse', '--show-toplevel', '--absolute-git-dir', '--is-shallow-repository', '--symbolic-full-name', 'HEAD', '--verify', '-q', 'HEAD'], { cwd });
  const lines = out.stdout.split('\n');
  if (lines.length < 3 || !lines[0]) return null;
  const [top, gitDir, shallow, symbolic, head] = lines;
  const branch = symbolic?.startsWith('refs/heads/') ? symbolic.slice('refs/heads/'.length) : null;
  return {
    top,
    gitDir,
    head: /^[0-9a-f]{40,64}$/.test(head ?? '') ? head : null,
    branch: branch ?? (await unbornBranch(cwd)),
    shallow: shallow === 'true',
    operation: operationIn(gitDir),
  };
}

/** In a repository with no commits, rev-parse cannot name HEAD's branch; symbolic-ref can. */
async function unbornBranch(cwd: string): Promise<string | null> {
  const out = await gitRaw(['symbolic-ref', '-q', '--short', 'HEAD'], { cwd });
  return out.code === 0 ? out.stdout.trim() : null;
}

function operationIn(gitDir: string): RepoState['operation'] {
  if (existsSync(join(gitDir, 'MERGE_HEAD'))) return 'merge';
  if (existsSync(join(gitDir, 'rebase-merge')) || existsSync(join(gitDir, 'rebase-apply'))) return 'rebase';
  if (existsSync(join(gitDir, 'CHERRY_PICK_HEAD'))) return 'cherry-pick';
  if (existsSync(join(gitDir, 'REVERT_HEAD'))) return 'revert';
  return null;
}
