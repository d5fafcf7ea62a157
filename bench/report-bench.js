// The report section of `npm run bench`: on a 2,000-unit organisation with 5,000 check-in
// commits (written by history-bench.js's generator into bench/.work/report), `okr report` in
// md and html must take at most 1.2 × (`okr score` + `okr history`) on the same repository,
// and the html file must stay under 5 MB.
//
//   node bench/report-bench.js [--runs N] [--json]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HISTORY_DEFAULTS, generateHistoryRepo } from './history-bench.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'bench', '.work');
const REPO = join(WORK, 'report');
const STAMP = join(WORK, 'report.stamp.json');
const HTML = join(WORK, 'report.html');
export const REPORT_BUDGET = { vsScorePlusHistory: 1.2, htmlMB: 5 };
const PARAMS = { ...HISTORY_DEFAULTS, units: 2000, commits: 5000 };

function ensureRepo(log) {
  const key = JSON.stringify({ PARAMS, generator: statSync(join(ROOT, 'bench/history-bench.js')).size });
  if (existsSync(STAMP) && existsSync(join(REPO, '.git')) && JSON.parse(readFileSync(STAMP, 'utf8')).key === key) return;
  log(`generating ${PARAMS.units} units with ${PARAMS.commits} check-in commits into ${relative(ROOT, REPO)} ...`);
  rmSync(REPO, { recursive: true, force: true });
  generateHistoryRepo(REPO, PARAMS);
  mkdirSync(WORK, { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ key }) + '\n');
}

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/okr.js'), ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`okr ${args.join(' ')}: exit ${r.status}: ${(r.stderr ?? '').trim().split('\n')[0]}`);
  return seconds;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export function benchReport({ runs = 3, log = (s) => process.stderr.write(`${s}\n`) } = {}) {
  ensureRepo(log);
  const cycle = ['--cycle', PARAMS.cycle];
  const lines = {
    score: ['score', ...cycle, '--format', 'json'],
    history: ['history', ...cycle, '--format', 'json'],
    'report md': ['report', ...cycle, '--format', 'md'],
    'report html': ['report', ...cycle, '--format', 'html', '--out', HTML],
  };
  const times = Object.fromEntries(Object.keys(lines).map((k) => [k, []]));
  for (let round = 0; round <= runs; round++) {
    log(round === 0 ? 'report warm-up ...' : `report run ${round}/${runs} ...`);
    for (const [name, args] of Object.entries(lines)) {
      const seconds = time(args);
      if (round > 0) times[name].push(seconds);
    }
  }
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const limit = REPORT_BUDGET.vsScorePlusHistory * (m.score + m.history);
  const htmlMB = statSync(HTML).size / (1024 * 1024);
  return {
    medians: m,
    htmlMB,
    budgets: [
      { name: `okr report (md) ≤ ${REPORT_BUDGET.vsScorePlusHistory} × (okr score + okr history)`, pass: m['report md'] <= limit, detail: `${m['report md'].toFixed(3)} s vs limit ${limit.toFixed(3)} s` },
      { name: `okr report (html) ≤ ${REPORT_BUDGET.vsScorePlusHistory} × (okr score + okr history)`, pass: m['report html'] <= limit, detail: `${m['report html'].toFixed(3)} s vs limit ${limit.toFixed(3)} s` },
      { name: `report html < ${REPORT_BUDGET.htmlMB} MB`, pass: htmlMB < REPORT_BUDGET.htmlMB, detail: `${htmlMB.toFixed(2)} MB` },
    ],
  };
}

export function reportReportLines(result) {
  const out = ['', `report: ${PARAMS.units} units, ${PARAMS.commits} check-in commits in ${relative(ROOT, REPO)}`];
  for (const [name, seconds] of Object.entries(result.medians)) out.push(`  ${name.padEnd(12)} ${seconds.toFixed(3).padStart(8)} s`);
  for (const b of result.budgets) out.push(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name}  ${b.detail}`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--runs');
  const result = benchReport({ runs: at === -1 ? 3 : Number(argv[at + 1]) });
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(result, null, 2)}\n` : `${reportReportLines(result).join('\n')}\n`);
}
