#!/usr/bin/env node
// The history benchmark: a git repository of 200 units with 5,000 check-in commits, and
// `okr history --format json` over the whole cycle timed against `git log -p` over the same
// folder. The budget is 2×: history must read git in one pass, never one process per commit.
// `okr audit --format json` reads the same history: at most 1.5 × `okr history`.
//
//   node bench/history-bench.js [--runs N] [--json] [--regenerate]   (after npm run build)
//   import { benchHistory } from './history-bench.js'                 (bench/run.js)
//
// The repository (bench/.work/history, reused while this file, generate.js and the parameters
// are unchanged) is written by one `git fast-import`: the organisation from generate.js as the
// first commit, then check-ins by 24 authors spread over the cycle, their messages with
// trailers as `okr checkin` writes them, a few first check-ins that add a `current:` line, a
// few hand edits (targets eased, titles reworded, a KR added) and one file moved into a
// subfolder. Deterministic: a seeded PRNG, fixed dates.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateOrganisation, prng } from './generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'bench', '.work');
const REPO = join(WORK, 'history');
const STAMP = join(WORK, 'history.stamp.json');

export const HISTORY_DEFAULTS = Object.freeze({ units: 200, commits: 5000, seed: 20261001, handEdits: 40, cycle: '2026-Q4' });
export const HISTORY_BUDGET = 2;
export const AUDIT_BUDGET = 1.5;

const AUTHORS = ['Alice Ng', 'Bob Stone', 'Carol Diaz', 'Dan Okafor', 'Erin Rossi', 'Fay Tanaka', 'Gus Dubois', 'Hana Silva',
  'Ivan Haddad', 'Jade Novak', 'Kofi Larsen', 'Lena Moreau', 'Marco Garcia', 'Nadia Kim', 'Oscar Patel', 'Priya Nguyen',
  'Quinn Weber', 'Rosa Costa', 'Sami Ivanova', 'Tara Brennan', 'Umar Mehta', 'Vera Sato', 'Wei Fischer', 'Yusuf Lopez']
  .map((name) => ({ name, email: `${name.toLowerCase().replace(' ', '.')}@acme.example` }));
const NOTES = ['Numbers from the weekly dashboard.', 'Rollout reached two more services.', 'Slower week: holidays.',
  'Big customer went live.', 'Recounted after the data fix.', '', '', ''];

/** The check-in message of SPEC 6, as src/git/checkin-message.ts writes it. */
function checkinMessage({ ref, previous, value, unit, confidence, date, note }) {
  const subject = `okr: ${ref} ${previous !== undefined ? `${previous} → ` : ''}${value}${unit ? ` ${unit}` : ''}${confidence !== undefined ? ` (confidence ${confidence})` : ''}`;
  const trailers = [`OKR-Ref: ${ref}`, `OKR-Value: ${value}`];
  if (confidence !== undefined) trailers.push(`OKR-Confidence: ${confidence}`);
  trailers.push(`OKR-Date: ${date}`);
  return `${subject}\n\n${note ? `${note}\n\n` : ''}${trailers.join('\n')}\n`;
}

/** Where each key result's lines are in a generated unit file. */
function keyResultsOf(lines, unit) {
  const krs = [];
  let objective = null;
  let kr = null;
  lines.forEach((line, i) => {
    const id = /^(\s*)- id: (\S+)$/.exec(line);
    if (id && id[2].startsWith('O')) objective = id[2];
    else if (id && id[2].startsWith('KR')) {
      kr = { ref: `${unit}/${objective}/${id[2]}`, first: i, indent: line.indexOf('id:') };
      krs.push(kr);
    } else if (kr && /^\s*- id: /.test(line)) kr = null;
    if (!kr) return;
    const field = /^\s*(current|confidence|target|start|unit|title): (.*)$/.exec(line);
    if (field && line.indexOf(field[1]) === kr.indent) kr[field[1]] = i;
  });
  return krs;
}

/** Writes the repository with one `git fast-import`. */
export function generateHistoryRepo(dir, params = HISTORY_DEFAULTS) {
  const rand = prng(params.seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const org = generateOrganisation(dir, { units: params.units, seed: params.seed, cycle: params.cycle });
  const cycleDir = join('okrs', params.cycle);
  const files = new Map(); // repository path → lines
  const walk = (folder) => {
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(join(dir, path), 'utf8').split('\n'));
    }
  };
  walk(cycleDir);
  const units = [...files.keys()].sort();
  const config = readFileSync(join(dir, 'okr.config.yaml'), 'utf8');

  const chunks = [];
  const emit = (text) => chunks.push(typeof text === 'string' ? Buffer.from(text) : text);
  const data = (text) => {
    const bytes = Buffer.from(text);
    emit(`data ${bytes.length}\n`);
    emit(bytes);
    emit('\n');
  };
  const start = Date.UTC(2026, 9, 1, 9) / 1000;
  const end = Date.UTC(2026, 11, 31, 17) / 1000;
  let mark = 0;
  const commit = (author, time, message, changes) => {
    mark++;
    emit(`commit refs/heads/main\nmark :${mark}\n`);
    emit(`author ${author.name} <${author.email}> ${time} +0000\ncommitter ${author.name} <${author.email}> ${time} +0000\n`);
    data(message);
    if (mark > 1) emit(`from :${mark - 1}\n`);
    for (const change of changes) emit(change);
  };
  const modify = (path) => {
    const text = files.get(path).join('\n');
    const bytes = Buffer.from(text);
    return Buffer.concat([Buffer.from(`M 100644 inline ${path}\ndata ${bytes.length}\n`), bytes, Buffer.from('\n')]);
  };

  commit(AUTHORS[0], start - 86400 * 7, 'Draft OKRs for the cycle\n', [
    Buffer.concat([Buffer.from(`M 100644 inline okr.config.yaml\ndata ${Buffer.byteLength(config)}\n`), Buffer.from(config), Buffer.from('\n')]),
    ...units.map(modify),
  ]);

  const total = params.commits;
  const handEditAt = new Set(Array.from({ length: params.handEdits }, (_, i) => Math.floor(((i + 0.5) * total) / params.handEdits)));
  const renameAt = Math.floor(total / 2);
  let renamed = null;
  const stats = { checkins: 0, inserted: 0, handEdits: 0, renames: 0 };
  for (let n = 0; n < total; n++) {
    const time = Math.floor(start + ((end - start) * (n + 1)) / (total + 1));
    const date = new Date(time * 1000).toISOString().slice(0, 10);
    const author = rand.pick(AUTHORS);
    if (n === renameAt) {
      // One unit file moved into a subfolder: the same unit, followed across the rename.
      const from = units.find((p) => !p.includes('/people/') && !p.endsWith('/company.yaml'));
      const to = `${cycleDir}/teams/${from.slice(from.lastIndexOf('/') + 1)}`;
      files.set(to, files.get(from));
      files.delete(from);
      units[units.indexOf(from)] = to;
      renamed = { from, to };
      commit(author, time, 'Group team files under teams/\n', [`R ${from} ${to}\n`]);
      stats.renames++;
      continue;
    }
    const path = rand.pick(units);
    const lines = files.get(path);
    const unit = path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length);
    const krs = keyResultsOf(lines, unit);
    if (handEditAt.has(n)) {
      // A hand edit in a pull request: ease a target, or reword a title. No trailers.
      const kr = krs.find((k) => k.target !== undefined && rand.next() < 0.5) ?? krs[0];
      if (kr.target !== undefined && rand.next() < 0.6) {
        const [, key, value] = /^(\s*target: )(\S+)(.*)$/.exec(lines[kr.target]);
        const start = Number(/start: (\S+)/.exec(lines[kr.start] ?? '')?.[1] ?? 0);
        lines[kr.target] = `${key}${Math.round((Number(value) + start) / 2)}`;
        commit(author, time, `Ease ${kr.ref} after the planning review\n\nThe original target assumed a second hire.\n`, [modify(path)]);
      } else {
        // Titles may be double-quoted: the words go inside the quotes.
        lines[kr.title] = lines[kr.title].replace(/title: (.*?)("?)$/, 'title: $1 (revised)$2');
        commit(author, time, `Reword ${kr.ref}\n`, [modify(path)]);
      }
      stats.handEdits++;
      continue;
    }
    const metric = krs.filter((k) => k.target !== undefined && k.start !== undefined);
    const kr = rand.pick(metric.length ? metric : krs);
    const from = Number(/start: (\S+)/.exec(lines[kr.start] ?? '')?.[1] ?? 0);
    const to = Number(/target: (\S+)/.exec(lines[kr.target] ?? '')?.[1] ?? 100);
    let value = Math.round((from + (to - from) * rand.next()) * 10) / 10;
    // A check-in that repeats the value changes no file, so git would not list it.
    if (kr.current !== undefined && String(value) === /current: (\S+)/.exec(lines[kr.current])[1]) value = Math.round((value + 0.1) * 10) / 10;
    const indent = ' '.repeat(kr.indent);
    let previous;
    if (kr.current !== undefined) {
      previous = /current: (\S+)/.exec(lines[kr.current])[1];
      lines[kr.current] = `${indent}current: ${value}`;
    } else {
      // A first check-in: the `current:` line is added after the target.
      lines.splice((kr.target ?? kr.first) + 1, 0, `${indent}current: ${value}`);
      stats.inserted++;
    }
    let confidence;
    const after = keyResultsOf(lines, unit).find((k) => k.ref === kr.ref);
    if (after.confidence !== undefined && rand.next() < 0.4) {
      confidence = Math.round(rand.next() * 100) / 100;
      lines[after.confidence] = `${indent}confidence: ${confidence}`;
    }
    const note = rand.pick(NOTES);
    commit(author, time, checkinMessage({ ref: kr.ref, previous, value, confidence, date, note }), [modify(path)]);
    stats.checkins++;
  }
  emit('done\n');

  // The files were written to be read back above; from now on git holds them.
  rmSync(join(dir, 'okrs'), { recursive: true, force: true });
  rmSync(join(dir, 'okr.config.yaml'), { force: true });
  const init = spawnSync('git', ['init', '-q', '-b', 'main', dir], { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`git init: ${init.stderr}`);
  const load = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: Buffer.concat(chunks), maxBuffer: 1 << 30 });
  if (load.status !== 0) throw new Error(`git fast-import: ${load.stderr}`);
  const checkout = spawnSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir, encoding: 'utf8' });
  if (checkout.status !== 0) throw new Error(`git reset: ${checkout.stderr}`);
  return { units: org.units, commits: mark, ...stats, renamed };
}

// ---------------------------------------------------------------- measuring

function ensureRepo(params, regenerate, log) {
  const hash = (file) => createHash('sha256').update(readFileSync(join(ROOT, 'bench', file))).digest('hex');
  const key = JSON.stringify({ params, bench: hash('history-bench.js'), generate: hash('generate.js') });
  if (!regenerate && existsSync(STAMP) && existsSync(join(REPO, '.git'))) {
    try {
      const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
      if (stamp.key === key) {
        log(`reusing ${relative(ROOT, REPO)} (${stamp.result.units} units, ${stamp.result.commits} commits)`);
        return stamp.result;
      }
    } catch {
      // generate again
    }
  }
  log(`generating ${params.units} units with ${params.commits} check-in commits into ${relative(ROOT, REPO)} ...`);
  rmSync(STAMP, { force: true });
  const t0 = process.hrtime.bigint();
  const result = generateHistoryRepo(REPO, params);
  log(`generated ${result.commits} commits in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`);
  mkdirSync(WORK, { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ key, result }, null, 2) + '\n');
  return result;
}

function timeOnce(argv, cwd, capture) {
  const devNull = capture ? null : openSync('/dev/null', 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd, stdio: ['ignore', capture ? 'pipe' : devNull, 'pipe'], maxBuffer: 1 << 30, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (devNull !== null) closeSync(devNull);
  if (r.error) throw new Error(`cannot run ${argv[0]}: ${r.error.message}`);
  return { seconds, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Times `git log -p` and `okr history --format json` on the generated repository, interleaved,
 * after one checked warm-up. Returns { repo, lines: [{ name, command, median, seconds, note, error }],
 * ratio, budget: { name, pass, detail } }.
 */
export function benchHistory({ runs = 5, regenerate = false, log = (s) => process.stderr.write(`${s}\n`) } = {}) {
  const params = { ...HISTORY_DEFAULTS };
  const repo = ensureRepo(params, regenerate, log);
  const folder = `okrs/${params.cycle}/`;
  const lines = [
    {
      id: 'git-log',
      name: 'git log -p',
      argv: ['git', 'log', '-p', '--', folder],
      check(r) {
        if (r.status !== 0) return `exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`;
        this.note = `${(r.stdout.length / 1e6).toFixed(1)} MB of log`;
        return null;
      },
    },
    {
      id: 'okr-history',
      name: 'okr history',
      argv: [process.execPath, join(ROOT, 'bin/okr.js'), 'history', '--cycle', params.cycle, '--format', 'json'],
      check(r) {
        if (r.status !== 0) return `exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`;
        let out;
        try {
          out = JSON.parse(r.stdout);
        } catch {
          return 'stdout is not JSON';
        }
        const events = out.events ?? [];
        const checkins = new Set(events.filter((e) => e.via === 'checkin').map((e) => e.commit)).size;
        const edits = events.filter((e) => e.via === 'edit' && e.kind === 'definition' && e.change === 'changed').length;
        this.note = `${events.length} events, ${checkins} check-in commits, ${edits} hand edits of definitions`;
        return checkins >= repo.checkins ? null : `only ${checkins} of ${repo.checkins} check-in commits found`;
      },
    },
    // Scores with staleness read the same history: at most 1.2 × plain scores, plus it.
    {
      id: 'score-plain',
      name: 'okr score --no-history',
      argv: [process.execPath, join(ROOT, 'bin/okr.js'), 'score', '--cycle', params.cycle, '--format', 'json', '--no-history'],
      check(r) {
        return r.status === 0 ? null : `exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`;
      },
    },
    {
      id: 'score-history',
      name: 'okr score (with staleness)',
      argv: [process.execPath, join(ROOT, 'bin/okr.js'), 'score', '--cycle', params.cycle, '--format', 'json'],
      check(r) {
        if (r.status !== 0) return `exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`;
        const stale = JSON.parse(r.stdout).units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults)).filter((k) => k.lastCheckin !== null).length;
        this.note = `${stale} key results with a check-in date from history`;
        return stale > 0 ? null : 'no check-in dates came from history';
      },
    },
    // The audit reads the same history and judges each event: at most 1.5 × okr history.
    {
      id: 'okr-audit',
      name: 'okr audit',
      argv: [process.execPath, join(ROOT, 'bin/okr.js'), 'audit', '--cycle', params.cycle, '--format', 'json'],
      check(r) {
        // Exit 1 is the audit finding something (the generated authors are not the leads).
        if (r.status !== 0 && r.status !== 1) return `exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`;
        const findings = JSON.parse(r.stdout).findings;
        this.note = `${findings.length} findings, ${findings.filter((f) => f.kind === 'eased-target').length} eased targets`;
        return null;
      },
    },
  ];
  log('history warm-up ...');
  for (const line of lines) {
    const r = timeOnce(line.argv, REPO, true);
    line.error = line.check(r);
    if (line.error) log(`  ${line.name}: ${line.error}`);
    line.times = [];
  }
  for (let round = 1; round <= runs; round++) {
    log(`history run ${round}/${runs} ...`);
    for (const line of lines) if (!line.error) line.times.push(timeOnce(line.argv, REPO, false).seconds);
  }
  for (const line of lines) line.median = line.times.length ? median(line.times) : null;
  const [gitLog, history, scorePlain, scoreHistory, audit] = lines;
  const ratio = gitLog.median && history.median !== null ? history.median / gitLog.median : null;
  const scoreLimit = scorePlain.median !== null && history.median !== null ? 1.2 * scorePlain.median + history.median : null;
  const scoreBudget = {
    name: 'okr score with staleness ≤ 1.2 × plain okr score + okr history',
    pass: scoreLimit !== null && scoreHistory.median !== null && scoreHistory.median <= scoreLimit,
    detail: scoreLimit === null || scoreHistory.median === null
      ? `not measured: ${scoreHistory.error ?? scorePlain.error ?? 'did not run'}`
      : `${scoreHistory.median.toFixed(3)} s vs limit ${scoreLimit.toFixed(3)} s (1.2 × ${scorePlain.median.toFixed(3)} + ${history.median.toFixed(3)})`,
  };
  const budget = {
    name: `okr history ≤ ${HISTORY_BUDGET} × git log -p`,
    pass: ratio !== null && ratio <= HISTORY_BUDGET,
    detail: ratio === null
      ? `not measured: ${history.error ?? gitLog.error ?? 'did not run'}`
      : `${ratio.toFixed(2)}× git log -p (${history.median.toFixed(3)} s vs ${gitLog.median.toFixed(3)} s)`,
  };
  const auditBudget = {
    name: `okr audit ≤ ${AUDIT_BUDGET} × okr history`,
    pass: audit.median !== null && history.median !== null && audit.median <= AUDIT_BUDGET * history.median,
    detail: audit.median === null || history.median === null
      ? `not measured: ${audit.error ?? history.error ?? 'did not run'}`
      : `${(audit.median / history.median).toFixed(2)}× okr history (${audit.median.toFixed(3)} s vs ${history.median.toFixed(3)} s)`,
  };
  return {
    repo: { dir: relative(ROOT, REPO), ...repo },
    lines: lines.map((l) => ({ id: l.id, name: l.name, command: l.argv.map((a, i) => (i === 0 && a === process.execPath ? 'node' : a.startsWith(ROOT) ? relative(ROOT, a) : a)).join(' '), medianSeconds: l.median, seconds: l.times, note: l.note ?? null, error: l.error ?? null })),
    ratio,
    budget,
    scoreBudget,
    auditBudget,
  };
}

/** The section `bench/run.js` prints. */
export function historyReportLines(result) {
  const r = result.repo;
  const out = ['', `history: ${r.units} units, ${r.commits} commits (${r.checkins} check-ins, ${r.inserted} first check-ins, ${r.handEdits} hand edits, ${r.renames} rename) in ${r.dir}`];
  const rows = [['command', 'median s', 'notes'], ...result.lines.map((l) => [l.name, l.medianSeconds === null ? 'n/a' : l.medianSeconds.toFixed(3), l.error ? `ERROR: ${l.error}` : (l.note ?? '')])];
  const widths = rows[0].map((_c, i) => Math.max(...rows.map((row) => row[i].length)));
  rows.forEach((row, i) => {
    out.push('  ' + row.map((c, j) => (j === row.length - 1 ? c : j === 1 ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  ').trimEnd());
    if (i === 0) out.push('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  });
  for (const budget of [result.budget, result.scoreBudget, result.auditBudget]) out.push(`  ${budget.pass ? 'PASS' : 'FAIL'}  ${budget.name}  ${budget.detail}`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt === -1 ? 5 : Number(argv[runsAt + 1]);
  try {
    if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs expects a positive integer');
    if (!existsSync(join(ROOT, 'dist/cli.js'))) throw new Error('build first: npm run build');
    const result = benchHistory({ runs, regenerate: argv.includes('--regenerate') });
    if (argv.includes('--json')) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    else process.stdout.write(historyReportLines(result).join('\n') + '\n');
  } catch (e) {
    console.error(`bench: ${e.message}`);
    process.exitCode = 2;
  }
}
