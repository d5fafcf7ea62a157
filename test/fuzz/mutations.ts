// The damage the repository fuzzer does to a copy of the example organisation: the ways files
// get broken by people, editors, merges and attackers. Each mutation works on the repository
// as it finds it (earlier mutations may have broken it already), draws only from the seeded
// random source, and says what it did, so a failure can be read and replayed.

import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { hostileFiles } from '../../bench/hostile.js';
import { HOSTILE } from '../escape/hostile.js';
import { YAML_TOKENS } from '../properties/arbitraries.js';
import type { Random } from './random.js';

/** What is in every iteration's folder besides the repository: the place nothing may be read from or written to. */
export const SECRET = 'S3CR3T-0UTSIDE-THE-REPOSITORY';

export interface Place {
  rng: Random;
  /** The repository (a copy of the example, with its git history). */
  root: string;
  /** Files and folders outside the repository, every one holding SECRET. */
  outside: string;
}

export interface Mutation {
  name: string;
  weight: number;
  /** Does the damage; returns what it did, or undefined when it found nothing to do it to. */
  apply(place: Place): string | undefined;
}

/** Fills the outside folder: a unit file, a cycle folder, a config and a people file, all marked. */
export function writeOutside(outside: string): void {
  const unit = `cycle: 2026-Q4\nunit: intruder\nname: ${SECRET}\nlevel: team\nlead: alice\nobjectives:\n  - id: O1\n    title: ${SECRET}\n    keyResults:\n      - { id: KR1, title: ${SECRET}, lead: alice, start: 0, target: 1 }\n`;
  const files: Record<string, string> = {
    'secret.yaml': unit,
    'passwd': `root:x:0:0:${SECRET}:/root:/bin/sh\n`,
    'okrs-elsewhere/2026-Q4/intruder.yaml': unit,
    'config.yaml': `version: 1\norganization: ${SECRET}\ncycles:\n  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }\n`,
    'people.yaml': `alice: { name: ${SECRET}, email: secret@outside.example }\n`,
    'people.csv': `id,name,email,github\nalice,${SECRET},secret@outside.example,secret\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(outside, name)), { recursive: true });
    writeFileSync(join(outside, name), text);
  }
}

// ---------------------------------------------------------------- what is there to damage

/** Regular files under `dir` (not following links), relative to `root`. */
function regularFiles(root: string, dir: string, suffix: RegExp): string[] {
  const found: string[] = [];
  const walk = (folder: string, depth: number) => {
    if (depth > 8) return;
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const path = join(folder, name);
      let stat;
      try {
        stat = lstatSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) walk(path, depth + 1);
      else if (stat.isFile() && suffix.test(name)) found.push(relative(root, path));
    }
  };
  walk(join(root, dir), 0);
  return found;
}

const unitFiles = (root: string) => regularFiles(root, 'okrs', /\.ya?ml$/i);

/** A unit file, or the config now and then; undefined when none is left. */
function someFile(place: Place, configToo = true): string | undefined {
  const files = unitFiles(place.root);
  if (configToo && isRegular(join(place.root, 'okr.config.yaml')) && (files.length === 0 || place.rng.chance(0.15))) return 'okr.config.yaml';
  return files.length === 0 ? undefined : place.rng.pick(files);
}

function cycleFolders(root: string): string[] {
  try {
    return readdirSync(join(root, 'okrs')).filter((name) => isDirectory(join(root, 'okrs', name))).map((name) => `okrs/${name}`);
  } catch {
    return [];
  }
}

function isRegular(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

const read = (place: Place, file: string) => readFileSync(join(place.root, file), 'utf8');
const write = (place: Place, file: string, text: string | Uint8Array) => writeFileSync(join(place.root, file), text);

/** Removes whatever is at `path` (file, link, FIFO or folder) so something else can take its place. */
function clear(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

// ---------------------------------------------------------------- hostile values

/** A hostile string: one of the shared table, or pieces of it glued to random characters. */
export function hostileText(rng: Random): string {
  if (rng.chance(0.5)) return rng.pick(HOSTILE).text;
  let text = '';
  for (let i = rng.between(1, 4); i > 0; i--) {
    text += rng.chance(0.6) ? rng.pick(HOSTILE).text.slice(0, 200) : randomChars(rng, rng.between(1, 6));
  }
  return text;
}

function randomChars(rng: Random, n: number): string {
  let text = '';
  for (let i = 0; i < n; i++) {
    const range = rng.pick([[0, 0x1f], [0x20, 0x7e], [0x7f, 0x9f], [0xa0, 0x2fff], [0x2000, 0x206f], [0xd800, 0xdfff], [0xe000, 0xffff], [0x10000, 0x10ffff]]);
    text += String.fromCodePoint(rng.between(range[0], range[1]));
  }
  return text;
}

/** A value as YAML source: mostly quoted (the file still parses, and the value goes deeper), sometimes raw. */
function yamlValue(rng: Random, text: string): string {
  return rng.weighted<() => string>([
    [() => JSON.stringify(text), 6],
    [() => `'${text.replace(/'/g, "''")}'`, 2],
    [() => text, 2],
  ])();
}

/** A random run of YAML's own tokens, with a hostile piece now and then. */
function yamlFragment(rng: Random): string {
  let text = '';
  for (let i = rng.between(1, 12); i > 0; i--) text += rng.chance(0.85) ? rng.pick(YAML_TOKENS) : hostileText(rng);
  return text;
}

const TEXT_KEYS = ['title', 'name', 'description', 'standalone', 'learning', 'learnings', 'summary', 'unit', 'theme', 'organization', 'email', 'github'];
const ID_KEYS = ['id', 'unit', 'lead', 'parent', 'alignsTo', 'contributors', 'members', 'cycle', 'coordinator', 'programOwner', 'sponsor', 'coaches'];
const NUMBER_KEYS = ['start', 'target', 'current', 'commit', 'stretch', 'min', 'max', 'score', 'confidence', 'weight', 'yellow', 'green', 'everyDays',
  'aspirationalGoal', 'committedGoal', 'atRiskMargin', 'offTrackMargin', 'version'];
const DATE_KEYS = ['start', 'end', 'postBy', 'midpoint', 'retroBy'];

const EDGE_NUMBERS = ['.inf', '-.inf', '.nan', '-0', '-0.0', '1e309', '1e-400', '0x1F', '0o17', '+.5', '9007199254740993', '-1', '1e21', '"12"', '12abc',
  '1_000', 'true', '0', '1', '0.0000001', '-999999999999', '1.7976931348623157e308', '5e-324', '~', ''];
const EDGE_DATES = ['2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '2026-1-1', '2026-10-01T00:00:00Z', '20261001', '"2026-10-01"', '2026-10-01 ',
  'yesterday', '1970-01-01', '2026-09-31', '2024-02-29', '2025-02-29', ''];
const SHAPES = ['[]', '{}', '~', '[1, 2]', '{a: 1}', '!!str 5', '!!binary aGk=', '*nope', '"\\u0000"', '!!timestamp 2026-01-01', '|\n  block\n', '>-\n  folded\n',
  '[[[[[]]]]]', '{title: {title: x}}', '- a', '? x', '&anchor', '!!set {a}', '!!omap [a: 1]', '!!pairs [a: 1]', '<<: {x: 1}'];

/** Ids that exist somewhere in the example, near misses of them, and names that are not ids at all. */
const ID_VALUES = ['company', 'engineering', 'platform', 'growth', 'mobile', 'alice', 'bob', 'carla', 'company/O1', 'company/O1/KR1', 'engineering/O1',
  'platform/O1', 'platform/O1/KR1', 'O1', 'KR1', 'KR2', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'Alice', 'alice ', ' alice',
  'nobody', 'company/O9', 'company/O1/KR9', 'company//O1', '../company', 'company/O1/KR1/extra', '2026-Q3/company', '-', '.', '', 'null', '0'];

interface Site {
  /** Offset of the value's first character. */
  at: number;
  /** Length of the value as written (to the end of the line, a comma or a closing bracket). */
  length: number;
  key: string;
}

/** Every `key: value` of one of `keys` in the text, block or flow. */
function sitesOf(text: string, keys: string[]): Site[] {
  const sites: Site[] = [];
  const pattern = new RegExp(`(^|[\\s{,])(${keys.join('|')})[ \\t]*:[ \\t]+([^\\n,}\\]#]*)`, 'gm');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const value = match[3].replace(/\s+$/, '');
    sites.push({ at: match.index + match[0].length - match[3].length, length: value.length, key: match[2] });
  }
  return sites;
}

/** Replaces the value at a random site of one of `keys` in a random file; undefined when there is none. */
function replaceValue(place: Place, keys: string[], value: (site: Site) => string, configToo = true): string | undefined {
  const file = someFile(place, configToo);
  if (!file) return undefined;
  const text = read(place, file);
  const sites = sitesOf(text, keys);
  if (sites.length === 0) return undefined;
  const site = place.rng.pick(sites);
  const written = value(site);
  write(place, file, text.slice(0, site.at) + written + text.slice(site.at + site.length));
  return `${file}: ${site.key} ${JSON.stringify(text.slice(site.at, site.at + site.length))} → ${JSON.stringify(written)}`;
}

// ---------------------------------------------------------------- text damage

const lineDamage = (name: string, weight: number, change: (lines: string[], i: number, rng: Random) => string[], what: string): Mutation => ({
  name,
  weight,
  apply(place) {
    const file = someFile(place);
    if (!file) return undefined;
    const lines = read(place, file).split('\n');
    const i = place.rng.int(lines.length);
    write(place, file, change(lines, i, place.rng).join('\n'));
    return `${file}: ${what} ${i + 1}`;
  },
});

const TEXT_DAMAGE: Mutation[] = [
  {
    name: 'flip bytes',
    weight: 6,
    apply(place) {
      const file = someFile(place);
      if (!file) return undefined;
      const bytes = readFileSync(join(place.root, file));
      if (bytes.length === 0) return undefined;
      const flips: string[] = [];
      for (let n = place.rng.between(1, 4); n > 0; n--) {
        const at = place.rng.int(bytes.length);
        const byte = place.rng.chance(0.5) ? place.rng.int(256) : place.rng.pick([0x00, 0x0a, 0x0d, 0x09, 0x20, 0x22, 0x27, 0x3a, 0x2d, 0x23, 0x26, 0x2a, 0x7b, 0x5b, 0xc3, 0xff, 0xfe]);
        bytes[at] = byte;
        flips.push(`${at}=0x${byte.toString(16)}`);
      }
      write(place, file, bytes);
      return `${file}: bytes ${flips.join(' ')}`;
    },
  },
  lineDamage('delete line', 4, (lines, i) => [...lines.slice(0, i), ...lines.slice(i + 1)], 'deleted line'),
  lineDamage('duplicate line', 4, (lines, i) => [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)], 'duplicated line'),
  lineDamage('swap lines', 2, (lines, i, rng) => {
    const j = rng.int(lines.length);
    const copy = [...lines];
    [copy[i], copy[j]] = [copy[j], copy[i]];
    return copy;
  }, 'swapped with another line: line'),
  lineDamage('indent', 4, (lines, i, rng) => {
    const copy = [...lines];
    const by = rng.pick([-4, -2, -1, 1, 2, 3, 4]);
    copy[i] = rng.chance(0.15) ? `\t${copy[i]}` : by > 0 ? ' '.repeat(by) + copy[i] : copy[i].replace(new RegExp(`^ {0,${-by}}`), '');
    return copy;
  }, 'indentation changed on line'),
  lineDamage('yaml fragment', 5, (lines, i, rng) => {
    const copy = [...lines];
    const fragment = yamlFragment(rng);
    if (rng.chance(0.5)) copy.splice(i, 0, fragment);
    else copy[i] = copy[i].slice(0, rng.int(copy[i].length + 1)) + fragment + copy[i].slice(rng.int(copy[i].length + 1));
    return copy;
  }, 'YAML fragment at line'),
  {
    name: 'truncate',
    weight: 3,
    apply(place) {
      const file = someFile(place);
      if (!file) return undefined;
      const bytes = readFileSync(join(place.root, file));
      const at = place.rng.int(bytes.length + 1);
      write(place, file, bytes.subarray(0, at));
      return `${file}: truncated at byte ${at} of ${bytes.length}`;
    },
  },
  {
    name: 'encoding',
    weight: 3,
    apply(place) {
      const file = someFile(place);
      if (!file) return undefined;
      const text = read(place, file);
      const kind = place.rng.pick(['bom', 'crlf', 'utf16', 'latin1', 'nul', 'cr', 'bom-twice']);
      const bytes: Record<string, () => Uint8Array | string> = {
        'bom': () => `\uFEFF${text}`,
        'bom-twice': () => `\uFEFF\uFEFF${text}`,
        'crlf': () => text.replace(/\n/g, '\r\n'),
        'cr': () => text.replace(/\n/g, '\r'),
        'utf16': () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
        'latin1': () => Buffer.from(text.replace(/e/, 'é'), 'latin1'),
        'nul': () => text.replace(/\n/, '\n\0'),
      };
      write(place, file, bytes[kind]());
      return `${file}: encoding ${kind}`;
    },
  },
];

// ---------------------------------------------------------------- hostile values in the right places

const VALUE_DAMAGE: Mutation[] = [
  { name: 'hostile text', weight: 10, apply: (place) => replaceValue(place, TEXT_KEYS, () => yamlValue(place.rng, hostileText(place.rng))) },
  {
    name: 'hostile id',
    weight: 6,
    apply: (place) => replaceValue(place, ID_KEYS, () => {
      const id = place.rng.chance(0.7) ? place.rng.pick(ID_VALUES) : hostileText(place.rng);
      return place.rng.chance(0.2) ? `[${JSON.stringify(id)}, ${JSON.stringify(place.rng.pick(ID_VALUES))}]` : yamlValue(place.rng, id);
    }),
  },
  { name: 'edge number', weight: 5, apply: (place) => replaceValue(place, NUMBER_KEYS, () => place.rng.pick(EDGE_NUMBERS)) },
  { name: 'edge date', weight: 3, apply: (place) => replaceValue(place, DATE_KEYS, () => place.rng.pick(EDGE_DATES)) },
  { name: 'other shape', weight: 4, apply: (place) => replaceValue(place, [...TEXT_KEYS, ...ID_KEYS, ...NUMBER_KEYS, 'objectives', 'keyResults', 'milestones', 'done', 'type', 'level', 'status'], () => place.rng.pick(SHAPES)) },
  {
    name: 'hostile key',
    weight: 4,
    apply(place) {
      const file = someFile(place);
      if (!file) return undefined;
      const text = read(place, file);
      const keys = [...text.matchAll(/(^|[\s{,])([A-Za-z][A-Za-z0-9_]*)[ \t]*:(?=[ \t\n])/gm)];
      if (keys.length === 0) return undefined;
      const match = place.rng.pick(keys);
      const at = match.index + match[1].length;
      const key = place.rng.pick([...TEXT_KEYS, ...ID_KEYS, ...NUMBER_KEYS, '__proto__', 'constructor', 'titel', 'keyresults', 'Title', 'prototype', '<<', 'objectives', 'id']);
      const written = place.rng.chance(0.5) ? key : JSON.stringify(hostileText(place.rng));
      write(place, file, text.slice(0, at) + written + text.slice(at + match[2].length));
      return `${file}: key ${match[2]} → ${written}`;
    },
  },
  {
    name: 'anchors and aliases',
    weight: 2,
    apply(place) {
      const file = someFile(place, false);
      if (!file) return undefined;
      const text = read(place, file);
      const sites = sitesOf(text, [...TEXT_KEYS, ...ID_KEYS, ...NUMBER_KEYS]);
      if (sites.length < 2) return undefined;
      const [a, b] = [place.rng.pick(sites), place.rng.pick(sites)].sort((x, y) => x.at - y.at);
      if (a.at + a.length > b.at) return undefined;
      const alias = place.rng.pick(['*x', '*x ', '*nope', '*x, *x']);
      write(place, file, `${text.slice(0, a.at)}&x ${text.slice(a.at, b.at)}${alias}${text.slice(b.at + b.length)}`);
      return `${file}: anchor &x on ${a.key}, ${alias} at ${b.key}`;
    },
  },
];

/**
 * Changes that leave a file valid YAML, and mostly valid against the schema, but odd: these
 * reach scoring, the cascade and the reports, where damaged files never get.
 */
const REWRITES: [string, RegExp, (rng: Random, stem: string) => string][] = [
  ['all weights zero', /(\bweight:[ \t]*)[^\s,}#]+/g, () => '$10'],
  ['all key results dropped', /(\n([ \t]*)- id: (KR\w*)[ \t]*\n)/g, () => '$1$2  status: dropped\n'],
  ['milestones emptied', /milestones:[ \t]*\n(?:[ \t]+- .*\n)+/g, () => 'milestones: []\n'],
  ['aligned to itself', /alignsTo:.*$/gm, (_rng, stem) => `alignsTo: [${stem}/O1]`],
  ['every lead an inherited name', /(\blead:[ \t]*)[^\s,}#]+/g, (rng) => `$1${rng.pick(['constructor', 'toString', '__proto__', 'hasOwnProperty'])}`],
  ['everything done', /(\bdone:[ \t]*)false/g, () => '$1true'],
  ['values at the ends of doubles', /(\bcurrent:[ \t]*)[^\s,}#]+/g, (rng) => `$1${rng.pick(['1e300', '-1e300', '5e-324', '1.7976931348623157e308', '0'])}`],
  ['targets equal starts', /(\bstart:[ \t]*)([^\s,}#]+)([\s\S]*?\btarget:[ \t]*)[^\s,}#]+/g, () => '$1$2$3$2'],
  ['key result types swapped', /(\btype:[ \t]*)(metric|milestone|binary|baseline|maintain|rollup)\b/g, (rng) => `$1${rng.pick(['metric', 'milestone', 'binary', 'baseline', 'maintain', 'rollup'])}`],
  ['level changed', /^(level:[ \t]*).*$/m, (rng) => `$1${rng.pick(['company', 'department', 'team', 'individual'])}`],
  ['its own parent', /^(parent:[ \t]*).*$/m, (_rng, stem) => `$1${stem}`],
  ['confidence at its edges', /(\bconfidence:[ \t]*)[^\s,}#]+/g, (rng) => `$1${rng.pick(['0', '1', '0.0000001', '0.9999999'])}`],
  ['a draft', /^(status:[ \t]*).*$/m, (rng) => `$1${rng.pick(['draft', 'shared', 'committed', 'closed'])}`],
  ['scores by hand', /(\n([ \t]*)- id: (KR\w*)[ \t]*\n)/g, (rng) => `$1$2  score: ${rng.pick(['0', '1', '0.5', '1.5', '-0.1'])}\n`],
];

const SEMANTIC_DAMAGE: Mutation[] = [
  {
    name: 'odd but valid',
    weight: 6,
    apply(place) {
      const file = someFile(place, false);
      if (!file) return undefined;
      const [what, pattern, replacement] = place.rng.pick(REWRITES);
      const text = read(place, file);
      const stem = basename(file).replace(/\.ya?ml$/i, '');
      const after = text.replace(pattern, replacement(place.rng, stem));
      if (after === text) return undefined;
      write(place, file, after);
      return `${file}: ${what}`;
    },
  },
];

// ---------------------------------------------------------------- files and folders

/** A file name an attacker (or a careless person) could give a unit file. */
function hostileFileName(rng: Random): string {
  return rng.pick([
    'x\n*.yaml @someone.yaml', '-rf.yaml', ' space .yaml', 'ünï.yaml', 'a:b.yaml', '%0A.yaml', '::error::x.yaml', '$(id).yaml', '*.yaml', '[x].yaml',
    '#x.yaml', '.hidden.yaml', 'UPPER.YAML', 'short.yml', `${'l'.repeat(240)}.yaml`, '\x1b]0;t\x07.yaml', '@everyone.yaml', 'x.yaml.yaml', 'a\\b.yaml',
    'tab\t.yaml', 'CR\r.yaml', 'ok-name.yaml', 'constructor.yaml', '__proto__.yaml', '\u202eevil.yaml', 'x y\n.yaml', '.yaml', '..yaml',
  ]);
}

/** A unit file's text with `unit:` set to the file's stem, so it is loaded far enough for its name to reach every output. */
function unitNamed(text: string, stem: string): string {
  return /^unit:.*$/m.test(text) ? text.replace(/^unit:.*$/m, `unit: ${JSON.stringify(stem)}`) : text;
}

const FILE_DAMAGE: Mutation[] = [
  {
    name: 'swap files',
    weight: 2,
    apply(place) {
      const files = unitFiles(place.root);
      if (files.length < 2) return undefined;
      const a = place.rng.pick(files);
      const b = place.rng.pick(files);
      const [ta, tb] = [readFileSync(join(place.root, a)), readFileSync(join(place.root, b))];
      write(place, a, tb);
      write(place, b, ta);
      return `contents of ${a} and ${b} swapped`;
    },
  },
  {
    name: 'move file',
    weight: 2,
    apply(place) {
      const file = someFile(place, false);
      if (!file) return undefined;
      const folders = cycleFolders(place.root);
      const to = join(place.rng.pick([dirname(file), ...folders, `${dirname(file)}/sub/deeper`]), place.rng.chance(0.5) ? basename(file) : hostileFileName(place.rng));
      mkdirSync(dirname(join(place.root, to)), { recursive: true });
      renameSync(join(place.root, file), join(place.root, to));
      return `${file} moved to ${JSON.stringify(to)}`;
    },
  },
  {
    name: 'delete or empty file',
    weight: 2,
    apply(place) {
      const file = someFile(place);
      if (!file) return undefined;
      if (place.rng.chance(0.5)) {
        rmSync(join(place.root, file));
        return `${file} deleted`;
      }
      write(place, file, place.rng.pick(['', '\n', '---\n', '# only a comment\n', '...\n', '~\n', '[]\n', '{}\n', '"just a string"\n']));
      return `${file} emptied`;
    },
  },
  {
    name: 'new file with a hostile name',
    weight: 3,
    apply(place) {
      const folders = cycleFolders(place.root);
      const source = someFile(place, false);
      if (folders.length === 0 || !source) return undefined;
      const name = hostileFileName(place.rng);
      const to = join(place.rng.pick(folders), name);
      const stem = name.replace(/\.ya?ml$/i, '');
      writeFileSync(join(place.root, to), place.rng.chance(0.7) ? unitNamed(read(place, source), stem) : read(place, source));
      return `new file ${JSON.stringify(to)} from ${source}`;
    },
  },
  {
    name: 'hostile file',
    weight: 1,
    apply(place) {
      const folders = cycleFolders(place.root);
      if (folders.length === 0) return undefined;
      // The small ones: each of the big ones costs every command seconds, and test/load covers them.
      const name = place.rng.pick(['billion-laughs.yaml', 'deep-block.yaml', 'deep-flow.yaml', 'colons.yaml']);
      const to = join(place.rng.pick(folders), place.rng.chance(0.5) ? name : 'company.yaml');
      writeFileSync(join(place.root, to), HOSTILE_FILES()[name]);
      return `${to}: the hostile file ${name}`;
    },
  },
  {
    name: 'symlink',
    weight: 5,
    apply(place) {
      const folders = cycleFolders(place.root);
      const file = someFile(place, false) ?? (folders.length > 0 ? `${place.rng.pick(folders)}/linked.yaml` : undefined);
      if (!file) return undefined;
      const path = join(place.root, file);
      const target = place.rng.pick([
        join(place.outside, 'secret.yaml'), join(place.outside, 'passwd'), place.outside, join(place.outside, 'okrs-elsewhere'), '/dev/zero', '/dev/null',
        '/dev/urandom', '/etc/passwd', '/', 'nowhere.yaml', basename(file), '.', '..', '../../okr.config.yaml', '../2026-Q3/company.yaml', 'company.yaml',
        relative(dirname(path), join(place.outside, 'secret.yaml')),
      ]);
      // Now in place of a unit file, now beside the others.
      const at = place.rng.chance(0.6) ? path : join(dirname(path), `link-${place.rng.int(100)}.yaml`);
      clear(at);
      symlinkSync(target, at);
      return `${relative(place.root, at)} is a symlink to ${target}`;
    },
  },
  {
    name: 'fifo',
    weight: 2,
    apply(place) {
      const file = place.rng.chance(0.2) ? 'okr.config.yaml' : someFile(place, false);
      if (!file) return undefined;
      const at = file === 'okr.config.yaml' || place.rng.chance(0.6) ? join(place.root, file) : join(place.root, dirname(file), 'fifo.yaml');
      clear(at);
      execFileSync('mkfifo', [at]);
      return `${relative(place.root, at)} is a FIFO`;
    },
  },
  {
    name: 'folder where a file should be',
    weight: 2,
    apply(place) {
      const file = place.rng.chance(0.2) ? 'okr.config.yaml' : someFile(place, false);
      if (!file) return undefined;
      const at = join(place.root, file);
      const text = existsSync(at) && isRegular(at) ? readFileSync(at) : '';
      clear(at);
      mkdirSync(at);
      if (place.rng.chance(0.5)) writeFileSync(join(at, 'inner.yaml'), text);
      return `${file} is a folder`;
    },
  },
  {
    name: 'folders',
    weight: 2,
    apply(place) {
      const folders = cycleFolders(place.root);
      const what = place.rng.pick(['okrs-file', 'cycle-file', 'cycle-link-out', 'cycle-link-root', 'cycle-link-other', 'loop', 'okrs-link-out', 'deep', 'cycle-missing', 'unknown-cycle']);
      const cycle = folders.length > 0 ? place.rng.pick(folders) : 'okrs/2026-Q4';
      const at = (path: string) => join(place.root, path);
      switch (what) {
        case 'okrs-file':
          clear(at('okrs'));
          writeFileSync(at('okrs'), 'not a folder\n');
          return 'okrs is a file';
        case 'okrs-link-out':
          clear(at('okrs'));
          symlinkSync(join(place.outside, 'okrs-elsewhere'), at('okrs'));
          return 'okrs is a symlink out of the repository';
        case 'cycle-file':
          clear(at(cycle));
          writeFileSync(at(cycle), 'cycle: x\n');
          return `${cycle} is a file`;
        case 'cycle-link-out':
          clear(at(cycle));
          symlinkSync(join(place.outside, 'okrs-elsewhere', '2026-Q4'), at(cycle));
          return `${cycle} is a symlink out of the repository`;
        case 'cycle-link-root':
          mkdirSync(at(cycle), { recursive: true });
          symlinkSync('/', join(at(cycle), 'root'));
          return `${cycle}/root is a symlink to /`;
        case 'cycle-link-other': {
          const other = place.rng.pick(['2026-Q3', '2026-Q4']);
          clear(at(cycle));
          symlinkSync(other, at(cycle));
          return `${cycle} is a symlink to ${other}`;
        }
        case 'loop':
          mkdirSync(at(cycle), { recursive: true });
          symlinkSync(place.rng.pick(['..', '.', '../..']), join(at(cycle), 'loop'));
          return `${cycle}/loop is a symlink to a folder above it`;
        case 'deep': {
          const deep = join(cycle, ...Array.from({ length: place.rng.between(10, 60) }, (_, i) => `d${i}`));
          mkdirSync(at(deep), { recursive: true });
          const source = someFile(place, false);
          if (source) writeFileSync(join(at(deep), 'deep.yaml'), read(place, source));
          return `a unit file ${deep.split('/').length} folders deep`;
        }
        case 'cycle-missing':
          clear(at(cycle));
          return `${cycle} removed`;
        case 'unknown-cycle':
          mkdirSync(at('okrs/2027-Q9'), { recursive: true });
          writeFileSync(at('okrs/2027-Q9/company.yaml'), existsSync(at('okrs/2026-Q4/company.yaml')) && isRegular(at('okrs/2026-Q4/company.yaml')) ? readFileSync(at('okrs/2026-Q4/company.yaml')) : 'x: 1\n');
          return 'okrs/2027-Q9 is a folder no cycle names';
      }
      return undefined;
    },
  },
];

let hostileFileCache: Record<string, string> | undefined;
const HOSTILE_FILES = () => (hostileFileCache ??= hostileFiles());

// ---------------------------------------------------------------- the config

type Config = Record<string, unknown> & { cycles?: unknown; people?: unknown; scoring?: unknown; rules?: unknown };

/** Structured changes: the config still parses, and says something it cannot mean (or means something odd). */
const CONFIG_CHANGES: [string, (config: Config, rng: Random, place: Place) => void][] = [
  ['cycles overlap', (c) => { c.cycles = [{ id: '2026-Q3', start: '2026-07-01', end: '2026-10-15' }, { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }]; }],
  ['cycles repeat dates', (c) => { c.cycles = [{ id: '2026-Q3', start: '2026-10-01', end: '2026-12-31' }, { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }]; }],
  ['cycle ends before it starts', (c) => { c.cycles = [{ id: '2026-Q4', start: '2026-12-31', end: '2026-10-01' }]; }],
  ['a year around its quarters', (c) => { c.cycles = [...(Array.isArray(c.cycles) ? c.cycles : []), { id: 'FY2026', start: '2026-01-01', end: '2026-12-31' }]; }],
  ['duplicate cycle ids', (c) => { c.cycles = [{ id: '2026-Q4', start: '2026-07-01', end: '2026-09-30' }, { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }]; }],
  ['hostile cycle id', (c, rng) => { c.cycles = [{ id: hostileText(rng), start: '2026-10-01', end: '2026-12-31' }]; }],
  ['no cycles', (c, rng) => { c.cycles = rng.pick([[], undefined, 'x', {}, [null]]); }],
  ['many cycles', (c) => { c.cycles = Array.from({ length: 400 }, (_, i) => ({ id: `C${i}`, start: `${2000 + Math.floor(i / 4)}-${String((i % 4) * 3 + 1).padStart(2, '0')}-01`, end: `${2000 + Math.floor(i / 4)}-${String((i % 4) * 3 + 3).padStart(2, '0')}-28` })); }],
  ['postBy outside its cycle', (c) => { if (Array.isArray(c.cycles) && c.cycles[0]) Object.assign(c.cycles[0], { postBy: '2030-01-01', midpoint: '1999-01-01', retroBy: '2000-01-01' }); }],
  ['bands out of order', (c) => { c.scoring = { bands: { yellow: 0.9, green: 0.2 } }; }],
  ['margins out of order', (c) => { c.scoring = { atRiskMargin: 0.5, offTrackMargin: 0.1 }; }],
  ['scoring of the wrong kind', (c, rng) => { c.scoring = rng.pick([{ bands: { yellow: 'x', green: null } }, { aspirationalGoal: -1, committedGoal: 7 }, 'high', [], { bands: [] }]); }],
  ['rule options', (c, rng) => {
    const rule = rng.pick(['max-objectives', 'objective-has-krs', 'objective-qualitative', 'kr-has-lead', 'stale-checkin', 'aligned', 'eased-target', 'no-such-rule', '__proto__', 'constructor']);
    c.rules = { ...(typeof c.rules === 'object' && c.rules ? c.rules : {}), [rule]: rng.pick(['off', 'warn', 'error', 'fatal', 0, 1, 2, 3, null, ['error', { max: 'five' }], ['warn', { max: -1 }], ['error', { maxx: 3 }], ['error', {}, 'extra'], { severity: 'error' }, []]) };
  }],
  ['rules of the wrong kind', (c, rng) => { c.rules = rng.pick(['all', [], 5, null, { '': 'error' }]); }],
  ['okrsDir', (c, rng, place) => { c.okrsDir = rng.pick(['nothere', '..', '/', '/etc', join(place.outside, 'okrs-elsewhere'), '../outside/okrs-elsewhere', '', '.', './okrs/', 'okrs/2026-Q4', 'okr.config.yaml', 'okrs/../okrs', 5, null, ['okrs']]); }],
  ['a leader leaves', (c, rng) => { if (c.people && typeof c.people === 'object') delete (c.people as Record<string, unknown>)[rng.pick(['alice', 'carla', 'raj', 'bob', 'erin'])]; }],
  ['people with hostile or inherited names', (c, rng) => {
    const people = (c.people && typeof c.people === 'object' ? c.people : {}) as Record<string, unknown>;
    const id = rng.pick(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'alice', 'x y', '']);
    people[id] = rng.pick([{ name: hostileText(rng), email: hostileText(rng), github: hostileText(rng) }, null, 'x', [], { name: 'Ok', email: 'ok@x.example' }]);
    c.people = people;
  }],
  ['people file', (c, rng, place) => {
    const target = rng.pick(['people.yaml', 'people.csv', 'missing.yaml', '../outside/people.yaml', join(place.outside, 'people.csv'), '/etc/passwd', 'okrs', 'okr.config.yaml', 'people.txt']);
    if (target === 'people.csv') writeFileSync(join(place.root, 'people.csv'), `id,name,email,github\nalice,${JSON.stringify(hostileText(rng))},a@x.example,alice\nbob,Bob,b@x.example,\ncarla,"=HYPERLINK(""x"")",c@x.example,carla\n${rng.chance(0.5) ? 'alice,Dup,d@x.example,dup\n' : ''}`);
    if (target === 'people.yaml') writeFileSync(join(place.root, 'people.yaml'), stringifyYaml(c.people ?? {}) + (rng.chance(0.3) ? yamlFragment(rng) : ''));
    c.people = target;
  }],
  ['roles', (c, rng) => { c.roles = rng.pick([{ coordinator: 'nobody', coaches: 'fay' }, { sponsor: hostileText(rng) }, { coaches: [hostileText(rng), 'constructor'] }, 'x', []]); }],
  ['themes', (c, rng) => { c.themes = rng.pick([[hostileText(rng)], 'growth', [], [null], [1, 2]]); }],
  ['check-in interval', (c, rng) => { c.checkins = { everyDays: rng.pick([0, -1, 1e308, 'x', 0.5, null, 2 ** 53 + 1]) }; }],
  ['version', (c, rng) => { c.version = rng.pick([2, '1', 0, null, 1.5, undefined]); }],
  ['organisation', (c, rng) => { c.organization = hostileText(rng); }],
  ['unknown key', (c, rng) => { c[rng.pick(['cylces', 'peopel', '__proto__', 'constructor', hostileText(rng)])] = rng.pick([1, 'x', {}, []]); }],
];

const CONFIG_DAMAGE: Mutation[] = [
  {
    name: 'config',
    weight: 6,
    apply(place) {
      const path = join(place.root, 'okr.config.yaml');
      if (!isRegular(path)) return undefined;
      let config: Config;
      try {
        config = parseYaml(readFileSync(path, 'utf8')) as Config;
      } catch {
        return undefined;
      }
      if (!config || typeof config !== 'object' || Array.isArray(config)) return undefined;
      const [what, change] = place.rng.pick(CONFIG_CHANGES);
      change(config, place.rng, place);
      writeFileSync(path, stringifyYaml(config));
      return `okr.config.yaml: ${what}`;
    },
  },
  {
    name: 'config replaced',
    weight: 1,
    apply(place) {
      const path = join(place.root, 'okr.config.yaml');
      const what = place.rng.pick(['symlink-out', 'dev-zero', 'empty', 'hostile-file', 'fragment', 'missing']);
      clear(path);
      if (what === 'symlink-out') symlinkSync(join(place.outside, 'config.yaml'), path);
      if (what === 'dev-zero') symlinkSync('/dev/zero', path);
      if (what === 'empty') writeFileSync(path, '');
      if (what === 'hostile-file') writeFileSync(path, HOSTILE_FILES()[place.rng.pick(['billion-laughs.yaml', 'deep-block.yaml'])]);
      if (what === 'fragment') writeFileSync(path, yamlFragment(place.rng));
      return `okr.config.yaml: ${what}`;
    },
  },
];

// ---------------------------------------------------------------- git

const GIT_DAMAGE: Mutation[] = [
  {
    name: 'no git',
    weight: 1,
    apply(place) {
      if (!existsSync(join(place.root, '.git'))) return undefined;
      rmSync(join(place.root, '.git'), { recursive: true, force: true });
      return 'not a git repository any more';
    },
  },
];

export const MUTATIONS: Mutation[] = [...TEXT_DAMAGE, ...VALUE_DAMAGE, ...SEMANTIC_DAMAGE, ...FILE_DAMAGE, ...CONFIG_DAMAGE, ...GIT_DAMAGE];

/** Applies `count` mutations drawn by weight; returns what each did (skipped ones say so). */
export function mutate(place: Place, count: number): string[] {
  const done: string[] = [];
  for (let i = 0; i < count; i++) {
    const mutation = place.rng.weighted(MUTATIONS.map((m) => [m, m.weight] as const));
    done.push(`${mutation.name}: ${mutation.apply(place) ?? 'nothing to do it to'}`);
  }
  return done;
}
