// The one way into a repository. openRepository finds the root (the folder of okr.config.yaml,
// from where okr runs: -C is already applied by cli.ts), reads the config, and gives the
// pipeline's stages: a cycle loaded and checked, the git state, a cycle's history. Each stage
// runs the first time a command asks for it and is kept for the rest of the run, so a command
// asks for what it needs and nothing is read twice. atRevision gives the same stages on the
// repository as it stood at a commit (--at, --base, okr diff BASE HEAD).

import { UsageError } from '../errors.js';
import { workingTree, type FileSource } from '../fs/file-source.js';
import type { GitEnv } from '../git/git.js';
import type { HistoryResult } from '../git/history.js';
import type { RepoState } from '../git/repo-state.js';
import { findRoot } from '../load/find-root.js';
import { loadConfig } from '../load/load-config.js';
import type { LoadOptions } from '../load/load-cycle.js';
import { locateFindings } from '../load/locate.js';
import type { Config, CycleDoc, Diagnostic, SourceFile } from '../model.js';
import { checkCycle, type CheckedCycle } from './check-cycle.js';

export interface Repository {
  root: string;
  /** Where its files are read: the working tree at `root`, or a revision's files in memory. */
  files: FileSource;
  /** The command's environment (Io.env): every git call on this repository gets it. */
  env: GitEnv;
  config: Config;
  /** Repository-relative path of the config file. */
  configFile: string;
  configSource: SourceFile;
  /** How its cycles load (OKR_THREADS caps the threads). */
  loadOptions: LoadOptions;
  /** The checkout git reads: the root, or for a revision the checkout it was read from. */
  checkout: string;
  /** For a revision: the commit its files come from, and that commit's date. */
  revision?: Revision;
  /** git's view of the checkout (its top, HEAD, a shallow clone); null outside git. */
  gitState(): Promise<RepoState | null>;
  /**
   * The cycle loaded and checked, as its files were when first asked for. `perFile` (findings
   * only: okr validate) keeps skeletons of the units, not their documents.
   */
  checked(cycle: CycleDoc, how?: { perFile?: boolean }): Promise<CheckedCycle>;
  /** The cycle's history from git (a UsageError outside git; no events without commits). */
  history(cycle: CycleDoc): Promise<HistoryResult>;
}

export interface Revision {
  /** What the user called it (a revision or a date). */
  label: string;
  commit: string;
  /** The commit's author date, YYYY-MM-DD (UTC). */
  date: string;
}

/** A config that cannot be used: exit 2, with the diagnostics that say why. */
export class ConfigError extends UsageError {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${diagnostics[0]?.file ?? 'okr.config.yaml'} is invalid`);
  }
}

export interface OpenOptions {
  /** Where okr runs (-C applied). */
  cwd: string;
  /** --config FILE, relative to cwd; its folder is the root. */
  config?: string;
  env: GitEnv;
  /** A command that writes unit files (import, new, next) makes okrsDir when it is missing. */
  createsOkrsDir?: boolean;
}

export async function openRepository(options: OpenOptions): Promise<Repository> {
  const { root, configPath } = findRoot({ cwd: options.cwd, config: options.config });
  return openAt(workingTree(root), configPath, options.env, { checkout: root, createsOkrsDir: options.createsOkrsDir });
}

/**
 * The repository as it stood at a revision: its config, OKR folder and people file read from
 * git's objects into memory (revision-files.ts), opened with the same stages. `then` is
 * undefined where the config did not exist yet.
 */
export async function atRevision<T>(current: Repository, rev: string, flag: string, use: (then: Repository | undefined, revision: Revision) => Promise<T>): Promise<T> {
  const { readRevisionFiles } = await import('./revision-files.js');
  const { revision, files, hasConfig } = await readRevisionFiles(current, rev, flag);
  const then = hasConfig ? await openAt(files, current.configFile, current.env, { checkout: current.checkout, revision }) : undefined;
  return use(then, revision);
}

interface Place {
  checkout: string;
  revision?: Revision;
  createsOkrsDir?: boolean;
}

/** `configPath`: absolute, or relative to the root of `files`. */
async function openAt(files: FileSource, configPath: string, env: GitEnv, place: Place): Promise<Repository> {
  const loaded = await loadConfig(files, configPath, { atRevision: place.revision !== undefined, createsOkrsDir: place.createsOkrsDir });
  if (!loaded.config || !loaded.source) {
    const sources = new Map(loaded.source ? [[loaded.file, loaded.source]] : []);
    throw new ConfigError(locateFindings(loaded.findings, sources));
  }
  return stagesOf({ root: files.root, files, env, config: loaded.config, configFile: loaded.file, configSource: loaded.source, checkout: place.checkout, revision: place.revision });
}

/**
 * The same repository with another config, as a command that changes the config sees it
 * before writing (okr next adds a cycle): its stages are its own, nothing read is shared.
 */
export function withConfig(repo: Repository, config: Config): Repository {
  return stagesOf({ ...repo, config });
}

type Fields = Pick<Repository, 'root' | 'files' | 'env' | 'config' | 'configFile' | 'configSource' | 'checkout' | 'revision'>;

function stagesOf(fields: Fields): Repository {
  const { config, checkout, env } = fields;
  const checked = new Map<string, Promise<CheckedCycle>>();
  const histories = new Map<string, Promise<HistoryResult>>();
  let state: Promise<RepoState | null> | undefined;
  const repo: Repository = {
    root: fields.root,
    files: fields.files,
    env,
    config,
    configFile: fields.configFile,
    configSource: fields.configSource,
    loadOptions: loadOptionsFrom(env),
    checkout,
    ...(fields.revision ? { revision: fields.revision } : {}),
    gitState: () => (state ??= import('../git/repo-state.js').then(({ readRepoState }) => readRepoState(checkout, env))),
    checked: (cycle, how = {}) => once(checked, `${cycle.id}${how.perFile ? ' per file' : ''}`, () => checkCycle(repo, cycle, how)),
    history: (cycle) => once(histories, cycle.id, async () => {
      const { readHistory } = await import('../git/history.js');
      return readHistory({ root: checkout, config, cycle, env, state: repo.gitState() });
    }),
  };
  return repo;
}

function once<T>(made: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let promise = made.get(key);
  if (promise === undefined) {
    promise = make();
    made.set(key, promise);
  }
  return promise;
}

/** OKR_THREADS=N caps the loading threads (1: no worker threads), as for a busy CI runner. */
function loadOptionsFrom(env: GitEnv): LoadOptions {
  const threads = Number(env.OKR_THREADS);
  return Number.isInteger(threads) && threads >= 1 ? { threads } : {};
}
