// The pipeline for commands that show scores: open the repository (as it is, or as it stood
// at `--at REV|DATE`), pick the cycle, check it, score it. Problems in the files do not stop
// a score from being shown (the broken files are left out), but they are said on stderr so
// nobody mistakes a partial view.

import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkCycle, loadOptionsFrom, openRepository, selectCycle, type CheckedCycle, type Repository } from '../check.js';
import { GitError } from '../git/git.js';
import type { CycleDoc } from '../model.js';
import { scoreCycle } from '../score/index.js';
import type { ScoredCycle } from '../score/types.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';
import { readTiming, type Timing } from './timing.js';

export interface ScoredView {
  repo: Repository;
  cycle: CycleDoc;
  checked: CheckedCycle;
  scored: ScoredCycle;
  /** Check-in timelines from git, when the repository has history. */
  timing?: Timing;
}

export interface ViewOptions extends GlobalOptions {
  /** A revision or a date: show the repository as it stood then. */
  at?: string;
  /** commander's --no-history: score from the files alone. */
  history?: boolean;
}

export async function loadScoredView(options: ViewOptions, io: Io): Promise<ScoredView> {
  if (options.at !== undefined) return loadAt(options, io, options.at);
  const repo = await openRepository({ cwd: io.cwd, dir: options.dir, config: options.config, env: io.env });
  return scoreRepository(repo, repo.root, options.asOf ?? today(), options, io);
}

/** The repository at a revision: extracted from git, loaded, then the extraction removed. */
async function loadAt(options: ViewOptions, io: Io, at: string): Promise<ScoredView> {
  const current = await openRepository({ cwd: io.cwd, dir: options.dir, config: options.config, env: io.env });
  const { snapshotAt } = await import('../git/snapshot.js');
  const snapshot = await snapshotAt(current.root, at, [current.configFile, current.config.okrsDir], current.env);
  try {
    const configPath = join(snapshot.root, current.configFile);
    if (!existsSync(configPath)) throw new GitError(`${current.configFile} did not exist at ${at}`);
    const repo = await openRepository({ cwd: snapshot.root, config: relative(snapshot.root, configPath), atRevision: true, env: current.env });
    // A date means "as it stood that day"; a revision, as of the day it was committed.
    const asOf = options.asOf ?? (/^\d{4}-\d{2}-\d{2}$/.test(at) ? at : snapshot.date);
    // History is read from the checkout itself; check-ins after the date are left out.
    const view = await scoreRepository(repo, current.root, asOf, options, io);
    return { ...view, repo: { ...view.repo, root: current.root } };
  } finally {
    snapshot.dispose();
  }
}

async function scoreRepository(repo: Repository, gitRoot: string, asOf: string, options: ViewOptions, io: Io): Promise<ScoredView> {
  const cycle = selectCycle(repo.config, options.cycle, asOf);
  // git log starts first: git works in its own process while the files load here.
  const reading = options.history === false ? undefined : readTiming(gitRoot, repo.config, cycle, asOf, io, options.quiet);
  reading?.catch(() => undefined);
  const checked = await checkCycle(repo, cycle, loadOptionsFrom(io.env));
  const errors = checked.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 && !options.quiet) {
    const files = new Set(errors.map((f) => f.file)).size;
    io.stderr.write(`okr: warning: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} of ${cycle.id}; scores may be incomplete (run 'okr validate')\n`);
  }
  const timing = await reading;
  const scored = scoreCycle(checked.cascade, repo.config, cycle, { asOf, ...timing });
  return { repo, cycle, checked, scored, timing };
}
