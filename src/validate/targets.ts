// What `okr validate PATH...` is asked to check. Every path given is either checked or refused
// with its reason (outside the repository, missing, not YAML, a folder that holds no OKR files,
// another cycle than --cycle), so "no problems" is never said about a file nobody read. The
// pre-commit hook runs exactly this mode, with the staged files.

import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Repository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { UsageError } from '../errors.js';
import { isYamlFile } from '../load/yaml-files.js';
import type { CycleDoc, Finding } from '../model.js';

export interface Targets {
  /** Repository-relative paths, forward slashes ('' is the whole repository); none: everything. */
  paths: string[];
  /** The cycles whose files are loaded (references resolve against a whole cycle). */
  cycles: CycleDoc[];
  /** Whether to look for unit files in okrsDir that sit in no cycle folder. */
  strays: boolean;
  /** YAML files given that are neither the config nor in okrsDir: okr never reads them. */
  outside: string[];
}

export function resolveTargets(repo: Repository, base: string, given: string[], cycleId: string | undefined): Targets {
  const only = cycleId === undefined ? undefined : selectCycle(repo.config, cycleId, '');
  const everything: Targets = { paths: [], cycles: only ? [only] : repo.config.cycles, strays: only === undefined, outside: [] };
  if (given.length === 0) return everything;

  const okrsDir = repo.config.okrsDir;
  const cycleIds = new Set(repo.config.cycles.map((c) => c.id));
  const paths: string[] = [];
  const wanted = new Set<string>();
  const outside: string[] = [];
  let allCycles = false;
  let strays = false;
  for (const path of given) {
    const { rel, isFile } = placeOf(repo.root, base, path);
    paths.push(rel);
    if (isFile && rel !== repo.configFile && !isYamlFile(rel)) {
      throw new UsageError(`${path} is not a YAML file; okr validate checks ${repo.configFile} and the unit files (.yaml, .yml) in ${okrsDir}/`);
    }
    const inOkrs = rel === okrsDir || rel.startsWith(`${okrsDir}/`);
    const holdsOkrs = rel === '' || okrsDir.startsWith(`${rel}/`);
    if (rel === repo.configFile || holdsOkrs || rel === okrsDir) {
      // The config, or a folder holding every cycle: findings about the config come from any cycle.
      allCycles = true;
      strays = true;
      continue;
    }
    if (!inOkrs) {
      if (!isFile) throw new UsageError(`${path} holds no OKR files; unit files live in ${okrsDir}/<cycle>/`);
      outside.push(rel);
      continue;
    }
    const folder = rel.slice(okrsDir.length + 1).split('/')[0];
    if (only && folder !== only.id) throw new UsageError(`${path} is not in cycle '${only.id}' (--cycle); leave out --cycle, or the path`);
    if (cycleIds.has(folder)) wanted.add(folder);
    else strays = true;
  }
  const cycles = only ? [only] : allCycles ? repo.config.cycles : repo.config.cycles.filter((c) => wanted.has(c.id));
  return { paths, cycles, strays: strays && only === undefined, outside };
}

/** Whether a repository-relative file is one of the targets, or inside one of them. */
export function isTargeted(targets: Targets, file: string): boolean {
  return targets.paths.length === 0 || targets.paths.some((p) => p === '' || file === p || file.startsWith(`${p}/`));
}

/** A YAML file given outside okrsDir is said to be where okr never looks, not passed over. */
export function outsideFindings(repo: Repository, targets: Targets): Finding[] {
  return targets.outside.map((file) => ({
    file, path: [], severity: 'error', rule: 'file-location', position: { line: 1, column: 1 },
    message: `this file is not in ${repo.config.okrsDir}/, so okr never checks it as a unit file; unit files live in ${repo.config.okrsDir}/<cycle>/`,
  }));
}

/** Where a given path is in the repository; anything outside it, or missing, is a usage error. */
function placeOf(root: string, base: string, path: string): { rel: string; isFile: boolean } {
  const absolute = resolve(base, path);
  const rel = relative(root, absolute);
  if (leaves(rel)) throw new UsageError(`${path} is outside the repository (${root}); okr validate checks files inside it`);
  let isFile: boolean;
  try {
    isFile = !statSync(absolute).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' || code === 'ENOTDIR' ? `${path}: no such file or folder` : `${path}: cannot be read (${code ?? (error as Error).message})`);
  }
  // A symbolic link may lead anywhere: what counts is where the file really is.
  const real = relative(realpathSync(root), realpathSync(absolute));
  if (leaves(real)) throw new UsageError(`${path} leads outside the repository (to ${realpathSync(absolute)}); okr validate checks files inside it`);
  return { rel: rel.split(sep).join('/'), isFile };
}

function leaves(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}
