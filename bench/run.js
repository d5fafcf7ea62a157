#!/usr/bin/env node
// The benchmark: `npm run bench` (= build, then this file). Generates a 2,000-unit organisation
// once (bench/.work/org, reused while the generator and its parameters are unchanged), then
// times, interleaved in the same run, the floor (parse only), `okr validate`, ajv-cli on the same
// files, and the start-up cost of `okr --version` against bare node. Prints a table and the
// budget checks. It is a report: the exit code is 0 even when a budget fails, and 2 only when
// the benchmark itself cannot run.
//
// Then the history section (bench/history-bench.js): `okr history` against `git log -p` on a
// generated repository of 5,000 check-in commits; `--no-history` leaves it out.
//
//   node bench/run.js [--runs N] [--json] [--units N] [--regenerate] [--no-history]

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULTS, generateOrganisation } from './generate.js';
import { benchHistory, historyReportLines } from './history-bench.js';
import { benchReport, reportReportLines } from './report-bench.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'bench', '.work');
const ORG = join(WORK, 'org');
const STAMP = join(WORK, 'org.stamp.json');
const TIME_OUT = join(WORK, 'time.txt');
const GNU_TIME = '/usr/bin/time';

// Budgets: what `okr validate` and `okr --version` must stay within.
const BUDGET = { validateVsFloor: 1.5, validatePeakMB: 300, versionVsNode: 1.5 };

// ---------------------------------------------------------------- arguments

function usage(message) {
  if (message) console.error(`bench: ${message}`);
  console.error('usage: node bench/run.js [--runs N] [--json] [--units N] [--regenerate] [--no-history]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { runs: 5, json: false, units: DEFAULTS.units, regenerate: false, history: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (flag === '--runs' || flag === '--units') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) usage(`${flag} expects a positive integer`);
      opts[flag.slice(2)] = n;
    } else if (flag === '--json') opts.json = true;
    else if (flag === '--regenerate') opts.regenerate = true;
    else if (flag === '--no-history') opts.history = false;
    else if (flag === '--help' || flag === '-h') usage();
    else usage(`unknown argument: ${argv[i]}`);
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
/** Progress goes to stderr, so that `--json` leaves stdout to the results. */
const log = (s) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------- the organisation

/**
 * Generate unless bench/.work/org already holds the same organisation: the stamp records the
 * parameters and a hash of generate.js, so a changed generator regenerates too.
 */
function ensureOrganisation() {
  const params = { ...DEFAULTS, units: opts.units };
  const generator = createHash('sha256').update(readFileSync(join(ROOT, 'bench', 'generate.js'))).digest('hex');
  const key = JSON.stringify({ params, generator });
  if (!opts.regenerate && existsSync(STAMP) && existsSync(join(ORG, 'okr.config.yaml'))) {
    try {
      const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
      if (stamp.key === key) {
        log(`reusing ${relative(ROOT, ORG)} (${stamp.result.units} units, ${mb(stamp.result.bytes)} MB of YAML)`);
        return { params, result: stamp.result };
      }
    } catch {
      // An unreadable stamp means: generate again.
    }
  }
  log(`generating ${params.units} units into ${relative(ROOT, ORG)} ...`);
  rmSync(STAMP, { force: true });
  rmSync(ORG, { recursive: true, force: true });
  mkdirSync(ORG, { recursive: true });
  const t0 = process.hrtime.bigint();
  const result = generateOrganisation(ORG, params);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  writeFileSync(STAMP, JSON.stringify({ key, result }, null, 2) + '\n');
  log(`generated ${result.units} unit files, ${mb(result.bytes)} MB of YAML in ${seconds.toFixed(1)} s`);
  return { params, result };
}

// ---------------------------------------------------------------- measuring

/*
 * Wall time and peak RSS of one run.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f '%e %M'`), not from a node wrapper reading
 * `process.resourceUsage()`: that call reports only the calling process, Node has no
 * getrusage(RUSAGE_CHILDREN), and spawnSync does not return the child's rusage. A wrapper
 * would therefore have to run inside the measured process (a preload hook), which changes what
 * is measured, misses memory allocated after its exit hook, and cannot see a non-node command.
 * GNU time gets the exact figure from the kernel (wait4() rusage of the child) without touching
 * the child, and a `#!/usr/bin/env node` script is exec'd in place, so the PID it waits on is
 * the node process itself.
 *
 * Wall time is taken here with hrtime around the spawn instead of GNU time's `%e`, which only
 * has centisecond resolution: too coarse for `node -e ''` (~0.04 s). The difference is the
 * exec of `time` itself, about a millisecond, the same for every line.
 */
const HAVE_TIME = existsSync(GNU_TIME);

function runOnce(line, { capture }) {
  const devNull = capture ? null : openSync('/dev/null', 'w');
  const [cmd, ...args] = HAVE_TIME ? [GNU_TIME, '-f', '%e %M', '-o', TIME_OUT, ...line.argv] : line.argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: ['ignore', capture ? 'pipe' : devNull, 'pipe'],
    maxBuffer: 1 << 30,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (devNull !== null) closeSync(devNull);
  if (r.error) throw new Error(`${line.name}: cannot run ${cmd}: ${r.error.message}`);
  let rssKB = null;
  if (HAVE_TIME) {
    // GNU time writes "Command exited with non-zero status N" before the format line.
    const last = readFileSync(TIME_OUT, 'utf8').trim().split('\n').pop() ?? '';
    const m = /^(\d+(?:\.\d+)?) (\d+)$/.exec(last.trim());
    if (m) rssKB = Number(m[2]);
  }
  return { seconds, rssKB, status: r.status ?? (r.signal ? 128 : 2), signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mb = (bytes) => (bytes / 1e6).toFixed(2);
/** MB are decimal (10^6 bytes), like the YAML size; GNU time's %M is in KiB. */
const kbToMB = (kb) => (kb === null ? null : (kb * 1024) / 1e6);
const firstLine = (s) => s.trim().split('\n').find((l) => l.trim()) ?? '';

// ---------------------------------------------------------------- the lines

function buildLines(cycle, units) {
  const node = process.execPath;
  const glob = `${relative(ROOT, ORG)}/okrs/${cycle}/**/*.yaml`;
  return [
    {
      id: 'floor',
      name: 'floor (js-yaml parse)',
      base: 'floor',
      argv: [node, 'bench/floor.js', ORG],
      check(r) {
        if (r.status !== 0) return `exit ${r.status}: ${firstLine(r.stderr)}`;
        const n = Number(/^(\d+) files/.exec(r.stdout)?.[1]);
        this.note = `${n} files parsed`;
        return n === units ? null : `parsed ${n} files, expected ${units}`;
      },
    },
    {
      id: 'okr-validate',
      name: 'okr validate',
      base: 'floor',
      argv: [node, 'bin/okr.js', 'validate', '-C', ORG, '--cycle', cycle, '--format', 'json'],
      check(r) {
        if (r.status !== 0 && r.status !== 1) return `exit ${r.status}: ${firstLine(r.stderr) || firstLine(r.stdout)}`;
        let out;
        try {
          out = JSON.parse(r.stdout);
        } catch {
          return `exit ${r.status}, but stdout is not JSON: ${firstLine(r.stdout).slice(0, 120)}`;
        }
        const diags = Array.isArray(out?.diagnostics) ? out.diagnostics : [];
        const count = (sev) => diags.filter((d) => d.severity === sev).length;
        const rules = {};
        for (const d of diags) rules[d.rule] = (rules[d.rule] ?? 0) + 1;
        const top = Object.entries(rules).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v}`).join(', ');
        this.findings = { errors: count('error'), warnings: count('warning'), rules };
        this.note = `${count('error')} errors, ${count('warning')} warnings${top ? ` (${top})` : ''}`;
        return null;
      },
    },
    {
      id: 'ajv-cli',
      name: 'ajv-cli',
      base: 'floor',
      // ajv-cli 5 reads .yaml data with its own js-yaml 3 and prints "<file> valid" per file to
      // stdout ("invalid" and the errors to stderr). The schema compiles in ajv's default strict
      // mode, so no --strict=false. Run through the same node binary as everything else.
      argv: [node, 'node_modules/.bin/ajv', 'validate', '--spec=draft7', '-c', 'ajv-formats', '-s', 'schemas/unit.schema.json', '-d', glob],
      check(r) {
        const valid = r.stdout.split('\n').filter((l) => / valid$/.test(l)).length;
        const invalid = r.stderr.split('\n').filter((l) => / invalid$/.test(l)).length;
        this.note = `${valid}/${units} files valid${invalid ? `, ${invalid} invalid` : ''}`;
        if (valid === 0 && invalid === 0) return `exit ${r.status}, no file validated: ${firstLine(r.stderr)}`;
        if (valid !== units) return `${valid} of ${units} files valid, ${invalid} invalid: the generated repository should be clean`;
        return r.status === 0 ? null : `exit ${r.status}`;
      },
    },
    {
      id: 'node',
      name: 'bare node',
      base: 'node',
      argv: [node, '-e', ''],
      check: (r) => (r.status === 0 ? null : `exit ${r.status}`),
    },
    {
      id: 'okr-version',
      name: 'okr --version',
      base: 'node',
      argv: [node, 'bin/okr.js', '--version'],
      check(r) {
        if (r.status !== 0) return `exit ${r.status}: ${firstLine(r.stderr)}`;
        this.note = firstLine(r.stdout);
        return null;
      },
    },
  ];
}

// ---------------------------------------------------------------- the run

function main() {
  mkdirSync(WORK, { recursive: true });
  const { params, result } = ensureOrganisation();
  const lines = buildLines(params.cycle, result.units);
  if (!HAVE_TIME) log(`warning: ${GNU_TIME} not found, peak RSS will not be measured`);

  // Warm-up: one run of each line with stdout captured, to check it did its job (all files
  // parsed or validated, JSON on stdout). A line that fails here is reported, not timed.
  log(`warm-up ...`);
  for (const line of lines) {
    const r = runOnce(line, { capture: true });
    line.error = line.check(r);
    line.warmup = { seconds: r.seconds, status: r.status };
    if (line.error) log(`  ${line.name}: ${line.error}`);
  }

  // Timed runs, interleaved (every line once per round) so that drift in machine load
  // touches all lines alike; stdout goes to /dev/null.
  for (const line of lines) Object.assign(line, { times: [], rss: [], statuses: [] });
  for (let round = 1; round <= opts.runs; round++) {
    log(`run ${round}/${opts.runs} ...`);
    for (const line of lines) {
      if (line.error) continue;
      const r = runOnce(line, { capture: false });
      line.times.push(r.seconds);
      if (r.rssKB !== null) line.rss.push(r.rssKB);
      line.statuses.push(r.status);
      if (r.status !== line.warmup.status) line.error = `exit ${r.status} in run ${round}, ${line.warmup.status} in the warm-up`;
    }
  }

  const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
  for (const l of lines) {
    l.median = l.times.length ? median(l.times) : null;
    l.peakMB = l.rss.length ? kbToMB(Math.max(...l.rss)) : null;
  }
  for (const l of lines) {
    const base = byId[l.base];
    l.ratio = l.median !== null && base.median ? l.median / base.median : null;
  }
  const baseName = { floor: 'floor', node: 'bare node' };
  const ratioText = (r, base) => (r === null ? 'n/a' : `${r.toFixed(2)}× ${base}`);

  const v = byId['okr-validate'];
  const ajv = byId['ajv-cli'];
  const ver = byId['okr-version'];
  const budget = (name, ok, detail, reason) => ({ name, pass: ok === null ? false : ok, detail: ok === null ? reason : detail });
  const missing = (l) => `not measured: ${l.name} ${l.error ?? 'did not run'}`;
  const budgets = [
    budget(`okr validate ≤ ${BUDGET.validateVsFloor} × floor`, v.ratio === null ? null : v.ratio <= BUDGET.validateVsFloor,
      ratioText(v.ratio, 'floor'), missing(v.ratio === null && !v.error ? byId.floor : v)),
    budget('okr validate ≤ ajv-cli', v.median === null || ajv.median === null ? null : v.median <= ajv.median,
      v.median === null || ajv.median === null ? '' : `${(v.median / ajv.median).toFixed(2)}× ajv-cli (${v.median.toFixed(3)} s vs ${ajv.median.toFixed(3)} s)`,
      missing(v.median === null ? v : ajv)),
    budget(`okr validate peak RSS < ${BUDGET.validatePeakMB} MB`, v.peakMB === null ? null : v.peakMB < BUDGET.validatePeakMB,
      v.peakMB === null ? '' : `${v.peakMB.toFixed(1)} MB`, v.error ? missing(v) : 'not measured: no GNU time'),
    budget(`okr --version ≤ ${BUDGET.versionVsNode} × bare node`, ver.ratio === null ? null : ver.ratio <= BUDGET.versionVsNode,
      ratioText(ver.ratio, 'bare node'), missing(ver.ratio === null && !ver.error ? byId.node : ver)),
  ];

  const report = {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    runs: opts.runs,
    organisation: { dir: relative(ROOT, ORG), cycle: params.cycle, ...result, seed: params.seed },
    results: lines.map((l) => ({
      id: l.id,
      name: l.name,
      command: l.argv.map((a, i) => (i === 0 ? 'node' : a.startsWith(ROOT) ? relative(ROOT, a) || '.' : a)).join(' '),
      medianSeconds: l.median,
      seconds: l.times,
      peakMB: l.peakMB,
      rssMB: l.rss.map(kbToMB),
      ratio: l.ratio,
      ratioTo: baseName[l.base],
      exitCodes: l.statuses,
      note: l.note ?? null,
      findings: l.findings,
      error: l.error ?? null,
    })),
    budgets,
  };

  if (opts.history) {
    report.history = benchHistory({ runs: opts.runs, regenerate: opts.regenerate, log });
    report.budgets.push(report.history.budget, report.history.scoreBudget, report.history.auditBudget);
    report.report = benchReport({ runs: Math.min(opts.runs, 3), log });
    report.budgets.push(...report.report.budgets);
  }

  if (opts.json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  printTable(report);
}

function printTable(report) {
  const o = report.organisation;
  const lv = Object.entries(o.levels).map(([k, n]) => `${n} ${k}`).join(', ');
  const out = [];
  out.push('');
  out.push(`okr benchmark: ${o.units} units (${lv}), ${mb(o.bytes)} MB of YAML`);
  out.push(`node ${report.node}, ${report.cpus} CPUs${report.cpuModel ? ` (${report.cpuModel.trim()})` : ''}; median of ${report.runs} runs after 1 warm-up`);
  out.push('');
  const rows = [['command', 'median s', 'peak MB', 'ratio', 'exit', 'notes']];
  for (const r of report.results) {
    const exit = r.exitCodes.length ? [...new Set(r.exitCodes)].join('/') : '-';
    rows.push([
      r.name,
      r.medianSeconds === null ? 'n/a' : r.medianSeconds.toFixed(3),
      r.peakMB === null ? 'n/a' : r.peakMB.toFixed(1),
      r.ratio === null ? 'n/a' : `${r.ratio.toFixed(2)}× ${r.ratioTo}`,
      exit,
      r.error ? `ERROR: ${r.error}` : (r.note ?? ''),
    ]);
  }
  const widths = rows[0].map((_c, i) => Math.max(...rows.map((row) => row[i].length)));
  const right = new Set([1, 2]);
  for (const [i, row] of rows.entries()) {
    out.push('  ' + row.map((c, j) => (j === row.length - 1 ? c : right.has(j) ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  ').trimEnd());
    if (i === 0) out.push('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  }
  if (report.history) out.push(...historyReportLines(report.history));
  if (report.report) out.push(...reportReportLines(report.report));
  out.push('');
  out.push('budgets');
  const bw = Math.max(...report.budgets.map((b) => b.name.length));
  for (const b of report.budgets) out.push(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name.padEnd(bw)}  ${b.detail}`);
  const failed = report.budgets.filter((b) => !b.pass).length;
  out.push('');
  out.push(failed ? `${failed} of ${report.budgets.length} budgets FAILED` : `all ${report.budgets.length} budgets pass`);
  process.stdout.write(out.join('\n') + '\n');
}

try {
  main();
} catch (e) {
  console.error(`bench: ${e.message}`);
  process.exitCode = 2;
}
