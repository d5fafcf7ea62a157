// Where the repository is: the folder holding okr.config.yaml, found by walking up from the
// working directory like git and ESLint do, or given with -C / --config.

import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export const CONFIG_NAME = 'okr.config.yaml';

export interface RootOptions {
  cwd: string;
  /** -C DIR: act as if started there. */
  dir?: string;
  /** --config FILE: the config file; its folder is the root. */
  config?: string;
}

export function findRoot(options: RootOptions): { root: string; configPath: string } {
  const start = resolve(options.cwd, options.dir ?? '.');
  if (options.dir !== undefined && !isDirectory(start)) throw new UsageError(`-C ${options.dir}: no such directory`);
  if (options.config !== undefined) {
    const configPath = resolve(start, options.config);
    if (!existsSync(configPath)) throw new UsageError(`--config ${options.config}: no such file`);
    return { root: dirname(configPath), configPath };
  }
  for (let dir = start; ; dir = dirname(dir)) {
    const configPath = join(dir, CONFIG_NAME);
    if (existsSync(configPath)) return { root: dir, configPath };
    if (dirname(dir) === dir) break;
  }
  throw new UsageError(`no ${CONFIG_NAME} found in ${start} or any folder above it (run 'okr init', or pass -C DIR)`);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
