// A git repository of check-in history for the benchmark, written by one `git fast-import`:
// the organisation from generate.js as the first commit, then check-ins by 24 authors spread
// over the cycle, their messages with trailers as `okr checkin` writes them, a few first
// check-ins that add a `current:` line, hand edits without trailers (targets eased, titles
// reworded) and one file moved into a subfolder, which history must follow. Deterministic: a
// seeded PRNG, fixed dates.
//
//   import { generateHistoryRepo } from './history-repo.js'   (bench/datasets.js)

import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { generateOrganisation, prng } from './generate.js';

export const HISTORY_DEFAULTS = Object.freeze({ units: 200, commits: 5000, seed: 20261001, handEdits: 40, cycle: '2026-Q4' });

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

  // The stream goes to a file beside the repository, not into memory: at 50,000 commits it is
  // about 200 MB, each commit carrying its whole changed file.
  const streamPath = `${dir}.fast-import`;
  const stream = openSync(streamPath, 'w');
  const emit = (text) => writeSync(stream, typeof text === 'string' ? Buffer.from(text) : text);
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
  closeSync(stream);

  // The files were written to be read back above; from now on git holds them.
  rmSync(join(dir, 'okrs'), { recursive: true, force: true });
  rmSync(join(dir, 'okr.config.yaml'), { force: true });
  const init = spawnSync('git', ['init', '-q', '-b', 'main', dir], { encoding: 'utf8' });
  if (init.error) throw new Error(`git init: ${init.error.message}`);
  if (init.status !== 0) throw new Error(`git init: ${init.stderr}`);
  const input = openSync(streamPath, 'r');
  const load = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, stdio: [input, 'ignore', 'pipe'], encoding: 'utf8' });
  closeSync(input);
  rmSync(streamPath, { force: true });
  if (load.error) throw new Error(`git fast-import: ${load.error.message}`);
  if (load.status !== 0) throw new Error(`git fast-import: ${load.stderr}`);
  const checkout = spawnSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir, encoding: 'utf8' });
  if (checkout.status !== 0) throw new Error(`git reset: ${checkout.stderr}`);
  return { units: org.units, commits: mark, ...stats, renamed };
}
