// The repository fuzzer (npm run fuzz): copies of the example organisation, with its git
// history, damaged at random (mutations.ts), then every read command run on each, in every
// format (commands.ts), in-process through main() in a worker thread. Any result that breaks
// SPEC 7 or 10, a command that hangs, a write outside what was asked for, or a read of a file
// outside the repository is a failure, printed with its seed: FUZZ_SEED=<seed> replays that
// one repository and prints every command's output.
//
//   FUZZ_MINUTES           how long to run (default 10)
//   FUZZ_RUN_SEED          the run's seed (default: from the clock; printed)
//   FUZZ_SEED              replay one repository
//   FUZZ_COMMAND_SECONDS   a command's time limit before it counts as a hang (default 30)

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { isolatedGitEnv, testEnv } from '../helpers/git.js';
import { createCommandRunner, type CommandRunner, type Outcome } from './command-runner.js';
import { commandsFor, problemsOf } from './commands.js';
import { hostileText, mutate, writeOutside, type Place } from './mutations.js';
import { iterationSeed, randomFrom, type Random } from './random.js';

const MINUTES = Number(process.env.FUZZ_MINUTES ?? 10);
const REPLAY = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const RUN_SEED = Number(process.env.FUZZ_RUN_SEED ?? Date.now() % 2 ** 31);
const LIMIT_MS = Number(process.env.FUZZ_COMMAND_SECONDS ?? 30) * 1000;
/** Folders of failing repositories kept for a look; the rest are removed as the run goes. */
const KEEP_FAILED = 10;

interface Failure {
  seed: number;
  mutations: string[];
  command: string;
  problems: string[];
  output: string;
  folder: string;
}

interface Totals {
  repositories: number;
  commands: number;
  /** How the commands ended: a run where everything exits 2 would try little beyond the config. */
  exits: Record<string, number>;
  failures: Failure[];
}

/** What is at every path under `dir` (links not followed, FIFOs not opened): to see what a command wrote. */
function snapshot(dir: string, skip: (path: string) => boolean = () => false): Map<string, string> {
  const seen = new Map<string, string>();
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      const rel = relative(dir, path);
      if (skip(rel)) continue;
      const stat = lstatSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) {
        seen.set(rel, 'folder');
        walk(path);
      } else if (stat.isFile()) {
        seen.set(rel, `file ${createHash('sha1').update(readFileSync(path)).digest('hex')}`);
      } else if (stat.isSymbolicLink()) {
        seen.set(rel, `link to ${readlinkSync(path)}`);
      } else {
        seen.set(rel, stat.isFIFO() ? 'fifo' : 'special');
      }
    }
  };
  walk(dir);
  return seen;
}

/** Paths that differ between two snapshots and are not allowed to. */
function changed(before: Map<string, string>, after: Map<string, string>, allowed: (path: string) => boolean): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path) && !allowed(path)).map((path) => `${path}: ${before.get(path) ?? 'nothing'} → ${after.get(path) ?? 'nothing'}`);
}

/** What read commands may write in the repository: the files named by --out and --emails, relative to where they ran. */
function askedFor(from: string): (path: string) => boolean {
  const prefix = from === '' ? '' : `${from}/`;
  return (path) => {
    if (!path.startsWith(prefix)) return false;
    const rest = path.slice(prefix.length);
    return /^(report\.(md|json|html)|export\.csv)$/.test(rest) || rest === 'mail' || rest.startsWith('mail/');
  };
}

/** Commits what the mutations did, now and then as a hostile author with hostile trailers, so history reads it. */
function commitDamage(root: string, rng: Random, home: string): string {
  const author = rng.chance(0.5) ? { name: hostileText(rng).replace(/[<>\n\0]/g, '') || 'x', email: `${hostileText(rng).replace(/[<>\s\0]/g, '')}@x.example` } : { name: 'Bob Hart', email: 'bob@acme.example' };
  const trailers = rng.chance(0.5) ? `\n\nOKR-Ref: ${rng.pick(['platform/O1/KR1', hostileText(rng)])}\nOKR-Value: ${rng.pick(['18', 'NaN', hostileText(rng)])}\nOKR-Confidence: ${rng.pick(['0.6', '7', '-1'])}\nOKR-Date: ${rng.pick(['2026-11-20', '2026-02-30', hostileText(rng)])}` : '';
  const message = `${rng.chance(0.5) ? hostileText(rng) : 'okr: damage'}${trailers}`.replace(/\0/g, '');
  const env = { ...process.env, ...isolatedGitEnv(home, author), GIT_AUTHOR_DATE: '2026-11-22T12:00:00Z', GIT_COMMITTER_DATE: '2026-11-22T12:00:00Z' };
  try {
    execFileSync('git', ['add', '-A'], { cwd: root, env, stdio: 'ignore' });
    execFileSync('git', ['commit', '-q', '--no-verify', '--allow-empty', '-F', '-'], { cwd: root, env, input: message, stdio: ['pipe', 'ignore', 'ignore'] });
    return `committed as ${JSON.stringify(author.name)}: ${JSON.stringify(message.slice(0, 80))}`;
  } catch {
    return 'commit refused by git (left uncommitted)';
  }
}

/** Where `validate --format github` writes its step summary: nowhere, a file, or something that cannot take it. */
function stepSummary(rng: Random, folder: string): string | undefined {
  const kind = rng.weighted([['none', 5], ['file', 3], ['folder', 1], ['fifo', 0.5], ['full', 0.5]] as const);
  if (kind === 'none') return undefined;
  if (kind === 'full') return '/dev/full';
  const path = join(folder, `summary-${kind}`);
  if (kind === 'folder') mkdirSync(path);
  if (kind === 'fifo') execFileSync('mkfifo', [path]);
  return path;
}

async function fuzzOne(seed: number, work: string, base: string, runner: CommandRunner, totals: Totals, verbose: boolean): Promise<void> {
  const rng = randomFrom(seed);
  const folder = mkdtempSync(join(work, `r${seed}-`));
  const place: Place = { rng, root: join(folder, 'repo'), outside: join(folder, 'outside') };
  cpSync(base, place.root, { recursive: true, verbatimSymlinks: true });
  writeOutside(place.outside);
  const home = join(work, 'home');

  const mutations = mutate(place, rng.between(1, 4));
  if (rng.chance(0.5) && lstatSync(join(place.root, '.git'), { throwIfNoEntry: false })) {
    mutations.push(commitDamage(place.root, rng, home));
    if (rng.chance(0.5)) mutations.push(...mutate(place, rng.between(1, 2)));
  }
  const summary = stepSummary(rng, folder);
  if (summary) mutations.push(`GITHUB_STEP_SUMMARY=${summary}`);
  const env = testEnv({ HOME: home, XDG_CONFIG_HOME: join(home, '.config'), GIT_CONFIG_GLOBAL: join(home, '.gitconfig-none'), TMPDIR: join(work, 'tmp'), GITHUB_STEP_SUMMARY: summary });
  // Now and then from a folder inside the repository: the root is found by walking up.
  const cwd = rng.chance(0.15) && lstatSync(join(place.root, 'okrs'), { throwIfNoEntry: false })?.isDirectory() ? join(place.root, 'okrs') : place.root;
  if (verbose) console.log(`seed ${seed}: ${folder}\n  ${mutations.join('\n  ')}`);

  const repoBefore = snapshot(place.root, (path) => path === '.git');
  const outsideBefore = snapshot(place.outside);
  let failed = false;
  const fail = (command: string, problems: string[], output: string) => {
    failed = true;
    totals.failures.push({ seed, mutations, command, problems, output, folder });
  };
  for (const command of commandsFor(rng)) {
    const outcome = await runner.run(command.argv, cwd, env, LIMIT_MS);
    totals.commands++;
    const exit = outcome.kind === 'done' ? `exit ${outcome.code}` : outcome.kind;
    totals.exits[exit] = (totals.exits[exit] ?? 0) + 1;
    const problems = problemsOf(command, outcome);
    if (verbose) console.log(`okr ${command.argv.join(' ')}: ${summarise(outcome)}${problems.length ? `\n  PROBLEMS: ${problems.join('; ')}` : ''}`);
    if (problems.length > 0) fail(`okr ${command.argv.join(' ')}`, problems, outputOf(outcome));
  }
  const written = changed(repoBefore, snapshot(place.root, (path) => path === '.git'), askedFor(relative(place.root, cwd)));
  if (written.length > 0) fail('(all commands)', [`changed in the repository: ${written.slice(0, 5).join('; ')}`], '');
  const outside = changed(outsideBefore, snapshot(place.outside), () => false);
  if (outside.length > 0) fail('(all commands)', [`changed outside the repository: ${outside.slice(0, 5).join('; ')}`], '');
  totals.repositories++;
  if (!failed || totals.failures.length > KEEP_FAILED) rmSync(folder, { recursive: true, force: true });
}

function summarise(outcome: Outcome): string {
  if (outcome.kind !== 'done') return `${outcome.kind} after ${outcome.ms} ms`;
  return `exit ${outcome.code} in ${outcome.ms} ms\n${outputOf(outcome).replace(/^/gm, '    ')}`;
}

function outputOf(outcome: Outcome): string {
  if (outcome.kind === 'crashed') return outcome.message.slice(0, 2000);
  if (outcome.kind === 'hung') return '';
  return `stderr: ${outcome.stderr.slice(0, 1500)}\nstdout: ${outcome.stdout.slice(0, 500)}`;
}

/** Files of the project that git does not track: a command that wrote outside its repository could only add one. */
function newFilesInProject(): string[] {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((line) => line.startsWith('??'));
}

function report(failures: Failure[]): string {
  return failures.map((f) => [
    `FAIL seed ${f.seed} (replay: FUZZ_SEED=${f.seed} npx vitest run --config vitest.fuzz.config.ts test/fuzz)`,
    `  repository: ${f.folder}`,
    `  mutations:\n    ${f.mutations.join('\n    ')}`,
    `  ${f.command}`,
    `  problems: ${f.problems.join('; ')}`,
    f.output ? `  ${f.output.replace(/\n/g, '\n  ')}` : '',
  ].join('\n')).join('\n\n');
}

describe('the repository fuzzer', () => {
  it('survives damaged repositories', async () => {
    const work = mkdtempSync(join(tmpdir(), 'okr-fuzz-'));
    mkdirSync(join(work, 'home'));
    mkdirSync(join(work, 'tmp'));
    const runner = createCommandRunner();
    const totals: Totals = { repositories: 0, commands: 0, exits: {}, failures: [] };
    const projectBefore = newFilesInProject();
    try {
      const base = join(work, 'base');
      const made = await runner.run(['init', base, '--example', '--as-of', '2026-11-23'], work, testEnv({ HOME: join(work, 'home') }), 300_000);
      if (made.kind !== 'done' || made.code !== 0) throw new Error(`okr init --example failed: ${outputOf(made)}`);

      const started = Date.now();
      const deadline = started + MINUTES * 60_000;
      let lastNote = started;
      if (REPLAY !== undefined) {
        await fuzzOne(REPLAY, work, base, runner, totals, true);
      } else {
        console.log(`fuzz: run seed ${RUN_SEED} (FUZZ_RUN_SEED), ${MINUTES} min, ${LIMIT_MS / 1000} s per command; work folder ${work}`);
        for (let i = 0; Date.now() < deadline; i++) {
          await fuzzOne(iterationSeed(RUN_SEED, i), work, base, runner, totals, false);
          if (Date.now() - lastNote > 60_000) {
            lastNote = Date.now();
            console.log(`fuzz: ${((lastNote - started) / 60_000).toFixed(1)} min, ${totals.repositories} repositories, ${totals.commands} commands, ${totals.failures.length} failures`);
          }
        }
      }
      const minutes = ((Date.now() - started) / 60_000).toFixed(1);
      console.log(`fuzz: done: ${minutes} min, ${totals.repositories} repositories mutated, ${totals.commands} commands run, ${totals.failures.length} failures (run seed ${RUN_SEED}); ${Object.entries(totals.exits).sort().map(([k, v]) => `${k}: ${v}`).join(', ')}`);
    } finally {
      await runner.close();
    }
    if (totals.failures.length > 0) console.log(report(totals.failures));
    expect(newFilesInProject(), 'the fuzzer or okr wrote a file into the project itself').toEqual(projectBefore);
    expect(totals.failures.map((f) => `seed ${f.seed}: ${f.command}: ${f.problems.join('; ')}`)).toEqual([]);
    if (totals.failures.length === 0) rmSync(work, { recursive: true, force: true });
  }, (MINUTES + 15) * 60_000);
});
