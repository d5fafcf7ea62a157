// What the benchmark runs and what it must meet: the commands (each with the check its warm-up
// output must pass) and the budgets, each a median ratio of two commands timed side by side in
// the same run, a peak memory, or a file size. This file is the budget table of issue 10.

import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { hostileFiles } from './hostile.js';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CYCLE = '2026-Q4';
/** Scores and reports depend on the date; pinned, so every run scores the same. */
const AS_OF = '2026-11-15';
/** Outputs larger than this are checked by their first bytes instead of being parsed. */
const PARSE_LIMIT = 64e6;
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------- budgets

/** okr sync's line: key results, how long the source takes to answer, sources read at once. */
export const SYNC_LINE = { keyResults: 200, delayMs: 100, concurrency: 4 };

/**
 * The table. `kind`: `ratio` (median of `of` ÷ median of `to` ≤ limit), `seconds` (median of
 * `of` ≤ limit seconds, shown beside its ratio to `to`), `memory` (peak MB of `of` ≤ limit),
 * `size` (the file `of` writes, in MB, < limit), `per-kr` (the bytes of the file `of` writes
 * per key result in it ≤ limit) or `within` (median of `of` ≤ `seconds` + median of `to`: a
 * fixed time the work must take, plus a command it includes). `big` marks the lines that
 * `--quick` leaves out. `--only` matches a pattern against id, group and tags.
 */
export const BUDGETS = [
  { id: 'validate-2k-clean-vs-ajv', group: 'validate 2,000 units, clean', kind: 'ratio', of: 'validate@org-2k-clean', to: 'ajv@org-2k-clean', limit: 1.0 },
  { id: 'validate-2k-clean-vs-floor', group: 'validate 2,000 units, clean', kind: 'ratio', of: 'validate@org-2k-clean', to: 'floor@org-2k-clean', limit: 1.5 },
  { id: 'validate-2k-warnings-vs-ajv', group: 'validate 2,000 units, a warning in every file', kind: 'ratio', of: 'validate@org-2k-warnings', to: 'ajv@org-2k-warnings', limit: 1.0 },
  { id: 'validate-2k-warnings-vs-floor', group: 'validate 2,000 units, a warning in every file', kind: 'ratio', of: 'validate@org-2k-warnings', to: 'floor@org-2k-warnings', limit: 1.5 },
  { id: 'validate-20k-warnings-vs-floor', group: 'validate 20,000 units with warnings', kind: 'ratio', of: 'validate@org-20k-warnings', to: 'floor@org-20k-warnings', limit: 1.5, big: true },
  { id: 'validate-20k-warnings-memory', group: 'validate 20,000 units with warnings', kind: 'memory', of: 'validate@org-20k-warnings', limit: 1000, big: true },
  { id: 'score-20k-vs-validate', group: 'score --format json, 20,000 units', kind: 'ratio', of: 'score@org-20k-warnings', to: 'validate@org-20k-warnings', limit: 2, big: true },
  { id: 'report-md-20k-vs-validate', group: 'report md, 20,000 units', kind: 'ratio', of: 'report-md@org-20k-warnings', to: 'validate@org-20k-warnings', limit: 2.5, big: true },
  { id: 'history-5k-vs-git-log', group: 'history over 5,000 commits', kind: 'ratio', of: 'history@history-5k', to: 'git-log@history-5k', limit: 1.5 },
  { id: 'history-50k-vs-git-log', group: 'history over 50,000 commits', kind: 'ratio', of: 'history@history-50k', to: 'git-log@history-50k', limit: 1.5, big: true },
  { id: 'startup-version-vs-node', group: 'okr --version', kind: 'ratio', of: 'version', to: 'node', limit: 1.2 },
  { id: 'startup-help-vs-node', group: 'okr validate --help', kind: 'ratio', of: 'help', to: 'node', limit: 1.5 },
  { id: 'audit-5k-vs-history', group: 'audit over 5,000 commits', kind: 'ratio', of: 'audit@history-5k', to: 'history@history-5k', limit: 1.5 },
  { id: 'report-html-2k-size', group: 'report html, 2,000 units and 5,000 commits', kind: 'size', of: 'report-html@report-2k', limit: 5 },
  // Reading 200 sources 4 at a time cannot take less than 200 × 100 ms ÷ 4 = 5 s; sync may take
  // half as long again, plus what loading and scoring the cycle costs (one okr score).
  {
    id: 'sync-200-http', group: `sync ${SYNC_LINE.keyResults} key results, HTTP answering after ${SYNC_LINE.delayMs} ms, ${SYNC_LINE.concurrency} at a time`, kind: 'within',
    of: 'sync@sync-200', to: 'score@sync-200', seconds: (1.5 * SYNC_LINE.keyResults * SYNC_LINE.delayMs) / SYNC_LINE.concurrency / 1000, limit: 1.5,
  },
  { id: 'report-html-20k-size', group: 'report html, 20,000 units', kind: 'size', of: 'report-html@org-20k-warnings', limit: 5, big: true },
  { id: 'report-json-2k-per-kr', group: 'report --format json, 2,000 units and 5,000 commits', kind: 'per-kr', of: 'report-json@report-2k', limit: 1024 },
  { id: 'report-json-20k-per-kr', group: 'report --format json, 20,000 units', kind: 'per-kr', of: 'report-json@org-20k-warnings', limit: 1024, big: true },
  ...Object.keys(hostileFiles()).map((name) => {
    const stem = name.replace(/\.yaml$/, '');
    return { id: `hostile-${stem}`, group: 'okr validate on a hostile unit file (issue 9), each', kind: 'seconds', of: `hostile-validate-${stem}@hostile`, to: `hostile-floor-${stem}@hostile`, limit: 5 };
  }),
];

// ---------------------------------------------------------------- commands

const node = process.execPath;
const OKR = join(ROOT, 'bin', 'okr.js');
const firstLine = (s) => s.trim().split('\n').find((l) => l.trim()) ?? '';
/** Why a command failed: its exit and the line of stderr that names the error (a stack trace's first line is its location). */
function failed(r) {
  const lines = r.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const why = lines.find((l) => /error|fatal/i.test(l)) ?? lines[0] ?? 'no message';
  return `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}: ${why.slice(0, 200)}`;
}
const fmt = (n) => n.toLocaleString('en');

/** JSON from stdout, or an error string. */
function parseJson(r) {
  try {
    return { value: JSON.parse(r.stdout()) };
  } catch (e) {
    return { error: `stdout is not JSON (${e.message.slice(0, 80)})` };
  }
}

/** The check of `okr validate`: no errors, and the warnings the organisation was made to have. */
function checkValidate(r, ds) {
  if (r.status !== 0 && r.status !== 1) return { error: failed(r) };
  const { value, error } = parseJson(r);
  if (error) return { error };
  const diags = Array.isArray(value?.diagnostics) ? value.diagnostics : [];
  const errors = diags.filter((d) => d.severity === 'error');
  const warnings = diags.filter((d) => d.severity === 'warning');
  const rules = {};
  for (const d of diags) rules[d.rule] = (rules[d.rule] ?? 0) + 1;
  const top = Object.entries(rules).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
  const filesWarned = new Set(warnings.map((d) => d.file).filter((f) => f !== 'okr.config.yaml')).size;
  const note = `${fmt(errors.length)} errors, ${fmt(warnings.length)} warnings${top ? ` (${top})` : ''}`;
  const facts = { errors: errors.length, warnings: warnings.length, filesWarned, rules };
  // A validator that skips its rules would be fast and wrong; the warm-up catches that.
  if (errors.length) return { note, facts, error: `${fmt(errors.length)} errors on a generated organisation, first: ${errors[0].message}` };
  if (!ds.params.warnings && warnings.length) return { note, facts, error: `${fmt(warnings.length)} warnings on the clean organisation` };
  if (ds.params.warnings && filesWarned !== ds.info.units) {
    return { note, facts, error: `a warning in ${fmt(filesWarned)} of ${fmt(ds.info.units)} files, expected every file` };
  }
  return { note, facts };
}

/** Commands for the organisations (folders of YAML, no git). */
function orgCommands(ds) {
  const at = `@${ds.name}`;
  const okr = (...args) => [node, OKR, '-C', ds.dir, '--cycle', CYCLE, ...args];
  const list = [
    {
      id: `floor${at}`, label: 'js-yaml parse floor', reference: true,
      argv: [node, 'bench/floor.js', ds.dir],
      check(r) {
        if (r.status !== 0) return { error: failed(r) };
        const n = Number(/^(\d+) files/.exec(r.stdout())?.[1]);
        return { note: `${fmt(n)} files parsed`, error: n === ds.info.units ? null : `parsed ${n} files, expected ${ds.info.units}` };
      },
    },
    {
      id: `validate${at}`, label: 'okr validate',
      argv: okr('validate', '--format', 'json'),
      check: (r) => checkValidate(r, ds),
    },
  ];
  if (ds.info.units <= 2000) {
    list.push({
      id: `ajv${at}`, label: 'ajv-cli', reference: true,
      // ajv-cli 5 reads .yaml data with its own js-yaml 3 and prints "<file> valid" per file to
      // stdout ("invalid" and the errors to stderr). The schema compiles in ajv's default strict
      // mode, so no --strict=false. Run through the same node binary as everything else.
      argv: [node, 'node_modules/.bin/ajv', 'validate', '--spec=draft7', '-c', 'ajv-formats', '-s', 'schemas/unit.schema.json',
        '-d', `${relative(ROOT, ds.dir)}/okrs/${CYCLE}/**/*.yaml`],
      check(r) {
        const valid = r.stdout().split('\n').filter((l) => / valid$/.test(l)).length;
        const invalid = r.stderr.split('\n').filter((l) => / invalid$/.test(l)).length;
        const note = `${fmt(valid)} of ${fmt(ds.info.units)} files valid${invalid ? `, ${fmt(invalid)} invalid` : ''}`;
        if (valid === 0 && invalid === 0) return { note, error: failed(r) };
        if (valid !== ds.info.units || r.status !== 0) return { note, error: `${note} (exit ${r.status}): the generated files should all be schema-valid` };
        return { note };
      },
    });
  } else {
    list.push(
      {
        id: `score${at}`, label: 'okr score --format json',
        argv: okr('--as-of', AS_OF, 'score', '--format', 'json'),
        check(r) {
          if (r.status !== 0) return { error: failed(r) };
          const note = `${(r.stdoutBytes / 1e6).toFixed(1)} MB of JSON`;
          if (r.stdoutBytes > PARSE_LIMIT) return /^\s*\{/.test(r.head(1024)) ? { note } : { note, error: 'stdout does not start a JSON object' };
          const { value, error } = parseJson(r);
          if (error) return { note, error };
          const units = value?.units?.length;
          return { note: `${note}, ${fmt(units ?? 0)} units`, error: units === ds.info.units ? null : `${units} units scored, expected ${ds.info.units}` };
        },
      },
      reportJsonCommand(ds, okr('--as-of', AS_OF, 'report', '--format', 'json', '--out', `${ds.dir}.report.json`), ROOT, `${ds.dir}.report.json`),
      reportHtmlCommand(ds, okr('--as-of', AS_OF, 'report', '--format', 'html', '--out', `${ds.dir}.html`), ROOT, `${ds.dir}.html`),
      {
        id: `report-md${at}`, label: 'okr report md',
        argv: okr('--as-of', AS_OF, 'report', '--format', 'md'),
        check(r) {
          if (r.status !== 0) return { error: failed(r) };
          const note = `${(r.stdoutBytes / 1e6).toFixed(2)} MB of markdown`;
          return /^# /.test(r.head(256)) ? { note } : { note, error: 'stdout does not start with a markdown heading' };
        },
      },
    );
  }
  return list;
}

/** Commands for the history repositories (run inside the repository). */
function historyCommands(ds) {
  const at = `@${ds.name}`;
  const okr = (...args) => [node, OKR, '--cycle', CYCLE, ...args];
  if (ds.name === 'report-2k') {
    return [
      reportHtmlCommand(ds, okr('--as-of', '2026-12-31', 'report', '--format', 'html', '--out', `${ds.dir}.html`), ds.dir, `${ds.dir}.html`),
      reportJsonCommand(ds, okr('--as-of', '2026-12-31', 'report', '--format', 'json', '--out', `${ds.dir}.report.json`), ds.dir, `${ds.dir}.report.json`),
    ];
  }
  const list = [
    {
      id: `git-log${at}`, label: 'git log -p', reference: true, cwd: ds.dir,
      argv: ['git', 'log', '-p', '--', `okrs/${CYCLE}/`],
      check: (r) => (r.status === 0 ? { note: `${(r.stdoutBytes / 1e6).toFixed(1)} MB of log` } : { error: failed(r) }),
    },
    {
      id: `history${at}`, label: 'okr history', cwd: ds.dir,
      argv: okr('history', '--format', 'json'),
      check(r) {
        if (r.status !== 0) return { error: failed(r) };
        const { value, error } = parseJson(r);
        if (error) return { error };
        const events = value.events ?? [];
        const checkins = new Set(events.filter((e) => e.via === 'checkin').map((e) => e.commit)).size;
        const note = `${fmt(events.length)} events, ${fmt(checkins)} check-in commits`;
        return { note, error: checkins >= ds.info.checkins ? null : `only ${fmt(checkins)} of ${fmt(ds.info.checkins)} check-in commits found` };
      },
    },
  ];
  if (ds.name === 'history-5k') {
    list.push({
      id: `audit${at}`, label: 'okr audit', cwd: ds.dir,
      argv: okr('audit', '--format', 'json'),
      check(r) {
        // Exit 1 is the audit finding something (the generated authors are not the leads).
        if (r.status !== 0 && r.status !== 1) return { error: failed(r) };
        const { value, error } = parseJson(r);
        if (error) return { error };
        const findings = value.findings ?? [];
        return { note: `${fmt(findings.length)} findings, ${fmt(findings.filter((f) => f.kind === 'eased-target').length)} eased targets` };
      },
    });
  }
  return list;
}

/** okr sync over the repository of sync-repo.js, and okr score over the same files. */
function syncCommands(ds) {
  const at = `@${ds.name}`;
  const okr = (...args) => [node, OKR, '--cycle', CYCLE, '--as-of', AS_OF, ...args];
  return [
    {
      id: `sync${at}`, label: 'okr sync', cwd: ds.dir, server: true,
      argv: okr('sync', '--format', 'json', '--concurrency', String(SYNC_LINE.concurrency)),
      check(r) {
        if (r.status !== 0) return { error: failed(r) };
        const { value, error } = parseJson(r);
        if (error) return { error };
        const { summary, commit } = value;
        if (summary.read !== ds.info.keyResults || summary.failed !== 0) return { error: `read ${summary.read} sources, ${summary.failed} failed; expected ${ds.info.keyResults}, none failed` };
        // One commit for the run, whatever the number of key results: all the trailers are in it.
        const message = spawnSync('git', ['show', '-s', '--format=%B', commit], { cwd: ds.dir, encoding: 'utf8' }).stdout;
        const refs = (message.match(/^OKR-Ref: /gm) ?? []).length;
        const note = `${fmt(summary.changed)} values changed, ${fmt(refs)} check-ins in one commit`;
        return { note, error: refs === ds.info.keyResults ? null : `the run's commit ${commit} holds ${refs} check-ins, expected ${ds.info.keyResults}` };
      },
    },
    {
      id: `score${at}`, label: 'okr score --format json', cwd: ds.dir,
      argv: okr('score', '--format', 'json'),
      check: (r) => (r.status === 0 ? { note: `${(r.stdoutBytes / 1e3).toFixed(0)} kB of JSON` } : { error: failed(r) }),
    },
  ];
}

/** `okr report --format html --out FILE`, judged by the size of FILE. */
function reportHtmlCommand(ds, argv, cwd, html) {
  return {
    id: `report-html@${ds.name}`, label: 'okr report html', cwd, argv,
    check(r) {
      if (r.status !== 0) return { error: failed(r) };
      const mb = statSync(html).size / 1e6;
      return { note: `${mb.toFixed(2)} MB of HTML in ${relative(ROOT, html)}`, facts: { sizeMB: mb } };
    },
  };
}

/** A key result of the report's JSON is one line, at the depth of units[].objectives[].keyResults[]. */
const KR_LINE = Buffer.from(`\n${' '.repeat(12)}{"ref":`);

/** `okr report --format json --out FILE`, judged by the bytes of FILE per key result in it. */
function reportJsonCommand(ds, argv, cwd, json) {
  return {
    id: `report-json@${ds.name}`, label: 'okr report json', cwd, argv,
    check(r) {
      if (r.status !== 0) return { error: failed(r) };
      const bytes = readFileSync(json);
      let krs = 0;
      for (let at = bytes.indexOf(KR_LINE); at !== -1; at = bytes.indexOf(KR_LINE, at + 1)) krs++;
      const expected = ds.info.units * 16;
      const note = `${(bytes.length / 1e6).toFixed(1)} MB of JSON, ${fmt(krs)} key results, ${fmt(Math.round(bytes.length / krs))} bytes each`;
      if (krs !== expected) return { note, error: `${fmt(krs)} key-result lines, expected ${fmt(expected)}` };
      if (bytes.length <= PARSE_LIMIT) {
        const { error } = parseJson({ stdout: () => bytes.toString('utf8') });
        if (error) return { note, error };
      }
      return { note, facts: { bytesPerKr: bytes.length / krs } };
    },
  };
}

/** Per hostile file: the floor of reading it, and okr validate, which must end in a diagnostic. */
function hostileCommands(ds) {
  return ds.info.files.flatMap(({ stem, file }) => {
    const dir = join(ds.dir, stem);
    return [
      {
        id: `hostile-floor-${stem}@${ds.name}`, label: `read ${stem}.yaml (floor)`, reference: true,
        argv: [node, 'bench/read-floor.js', join(dir, file)],
        check: (r) => (r.status === 0 ? { note: firstLine(r.stdout()) } : { error: failed(r) }),
      },
      {
        id: `hostile-validate-${stem}@${ds.name}`, label: `okr validate ${stem}.yaml`,
        argv: [node, OKR, '-C', dir, 'validate', '--format', 'json'],
        check(r) {
          if (/internal error|^\s+at /m.test(r.stderr)) return { error: `crashed: ${failed(r)}` };
          if (r.status !== 1) return { error: `exit ${r.status}, expected 1 (findings): ${failed(r)}` };
          const { value, error } = parseJson(r);
          if (error) return { error };
          const first = (value.diagnostics ?? []).find((d) => d.severity === 'error' && d.file === file);
          return first ? { note: `${first.rule} at ${first.line}:${first.column}: ${first.message.slice(0, 100)}` } : { error: `no error diagnostic for ${file}` };
        },
      },
    ];
  });
}

/** Start-up: bare node, and two okr commands that do no work. */
function startupCommands() {
  return [
    { id: 'node', label: "node -e ''", reference: true, argv: [node, '-e', ''], check: (r) => ({ error: r.status === 0 ? null : failed(r) }) },
    {
      id: 'version', label: 'okr --version', argv: [node, OKR, '--version'],
      check(r) {
        const out = firstLine(r.stdout());
        if (r.status !== 0) return { error: failed(r) };
        return { note: out, error: out.includes(VERSION) ? null : `printed '${out.slice(0, 60)}', expected the version ${VERSION}` };
      },
    },
    {
      id: 'help', label: 'okr validate --help', argv: [node, OKR, 'validate', '--help'],
      check(r) {
        if (r.status !== 0) return { error: failed(r) };
        const out = r.stdout();
        return { note: firstLine(out), error: /^Usage: okr validate/m.test(out) ? null : 'no "Usage: okr validate" in its output' };
      },
    },
  ];
}

/**
 * Every command, given the datasets by name (as ensureDataset returns them; missing ones are
 * skipped). Each: { id, label, dataset (name or null), reference, argv, cwd, check }.
 * A reference (floor, ajv-cli, git log, bare node) measures the machine, not okr: when one
 * fails its check the benchmark itself is broken.
 */
export function commandsFor(datasets) {
  const out = startupCommands().map((c) => ({ ...c, dataset: null }));
  for (const ds of Object.values(datasets)) {
    const list = ds.kind === 'org' ? orgCommands(ds) : ds.kind === 'sync' ? syncCommands(ds) : ds.kind === 'hostile' ? hostileCommands(ds) : historyCommands(ds);
    out.push(...list.map((c) => ({ ...c, dataset: ds.name })));
  }
  return out.map((c) => ({ reference: false, cwd: ROOT, ...c }));
}

/** The dataset a command id needs (the part after @), or null. */
export const datasetOf = (commandId) => commandId.split('@')[1] ?? null;
