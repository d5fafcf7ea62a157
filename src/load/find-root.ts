// Where the repository is: the folder holding okr.config.yaml, found by walking up from where
// okr runs (-C DIR is applied before) like git and ESLint do, or given with --config. Only
// where the file is, not what it holds: whatever stands there (a FIFO, a link) is judged
// when it is read.

import { lstatSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { kindOf, problemOf } from '../fs/fs-problem.js';

export const CONFIG_NAME = 'okr.config.yaml';

export interface RootOptions {
  /** Where okr runs (-C DIR applied). */
  cwd: string;
  /** --config FILE: the config file; its folder is the root. */
  config?: string;
}

export function findRoot(options: RootOptions): { root: string; configPath: string } {
  const start = resolve(options.cwd);
  if (options.config !== undefined) {
    const configPath = resolve(start, options.config);
    checkConfigFile(configPath, options.config);
    return { root: dirname(configPath), configPath };
  }
  for (let dir = start; ; dir = dirname(dir)) {
    const configPath = join(dir, CONFIG_NAME);
    if (isThere(configPath)) return { root: dir, configPath };
    if (dirname(dir) === dir) break;
  }
  throw new UsageError(`no ${CONFIG_NAME} found in ${start} or any folder above it (run 'okr init', or pass -C DIR)`);
}

/** --config names a file: a folder or a FIFO there is a usage error, said before anything is read. */
function checkConfigFile(path: string, given: string): void {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new UsageError(`--config ${given}: a folder, not a file (name the okr.config.yaml inside it, or use -C ${given})`);
    if (!stats.isFile()) throw new UsageError(`--config ${given}: ${kindOf(stats)}, not a regular file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const problem = problemOf(error);
    throw new UsageError(`--config ${given}: ${problem.reason === 'missing' ? 'no such file' : problem.message}`);
  }
}

/** Something stands at the path (a dangling link too: reading it then says what is wrong). */
function isThere(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}
