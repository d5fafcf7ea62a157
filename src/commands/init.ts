// okr init [DIR]: scaffold an OKR repository (config with the first cycle, a company file,
// schema copies and editor settings, the CI workflow, `git init`), or with --example the
// Acme demo with weeks of back-dated check-in commits. Writes all files or none.

import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { makeFolder } from '../fs/write-file.js';
import { git, GitError } from '../git/git.js';
import { readRepoState, type RepoState } from '../git/repo-state.js';
import { firstCycle, quarterQuestion, type Quarter } from '../init/first-cycle.js';
import { readIdentity } from '../init/identity.js';
import { conflicts, writePlan, type PlannedFile, type WriteResult } from '../init/plan.js';
import { scaffoldPlan, type Layout } from '../init/scaffold.js';
import { NO_PERSON } from '../init/templates.js';
import { isInteractive, today, type GlobalOptions, type Io } from '../terminal/io.js';

export interface InitOptions extends GlobalOptions {
  example?: boolean;
  organization?: string;
  start?: string;
  end?: string;
  /** The first cycle: this calendar quarter or the next (default: decided by the date). */
  quarter?: Quarter;
  force?: boolean;
  /** false with --no-git. */
  git?: boolean;
}

interface Context {
  root: string;
  /** The git repository DIR is in (or will be in), null outside one or without git. */
  repo: RepoState | null;
  gitMissing: boolean;
  useGit: boolean;
  say: (text: string) => void;
  io: Io;
}

const DEFAULT_ORGANIZATION = 'My Organization';

export async function run(options: InitOptions, [dir = '.']: string[], io: Io): Promise<number> {
  const root = canonical(resolve(io.cwd, dir));
  if (existsSync(root) && !statSync(root).isDirectory()) throw new UsageError(`${dir} exists and is not a folder`);
  const { repo, gitMissing } = await repositoryAround(root, io.env);
  const context: Context = { root, repo, gitMissing, useGit: options.git !== false, io, say: options.quiet ? () => undefined : (text) => io.stderr.write(text) };
  return options.example ? example(options, context) : scaffold(options, context);
}

async function scaffold(options: InitOptions, context: Context): Promise<number> {
  const { root, repo, io, say } = context;
  const { cycle, notes: cycleNotes } = await firstCycle(
    { asOf: options.asOf ?? today(), start: options.start, end: options.end, id: options.cycle, quarter: options.quarter },
    isInteractive(io) ? (choice) => askQuarter(choice, options, io) : undefined,
  );
  const organization = (options.organization ?? DEFAULT_ORGANIZATION).trim();
  if (!organization) throw new UsageError('--organization needs a name');
  const person = await readIdentity(nearestFolder(root), io.env);
  const layout: Layout = { root, top: repo?.top ?? root };
  const plan = scaffoldPlan({ organization, cycle, person }, layout);
  refuseOverwrites(plan.files, options, context);

  const initialised = await initRepository(context);
  const results = await writeFiles(plan.files, layout.top, options, context);

  say(`Created an OKR repository for ${organization} in ${shown(root, io.cwd)}, first cycle ${cycle.id} (${cycle.start} to ${cycle.end}):\n`);
  say(listing(results, root));
  if (initialised) say('Initialised a git repository (branch main).\n');
  if (context.gitMissing && context.useGit) say('git is not installed, so no repository was made; okr history, diff and checkin need one.\n');
  for (const note of [...cycleNotes, ...plan.notes]) say(`Note: ${note}.\n`);
  if (!person) say(`Note: git does not know your name, so the company's lead is '${NO_PERSON}' and there is no people registry yet; add yourself under people: in okr.config.yaml.\n`);
  if (options.organization === undefined) say(`Note: the organisation is called '${DEFAULT_ORGANIZATION}'; change it in okr.config.yaml (or use --organization).\n`);
  say('\nNext steps:\n');
  const steps = [
    ...(shown(root, io.cwd) !== '.' ? [`cd ${shown(root, io.cwd)}`] : []),
    `edit okrs/${cycle.id}/company.yaml, your first objectives and key results`,
    'okr validate',
    ...(context.useGit && !context.gitMissing ? ['git add -A && git commit -m "Start our OKRs"'] : []),
    'push to GitHub: .github/workflows/okr.yml checks every pull request',
  ];
  say(steps.map((step) => `  ${step}\n`).join(''));
  return 0;
}

async function example(options: InitOptions, context: Context): Promise<number> {
  const { root, repo, io, say } = context;
  const notForExample = (['organization', 'start', 'end', 'cycle', 'quarter'] as const).filter((key) => options[key] !== undefined);
  if (notForExample.length > 0) {
    throw new UsageError(`--example makes the Acme demo and its 2026-Q4 cycle; ${notForExample.map((key) => `--${key}`).join(', ')} cannot be used with it`);
  }
  if (context.useGit && context.gitMissing) throw new UsageError('git is not installed; --example --no-git writes the demo files without their history');
  if (context.useGit && repo && (repo.head !== null || !sameFolder(repo.top, root))) {
    throw new UsageError(`--example writes a history of its own and needs a folder outside any git repository, but ${shown(root, io.cwd)} is in ${repo.top}${repo.head ? '' : ' (below its top)'}; choose a new folder, or use --no-git for the files alone`);
  }
  const started = performance.now();
  const { buildExample } = await import('../init/example/build.js');
  const layout: Layout = { root, top: repo?.top ?? root };
  const build = buildExample(layout, options.asOf ?? today());
  refuseOverwrites(build.files, options, context);

  let commits = 0;
  if (context.useGit) {
    await initRepository(context);
    const { fastImport } = await import('../init/example/fast-import.js');
    await fastImport(root, `refs/heads/${repo?.branch ?? 'main'}`, build.commits, io.env);
    commits = build.commits.length;
  }
  const results = await writeFiles(build.files, layout.top, options, context);
  // The index was empty: fill it from the new HEAD so that `git status` shows a clean tree.
  if (context.useGit) await git(['reset', '--quiet'], { cwd: root, env: io.env });

  const people = new Set(build.commits.map((c) => c.author.email)).size;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(`Created the Acme demo in ${shown(root, io.cwd)}: ${results.size} files`);
  say(commits ? `, ${commits} commits by ${people} people from ${build.from} to ${build.to} (${seconds} s).\n` : ' (no git history: --no-git).\n');
  for (const note of build.notes) say(`Note: ${note}.\n`);
  say('\nTry:\n');
  const steps = [
    ...(shown(root, io.cwd) !== '.' ? [`cd ${shown(root, io.cwd)}`] : []),
    `okr tree --as-of ${build.to}`,
    `okr score --as-of ${build.to}`,
    ...(commits ? ['okr history company/O3/KR2', 'okr diff HEAD~20', 'okr sync', 'git log --format="%ad %an: %s" --date=short'] : []),
  ];
  say(steps.map((step) => `  ${step}\n`).join(''));
  return 0;
}

/** On a terminal, late in a quarter: which quarter the repository starts with. */
async function askQuarter(choice: Parameters<typeof quarterQuestion>[0], options: InitOptions, io: Io): Promise<Quarter> {
  const { terminalPrompter } = await import('../terminal/prompts.js');
  const { colorsFor } = await import('../terminal/color.js');
  const question = quarterQuestion(choice);
  return terminalPrompter(io, colorsFor(io.stdout, io.env, options.color)).select({ ...question, default: 'next' });
}

/** Nothing is written when a file would be overwritten without --force. */
function refuseOverwrites(files: PlannedFile[], options: InitOptions, context: Context): void {
  const existing = conflicts(files);
  if (existing.length === 0 || options.force) return;
  throw overwriteRefusal(existing, context);
}

function overwriteRefusal(existing: string[], context: Context): UsageError {
  const list = existing.map((path) => `  ${shown(path, context.io.cwd)}\n`).join('');
  return new UsageError(`${existing.length === 1 ? 'this file exists' : 'these files exist'} already, so nothing was written (--force overwrites):\n${list.trimEnd()}`);
}

/** Every file or none, under the repository's lock (in DIR when there is no git repository). */
async function writeFiles(files: PlannedFile[], top: string, options: InitOptions, context: Context): Promise<Map<string, WriteResult>> {
  // The lock goes in the git folder, else in DIR, which must exist to hold it.
  makeFolder(top, `cannot create ${shown(top, context.io.cwd)}`);
  return writePlan(files, { top, force: options.force === true, env: context.io.env, refuse: (paths) => overwriteRefusal(paths, context) });
}

/** `git init` DIR when it is in no repository (and git is wanted and there); true when it did. */
async function initRepository(context: Context): Promise<boolean> {
  if (!context.useGit || context.gitMissing || context.repo) return false;
  await git(['init', '--quiet', '--initial-branch=main', context.root], { cwd: nearestFolder(context.root), env: context.io.env });
  return true;
}

async function repositoryAround(root: string, env: Io['env']): Promise<{ repo: RepoState | null; gitMissing: boolean }> {
  try {
    return { repo: await readRepoState(nearestFolder(root), env), gitMissing: false };
  } catch (error) {
    if (error instanceof GitError) return { repo: null, gitMissing: true };
    throw error;
  }
}

/** DIR, or the closest folder above it that exists (DIR is created when the files are written). */
function nearestFolder(path: string): string {
  let folder = path;
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/**
 * The path with symbolic links resolved as far as it exists, as git reports its top, so that
 * DIR's place in the repository is computed right (macOS's /tmp is a link, for one).
 */
function canonical(path: string): string {
  const existing = nearestFolder(path);
  return resolve(realpathSync(existing), relative(existing, path));
}

function sameFolder(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

function listing(results: Map<string, WriteResult>, root: string): string {
  const rows = [...results].map(([path, result]) => [relative(root, path).split(sep).join('/'), result === 'created' ? '' : `(${result})`]);
  const width = Math.max(...rows.map(([path]) => path.length));
  return rows.map(([path, result]) => `  ${result ? `${path.padEnd(width)}  ${result}` : path}\n`).join('');
}

/** A path as the user would type it from where they are. */
function shown(path: string, cwd: string): string {
  const rel = relative(canonical(cwd), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}
