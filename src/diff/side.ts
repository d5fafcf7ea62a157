// One side of a comparison: the repository at a revision (extracted from git) or the working
// tree, with every cycle loaded and checked.

import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkCycle, openRepository, type CheckedCycle, type Repository } from '../check.js';
import { snapshotAt } from '../git/snapshot.js';
import type { LoadOptions } from '../load/load-cycle.js';

export interface Side {
  /** What the user called it: a revision, or "working tree". */
  label: string;
  repo: Repository | undefined;
  /** The commit the side was read from; undefined for the working tree. */
  commit?: string;
  /** Checked cycles by id (only cycles the side's config defines). */
  cycles: Map<string, CheckedCycle>;
  dispose(): void;
}

export async function loadSide(current: Repository, rev: string | undefined, options: LoadOptions = {}, flag = 'revision'): Promise<Side> {
  if (rev === undefined) return { label: 'working tree', repo: current, cycles: await checkAll(current, options), dispose: () => undefined };
  const snapshot = await snapshotAt(current.root, rev, [current.configFile, current.config.okrsDir], current.env, flag);
  try {
    const configPath = join(snapshot.root, current.configFile);
    // Before the program existed, every OKR counts as added.
    if (!existsSync(configPath)) return { label: rev, commit: snapshot.commit, repo: undefined, cycles: new Map(), dispose: snapshot.dispose };
    const repo = await openRepository({ cwd: snapshot.root, config: relative(snapshot.root, configPath), atRevision: true, env: current.env });
    return { label: rev, commit: snapshot.commit, repo, cycles: await checkAll(repo, options), dispose: snapshot.dispose };
  } catch (error) {
    snapshot.dispose();
    throw error;
  }
}

async function checkAll(repo: Repository, options: LoadOptions): Promise<Map<string, CheckedCycle>> {
  const cycles = new Map<string, CheckedCycle>();
  for (const cycle of repo.config.cycles) cycles.set(cycle.id, await checkCycle(repo, cycle, options));
  return cycles;
}
