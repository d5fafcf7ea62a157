#!/usr/bin/env node
// The benchmark: `npm run bench` (= build, then this file). Every budget of bench/lines.js in
// one run: the commands it needs are timed side by side, interleaved (one run of each per
// round, so a change in machine load touches all alike), after a warm-up whose output is
// checked; each budget is then a ratio of two medians from this same run, a peak memory, or a
// file size, printed with PASS or FAIL. The data (organisations of 2,000 and 20,000 units,
// clean and with a warning in every file; repositories of 5,000 and 50,000 commits) is
// generated once under bench/.work and reused (bench/datasets.js).
//
//   node bench/run.js [--runs N] [--only PATTERN] [--quick] [--check] [--json] [--regenerate]
//
// Exit status: 2 when the benchmark itself cannot run or measure (no build, a generator
// failing, a reference such as ajv-cli or git log failing its check); with --check, 1 when a
// budget is not met (a budget that could not be measured, like peak memory without GNU time,
// counts as not met); 0 otherwise. Progress goes to stderr, the report to stdout.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASETS, WORK, describeDataset, ensureDataset } from './datasets.js';
import { evaluateBudget } from './evaluate.js';
import { BUDGETS, SYNC_LINE, commandsFor, datasetOf } from './lines.js';
import { HAVE_GNU_TIME, GNU_TIME, kbToMB, median, runOnce, warmupResult } from './measure.js';
import { formatReport } from './print.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: node bench/run.js [--runs N] [--only PATTERN] [--quick] [--check] [--json] [--regenerate]';
const QUICK_RUNS = 3;

/** Progress goes to stderr, so that stdout holds only the report. */
const log = (s) => process.stderr.write(`${s}\n`);

class BenchError extends Error {}

function parseArgs(argv) {
  const opts = { runs: null, only: null, quick: false, check: false, json: false, regenerate: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new BenchError(`${flag} expects a value`);
      return v;
    };
    if (flag === '--runs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new BenchError('--runs expects a positive integer');
      opts.runs = n;
    } else if (flag === '--only') opts.only = value();
    else if (flag === '--quick') opts.quick = true;
    else if (flag === '--check') opts.check = true;
    else if (flag === '--json') opts.json = true;
    else if (flag === '--regenerate') opts.regenerate = true;
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new BenchError(`unknown argument: ${argv[i]}`);
  }
  opts.runs ??= opts.quick ? QUICK_RUNS : 5;
  return opts;
}

/** The budgets to run: all, or those --quick keeps, or those whose id or group match --only. */
function selectBudgets(opts) {
  let pattern = null;
  if (opts.only !== null) {
    try {
      pattern = new RegExp(opts.only, 'i');
    } catch {
      pattern = new RegExp(opts.only.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
    }
  }
  const chosen = BUDGETS.filter((b) => !(opts.quick && b.big) && (!pattern || pattern.test(`${b.id} ${b.group}`)));
  if (!chosen.length) throw new BenchError(`no budget matches --only ${opts.only}${opts.quick ? ' among the --quick ones' : ''}; ids: ${BUDGETS.map((b) => b.id).join(', ')}`);
  return chosen;
}

const commandName = (c) => `${c.label}${c.dataset ? ` · ${c.dataset}` : ''}`;

/** One checked run of every command: what it printed must show it did its job. */
function warmUp(commands) {
  for (const c of commands) {
    const stdoutFile = join(WORK, `warm-up-${process.pid}.out`);
    const run = runOnce(c.argv, { cwd: c.cwd, stdoutFile, workDir: WORK });
    let verdict;
    try {
      verdict = c.check(warmupResult(run));
    } catch (e) {
      // e.g. the file a command should have written is not there
      verdict = { error: `its output could not be checked: ${e.message}` };
    } finally {
      rmSync(stdoutFile, { force: true });
    }
    Object.assign(c, { error: verdict.error ?? null, note: verdict.note ?? null, facts: verdict.facts ?? {}, warmupStatus: run.status });
    // A command no budget times (the HTML report, judged by its size) keeps its warm-up figures.
    Object.assign(c, c.timed ? { times: [], rssKB: [], exitCodes: [] } : { times: [], rssKB: run.rssKB === null ? [] : [run.rssKB], exitCodes: [run.status] });
    log(`  warm-up  ${commandName(c)}  ${run.seconds.toFixed(2)} s${c.error ? `  ERROR: ${c.error}` : ''}`);
  }
}

/** The timed runs, interleaved: every command once per round, stdout to /dev/null. */
function timedRounds(commands, runs) {
  for (let round = 1; round <= runs; round++) {
    for (const c of commands) {
      if (c.error || !c.timed) continue;
      const run = runOnce(c.argv, { cwd: c.cwd, workDir: WORK });
      c.times.push(run.seconds);
      if (run.rssKB !== null) c.rssKB.push(run.rssKB);
      c.exitCodes.push(run.status);
      if (run.status !== c.warmupStatus) c.error = `exit ${run.status} in run ${round}, ${c.warmupStatus} in the warm-up`;
      log(`  run ${round}/${runs}  ${commandName(c)}  ${run.seconds.toFixed(2)} s`);
    }
  }
}

/** bench/slow-server.js, with its URL in OKR_BENCH_SYNC_URL for the commands to read. */
function startSlowServer() {
  const portFile = join(WORK, `slow-server-${process.pid}.port`);
  rmSync(portFile, { force: true });
  const child = spawn(process.execPath, [join(ROOT, 'bench', 'slow-server.js'), portFile, String(SYNC_LINE.delayMs)], { stdio: 'ignore' });
  const waitUntil = Date.now() + 10_000;
  // Everything here is synchronous: wait for the port file without an event loop.
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8') === '') {
    if (Date.now() > waitUntil) {
      child.kill();
      throw new BenchError('the slow HTTP server of the sync line did not start');
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  process.env.OKR_BENCH_SYNC_URL = `http://127.0.0.1:${readFileSync(portFile, 'utf8')}`;
  rmSync(portFile, { force: true });
  return child;
}

function main(argv) {
  const opts = parseArgs(argv);
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new BenchError('build first: npm run build (or run the benchmark with npm run bench)');
  const budgets = selectBudgets(opts);
  const needed = new Set(budgets.flatMap((b) => [b.of, b.to].filter(Boolean)));
  const datasetNames = Object.keys(DATASETS).filter((name) => [...needed].some((id) => datasetOf(id) === name));

  mkdirSync(WORK, { recursive: true });
  if (!HAVE_GNU_TIME) log(`warning: ${GNU_TIME} not found, peak memory is not measured`);
  const datasets = {};
  for (const name of datasetNames) {
    try {
      datasets[name] = ensureDataset(name, { regenerate: opts.regenerate, log });
    } catch (e) {
      throw new BenchError(`cannot generate ${name}: ${e.message}`);
    }
  }
  // Sizes are read off the warm-up: a command that only writes a file to be measured is not timed.
  const timed = new Set(budgets.filter((b) => b.kind !== 'size' && b.kind !== 'per-kr').flatMap((b) => [b.of, b.to].filter(Boolean)));
  const commands = commandsFor(datasets).filter((c) => needed.has(c.id)).map((c) => ({ ...c, timed: timed.has(c.id) }));

  // okr sync's line reads a local HTTP server that answers after a delay: its own process,
  // since every command here runs synchronously, and stopped whatever happens.
  const server = commands.some((c) => c.server) ? startSlowServer() : null;
  try {
    log(`warm-up: ${commands.length} commands`);
    warmUp(commands);
    log(`timed runs: ${opts.runs} round${opts.runs === 1 ? '' : 's'}`);
    timedRounds(commands, opts.runs);
  } finally {
    server?.kill();
  }

  const results = {};
  for (const c of commands) {
    c.median = c.times.length ? median(c.times) : null;
    c.peakMB = c.rssKB.length ? kbToMB(Math.max(...c.rssKB)) : null;
    results[c.id] = { label: c.label, reference: c.reference, median: c.median, peakMB: c.peakMB, runs: c.times.length, error: c.error, facts: c.facts };
  }
  const verdicts = budgets.map((b) => evaluateBudget(b, results, { haveGnuTime: HAVE_GNU_TIME }));
  if (opts.check) for (const v of verdicts) if (v.status === 'NOT MEASURED') v.status = 'FAIL';

  const report = {
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model?.trim() ?? null, gnuTime: HAVE_GNU_TIME },
    runs: opts.runs,
    only: opts.only,
    quick: opts.quick,
    datasets: datasetNames.map((name) => ({ name, dir: relative(ROOT, datasets[name].dir), description: describeDataset(datasets[name]), ...datasets[name].info })),
    commands: commands.map((c) => ({
      id: c.id,
      label: c.label,
      dataset: c.dataset,
      reference: c.reference,
      timed: c.timed,
      command: c.argv.map((a, i) => (i === 0 && a === process.execPath ? 'node' : a.startsWith(ROOT) ? relative(ROOT, a) || '.' : a)).join(' '),
      cwd: relative(ROOT, c.cwd) || '.',
      medianSeconds: c.median,
      seconds: c.times,
      peakMB: c.peakMB,
      exitCodes: c.exitCodes,
      note: c.note,
      facts: c.facts,
      error: c.error,
    })),
    budgets: verdicts,
    brokenReferences: commands.filter((c) => c.reference && c.error).map((c) => ({ id: c.id, label: c.label, dataset: c.dataset, error: c.error })),
  };
  report.failed = verdicts.filter((v) => v.status !== 'PASS').map((v) => v.id);

  const width = process.stdout.isTTY ? Math.max(60, process.stdout.columns ?? 80) : 80;
  process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { width }));

  if (report.brokenReferences.length) return 2;
  return opts.check && verdicts.some((v) => v.status !== 'PASS') ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof BenchError || e.code === 'BENCH_CANNOT_RUN') {
    console.error(`bench: ${e.message}`);
    if (/^(unknown argument|--)/.test(e.message)) console.error(USAGE);
  } else console.error(`bench: ${e.stack ?? e}`);
  process.exitCode = 2;
}
