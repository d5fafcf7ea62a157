// The repository as it stood at a revision: its config and OKR files, extracted with one
// `git archive` into a temporary folder, so that every command can load it with the same
// pipeline it uses for the working tree. `--at DATE` means the last commit on that day.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError, gitEnvironment, gitRaw, type GitEnv } from './git.js';
import { pathFromTop, readRepoState } from './repo-state.js';
import { resolveRevisionOrDate } from './revision.js';

export interface Snapshot {
  /** The repository root inside the extracted folder (the same subfolder as in the checkout). */
  root: string;
  commit: string;
  /** The commit's author date, YYYY-MM-DD (UTC). */
  date: string;
  /** Removes the extracted folder. */
  dispose(): void;
}

/**
 * Extracts the config and the OKR folder of `root` at a revision. `root` is the checkout's
 * repository root (where okr.config.yaml is); `paths` are relative to it.
 */
export async function snapshotAt(root: string, at: string, paths: string[], env: GitEnv, flag = '--at'): Promise<Snapshot> {
  const state = await readRepoState(root, env);
  if (!state) throw new GitError(`${flag} needs a git repository, and ${root} is not in one`);
  if (!state.head) throw new GitError('this repository has no commits yet');
  const { commit, date } = await resolveRevisionOrDate(root, at, flag, env);
  const prefix = pathFromTop(state, root);
  const inRepo = paths.map((p) => (prefix ? `${prefix}/${p}` : p));
  // Only paths that exist at that commit: an OKR folder may not exist yet.
  const listed = await gitRaw(['ls-tree', '--name-only', commit, '--', ...inRepo], { cwd: state.top, env });
  const existing = listed.stdout.split('\n').filter(Boolean);
  const folder = mkdtempSync(join(tmpdir(), 'okr-at-'));
  const dispose = () => rmSync(folder, { recursive: true, force: true });
  try {
    if (existing.length > 0) {
      const tar = execFileSync('git', ['archive', '--format=tar', commit, '--', ...existing], { cwd: state.top, env: gitEnvironment(env), maxBuffer: 1024 * 1024 * 1024 });
      execFileSync('tar', ['-x', '-C', folder], { input: tar, env: env as NodeJS.ProcessEnv });
    }
  } catch (error) {
    dispose();
    throw new GitError(`cannot read the repository at ${at}: ${(error as Error).message.split('\n')[0]}`);
  }
  return { root: prefix ? join(folder, prefix) : folder, commit, date, dispose };
}
