#!/usr/bin/env node
// Concurrent check-ins: pairs of real `okr checkin` processes started at the same moment on
// one unit file of a real git repository, half of the pairs on different key results, half on
// the same one. Afterwards the history is audited from git alone: every process that exited 0
// must have its commit in the history of HEAD, carrying its own value in the file under its own
// message, and changing nothing but its own key result. Anything else is a lost check-in.
//
//   node bench/concurrent-checkins.js [--pairs N] [--json]     (default 50 pairs; build first)
//
// Exit code: 0 when nothing was lost, 1 when something was, 2 when it cannot run.
// test/write/concurrent-checkins.e2e.test.ts runs a few pairs in the suite.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/okr.js', import.meta.url));
const FILE = 'okrs/2026-Q4/team.yaml';
const KEY_RESULTS = ['team/O1/KR1', 'team/O1/KR2'];

const CONFIG = `version: 1
organization: Test Co
cycles:
  - id: 2026-Q4
    start: 2026-10-01
    end: 2026-12-31
people:
  ann: { name: Ann Lee, email: ann@acme.example }
`;

const UNIT = `cycle: 2026-Q4
unit: team
level: company
lead: ann
objectives:
  - id: O1
    title: Grow the business
    keyResults:
      - { id: KR1, title: Customers from 0 to 100000, lead: ann, start: 0, target: 100000, current: 0 }
      - { id: KR2, title: Partners from 0 to 100000, lead: ann, start: 0, target: 100000, current: 0 }
`;

/**
 * Runs `pairs` pairs and audits the result. Returns the figures and every problem found;
 * `keep` leaves the repository on disk (its path is in the result).
 */
export async function runConcurrentCheckins({ pairs = 50, bin = BIN, keep = false, onPair = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'okr-concurrent-'));
  const env = gitEnvironment(dir);
  try {
    const git = (args, input) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
    mkdirSync(join(dir, 'okrs/2026-Q4'), { recursive: true });
    writeFileSync(join(dir, 'okr.config.yaml'), CONFIG);
    writeFileSync(join(dir, FILE), UNIT);
    git(['init', '-q', '-b', 'main']);
    git(['add', '.']);
    git(['commit', '-q', '-m', 'Post Q4']);
    const start = git(['rev-parse', 'HEAD']).trim();

    const runs = [];
    for (let pair = 0; pair < pairs; pair++) {
      const same = pair % 2 === 1;
      const a = { pair, ref: KEY_RESULTS[0], value: 10_000 + 2 * pair };
      const b = { pair, ref: same ? KEY_RESULTS[0] : KEY_RESULTS[1], value: 10_000 + 2 * pair + 1 };
      const [ra, rb] = await Promise.all([a, b].map((run) => checkin(bin, dir, env, run)));
      runs.push(ra, rb);
      onPair(pair, ra, rb);
    }
    return { dir, ...audit(git, start, runs, pairs) };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

function checkin(bin, dir, env, run) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'checkin', '-C', dir, run.ref, '--value', String(run.value), '--as-of', '2026-11-02', '--note', `pair ${run.pair}, value ${run.value}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => { stderr += chunk; });
    child.stdout.resume();
    child.on('close', (code) => resolve({ ...run, code, stderr, commit: /committed ([0-9a-f]{7,})/.exec(stderr)?.[1] }));
  });
}

/** What git says happened, against what every process said it did. */
function audit(git, start, runs, pairs) {
  const history = git(['rev-list', `${start}..HEAD`]).trim().split('\n').filter(Boolean);
  const failed = runs.filter((run) => run.code !== 0).map((run) => ({ pair: run.pair, ref: run.ref, value: run.value, code: run.code, stderr: run.stderr.trim() }));
  const lost = [];
  const misattributed = [];
  for (const run of runs.filter((r) => r.code === 0)) {
    const commit = run.commit && history.find((hash) => hash.startsWith(run.commit));
    if (!commit) {
      lost.push({ pair: run.pair, ref: run.ref, value: run.value, why: run.commit ? `commit ${run.commit} is not in the history of HEAD` : 'it printed no commit' });
      continue;
    }
    const message = git(['log', '-1', '--format=%B', commit]);
    const trailer = (name) => new RegExp(`^${name}: (.*)$`, 'm').exec(message)?.[1];
    const after = values(git(['show', `${commit}:${FILE}`]));
    const before = values(git(['show', `${commit}^:${FILE}`]));
    if (after[run.ref] !== run.value) lost.push({ pair: run.pair, ref: run.ref, value: run.value, why: `its commit has ${after[run.ref]} in the file` });
    if (trailer('OKR-Ref') !== run.ref || Number(trailer('OKR-Value')) !== run.value) {
      misattributed.push({ pair: run.pair, ref: run.ref, value: run.value, why: `its commit's message says ${trailer('OKR-Ref')} ${trailer('OKR-Value')}` });
    }
    for (const ref of KEY_RESULTS.filter((r) => r !== run.ref)) {
      if (before[ref] !== after[ref]) misattributed.push({ pair: run.pair, ref: run.ref, value: run.value, why: `its commit also changed ${ref} from ${before[ref]} to ${after[ref]}` });
    }
  }
  const succeeded = runs.length - failed.length;
  return { pairs, processes: runs.length, succeeded, commits: history.length, failed, lost, misattributed };
}

/** `current` of each key result in the unit file (the fixture's one-line maps). */
function values(text) {
  const found = {};
  for (const match of text.matchAll(/\{ id: (KR\d), .*current: (\d+) \}/g)) found[`team/O1/${match[1]}`] = Number(match[2]);
  return found;
}

/** git with a fixed identity and nothing from the machine's configuration. */
function gitEnvironment(dir) {
  const env = {
    ...process.env,
    HOME: join(dir, '.home'),
    XDG_CONFIG_HOME: join(dir, '.home', '.config'),
    GIT_CONFIG_GLOBAL: join(dir, '.home', '.gitconfig-none'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Ann Lee', GIT_AUTHOR_EMAIL: 'ann@acme.example',
    GIT_COMMITTER_NAME: 'Ann Lee', GIT_COMMITTER_EMAIL: 'ann@acme.example',
    NO_COLOR: '1',
  };
  delete env.GITHUB_STEP_SUMMARY;
  return env;
}

async function main(argv) {
  const pairsAt = argv.indexOf('--pairs');
  const pairs = pairsAt === -1 ? 50 : Number(argv[pairsAt + 1]);
  if (!Number.isInteger(pairs) || pairs < 1) {
    console.error('usage: node bench/concurrent-checkins.js [--pairs N] [--json]');
    return 2;
  }
  const json = argv.includes('--json');
  const started = Date.now();
  const result = await runConcurrentCheckins({
    pairs,
    onPair: (pair, a, b) => { if (!json) process.stderr.write(`\rpair ${pair + 1}/${pairs}: exit ${a.code} and ${b.code}   `); },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (json) {
    console.log(JSON.stringify({ ...result, seconds: Number(seconds) }, null, 2));
  } else {
    process.stderr.write('\n');
    console.log(`pairs run:                 ${result.pairs} (${Math.ceil(result.pairs / 2)} on different key results, ${Math.floor(result.pairs / 2)} on the same one)`);
    console.log(`processes exited 0:        ${result.succeeded} of ${result.processes}`);
    console.log(`commits made:              ${result.commits}`);
    console.log(`check-ins lost:            ${result.lost.length}`);
    console.log(`values under another's message or with another's change: ${result.misattributed.length}`);
    console.log(`time:                      ${seconds} s`);
    for (const problem of [...result.failed, ...result.lost, ...result.misattributed]) console.log(`  ${JSON.stringify(problem)}`);
  }
  return result.lost.length + result.misattributed.length > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error) => {
    console.error(error);
    process.exitCode = 2;
  });
}
