// The data the benchmark runs on, generated once into bench/.work/NAME and reused: a stamp
// beside each (NAME.stamp.json) records the parameters and a hash of the generator code, and
// anything else (no stamp, another generator, --regenerate) writes it again. Generating the
// 20,000-unit organisation or the 50,000-commit repository takes minutes; reading a stamp does not.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULTS, generateOrganisation } from './generate.js';
import { HISTORY_DEFAULTS, generateHistoryRepo } from './history-repo.js';
import { SYNC_DEFAULTS, generateSyncRepo } from './sync-repo.js';
import { hostileFiles } from './hostile.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WORK = join(ROOT, 'bench', '.work');

/**
 * name → { kind, params, title }. `org` is a folder of YAML (no git); `history` a git
 * repository whose first commit is an organisation and the rest check-ins and edits;
 * `hostile` a folder of one-file repositories, one per hostile unit file of bench/hostile.js.
 */
export const DATASETS = {
  'org-2k-clean': { kind: 'org', params: { units: 2000, warnings: false }, title: 'clean' },
  'org-2k-warnings': { kind: 'org', params: { units: 2000, warnings: true }, title: 'a warning in every file' },
  'org-20k-warnings': { kind: 'org', params: { units: 20000, warnings: true }, title: 'a warning in every file' },
  'history-5k': { kind: 'history', params: { units: 200, commits: 5000, handEdits: 40 }, title: 'check-in history' },
  // As many commits as a large company makes in a cycle; the units stay few, so that the
  // line measures the walk over commits rather than the first commit's files.
  'history-50k': { kind: 'history', params: { units: 200, commits: 50000, handEdits: 400 }, title: 'check-in history' },
  // The report needs the size of a real organisation and history behind it (trends, staleness).
  'report-2k': { kind: 'history', params: { units: 2000, commits: 5000, handEdits: 40 }, title: 'organisation with history' },
  // Key results read from a slow HTTP server; every run commits, so it is made anew each time.
  'sync-200': { kind: 'sync', params: { keyResults: 200 }, title: 'key results read from an HTTP source', fresh: true },
  // Issue 9's files built to blow up a parser: each must end in a diagnostic, in bounded time.
  hostile: { kind: 'hostile', params: {}, title: 'hostile unit files' },
};

const GENERATORS = { org: ['generate.js'], history: ['generate.js', 'history-repo.js'], sync: ['sync-repo.js'], hostile: ['hostile.js'] };

const HOSTILE_CONFIG = 'version: 1\norganization: Hostile Co\ncycles:\n  - id: 2026-Q4\n    start: 2026-10-01\n    end: 2026-12-31\n';

/** One repository per hostile file: DIR/<stem>/okr.config.yaml and okrs/2026-Q4/<file>. */
function generateHostile(dir) {
  const files = [];
  for (const [name, text] of Object.entries(hostileFiles())) {
    const stem = name.replace(/\.yaml$/, '');
    mkdirSync(join(dir, stem, 'okrs', '2026-Q4'), { recursive: true });
    writeFileSync(join(dir, stem, 'okr.config.yaml'), HOSTILE_CONFIG);
    writeFileSync(join(dir, stem, 'okrs', '2026-Q4', name), text);
    files.push({ stem, file: `okrs/2026-Q4/${name}`, bytes: Buffer.byteLength(text) });
  }
  return { units: files.length, files, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

function stampKey(dataset) {
  const hash = createHash('sha256');
  for (const file of GENERATORS[dataset.kind]) hash.update(readFileSync(join(ROOT, 'bench', file)));
  return JSON.stringify({ kind: dataset.kind, params: fullParams(dataset), generator: hash.digest('hex') });
}

function fullParams(dataset) {
  if (dataset.kind === 'sync') return { ...SYNC_DEFAULTS, ...dataset.params };
  if (dataset.kind === 'hostile') return dataset.params;
  return dataset.kind === 'org' ? { ...DEFAULTS, ...dataset.params } : { ...HISTORY_DEFAULTS, ...dataset.params };
}

/** Path of the dataset's folder, without generating it. */
export const datasetDir = (name) => join(WORK, name);

/**
 * The dataset's folder and what its generator reported (units, bytes, commits, ...),
 * generating it first unless a matching stamp says it is there.
 */
export function ensureDataset(name, { regenerate = false, log }) {
  const dataset = DATASETS[name];
  const dir = datasetDir(name);
  const stampPath = `${dir}.stamp.json`;
  const key = stampKey(dataset);
  const marker = { org: 'okr.config.yaml', history: '.git', sync: '.git', hostile: 'colons' }[dataset.kind];
  const generate = { org: generateOrganisation, history: generateHistoryRepo, sync: generateSyncRepo, hostile: generateHostile }[dataset.kind];
  if (!regenerate && !dataset.fresh && existsSync(stampPath) && existsSync(join(dir, marker))) {
    try {
      const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
      if (stamp.key === key) return { name, dir, ...dataset, info: stamp.info };
    } catch {
      // An unreadable stamp means: generate again.
    }
  }
  const params = fullParams(dataset);
  log(`generating ${name} into ${relative(ROOT, dir)} (${describeParams(dataset.kind, params)}) ...`);
  rmSync(stampPath, { force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const t0 = process.hrtime.bigint();
  const info = generate(dir, params);
  log(`  done in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`);
  writeFileSync(stampPath, JSON.stringify({ key, info }, null, 2) + '\n');
  return { name, dir, ...dataset, info };
}

function describeParams(kind, p) {
  if (kind === 'sync') return `${p.keyResults} key results with an HTTP source`;
  if (kind === 'hostile') return 'one repository per file of bench/hostile.js';
  return kind === 'org'
    ? `${p.units.toLocaleString('en')} units${p.warnings ? ', a warning in every file' : ''}`
    : `${p.units.toLocaleString('en')} units, ${p.commits.toLocaleString('en')} commits`;
}

/** One line about a generated dataset, for the report. */
export function describeDataset(ds) {
  const i = ds.info;
  if (ds.kind === 'hostile') return `${i.files.length} one-file repositories, ${(i.bytes / 1e6).toFixed(1)} MB: ${i.files.map((f) => f.stem).join(', ')}`;
  const units = `${i.units.toLocaleString('en')} units`;
  if (ds.kind === 'org') return `${units}, ${(i.bytes / 1e6).toFixed(1)} MB of YAML, ${ds.title}`;
  if (ds.kind === 'sync') return `${i.keyResults} key results in one unit file, each read from a local HTTP server that answers after 100 ms`;
  return `${units}, ${i.commits.toLocaleString('en')} commits (${i.checkins.toLocaleString('en')} check-ins, ${i.inserted} first check-ins, ${i.handEdits} hand edits, ${i.renames} rename)`;
}
