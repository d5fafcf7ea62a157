// Which document path each line of a YAML file sets, found from its indentation alone, so
// that a check-in (`current: 22` → `current: 18`) can be applied to the parsed document
// without parsing the file again.
//
// The scanner understands block mappings and block sequences (compact `- key: value` items
// included), one-line flow collections as values, comments and block scalars. It gives up
// (no index from there on) at anything else it cannot be sure of, such as a key seen twice in
// one map. An index entry is a claim, not a fact: before a line is used, the value written on
// it must equal the value the last full parse put at its path (`lineValueMatches`), and a new
// value must read the same on its own as in place (`parseLineValue`). Anything that fails
// falls back to a full parse.

import { readYamlData } from '../load/yaml/parse.js';
import { sameData } from './history-unit-diff.js';

export type DocPath = (string | number)[];

export interface IndexedLine {
  /** The map or list holding the value, and its key there (see `pathOf`). */
  parent: DocPath;
  key: string | number;
  /** Where in the document the value lives: made on first use, most lines never need it. */
  path?: DocPath;
  /** The line up to its value: indentation, `- ` markers, `key: `. */
  prefix: string;
  /** The value as written, comment included, without any "\r". */
  valueText: string;
  /** For `key: value`: the column of the key (after any `- `); -1 for a sequence item `- value`. */
  keyColumn: number;
}

interface Frame {
  indent: number;
  kind: 'map' | 'seq';
  path: DocPath;
  /** For a sequence: the index of its current item. */
  item: number;
  /** For a map: its keys so far. */
  keys: Set<string> | null;
}

const KEY = /^([A-Za-z_$][\w$-]*)[ \t]*:(?=[ \t]|$)[ \t]*/;

/** One entry per line: where its value lives, or undefined when the line is not a simple value. */
export function indexLines(lines: readonly string[]): (IndexedLine | undefined)[] {
  const index: (IndexedLine | undefined)[] = new Array(lines.length);
  const frames: Frame[] = [];
  // A key (or a bare `-`) whose value is on the following lines, and the column it sits at.
  let pending: { path: DocPath; indent: number } | null = null;
  // Inside a block scalar (`|`, `>`): lines more indented than this are its content.
  let blockScalar = -1;
  let started = false;

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.includes('\r')) return index; // a lone CR is a line break to YAML, not to us
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (blockScalar >= 0) {
      if (indent === line.length || indent > blockScalar) continue;
      blockScalar = -1;
    }
    const first = line[indent];
    if (first === undefined || first === '#') continue;
    if (first === '\t' || first === '%') return index;
    if (indent === 0 && line.startsWith('---') && (line.length === 3 || line[3] === ' ')) {
      if (started) return index; // a second document
      continue;
    }
    started = true;

    let col = indent;
    let text = indent === 0 ? line : line.slice(indent);
    for (;;) {
      let top = frames[frames.length - 1];
      const entry = isSeqEntry(text);
      while (top && (top.indent > col || (top.indent === col && top.kind === 'seq' && !entry))) {
        frames.pop();
        top = frames[frames.length - 1];
      }
      if (entry) {
        if (top && top.kind === 'seq' && top.indent === col) {
          top.item++;
        } else if (pending && pending.indent <= col) {
          top = { indent: col, kind: 'seq', path: pending.path, item: 0, keys: null };
          frames.push(top);
        } else {
          return index;
        }
        pending = null;
        const itemPath = [...top.path, top.item];
        const seq = top;
        let spaces = 1;
        while (text.charCodeAt(spaces) === 32) spaces++;
        const inner = text.slice(spaces);
        if (inner === '' || inner[0] === '#') {
          pending = { path: itemPath, indent: col };
          break;
        }
        const dash = col;
        col += spaces;
        text = inner;
        if (KEY.test(text)) {
          frames.push({ indent: col, kind: 'map', path: itemPath, item: 0, keys: new Set() });
          continue;
        }
        if (isSeqEntry(text)) {
          pending = { path: itemPath, indent: col };
          continue;
        }
        if (text[0] === '|' || text[0] === '>') {
          blockScalar = dash;
          break;
        }
        index[i] = { parent: seq.path, key: seq.item, path: itemPath, prefix: line.slice(0, line.length - text.length), valueText: text, keyColumn: -1 };
        break;
      }
      const key = KEY.exec(text);
      if (!key) {
        // A continuation of a multi-line scalar is more indented than its block; anything
        // else here is a structure the scanner does not follow.
        if (col <= (pending ? pending.indent : (top?.indent ?? -1))) return index;
        break;
      }
      if (top && top.kind === 'map' && top.indent === col) {
        // a sibling key
      } else if (pending && pending.indent < col) {
        top = { indent: col, kind: 'map', path: pending.path, item: 0, keys: new Set() };
        frames.push(top);
      } else if (frames.length === 0 && col === 0 && !pending) {
        top = { indent: 0, kind: 'map', path: [], item: 0, keys: new Set() };
        frames.push(top);
      } else {
        return index;
      }
      pending = null;
      const name = key[1];
      if (top.keys!.has(name)) return index; // valid YAML has no duplicate key: we misread
      top.keys!.add(name);
      const value = text.slice(key[0].length);
      if (value === '' || value[0] === '#') {
        pending = { path: [...top.path, name], indent: col };
      } else if (value[0] === '|' || value[0] === '>') {
        blockScalar = col;
      } else {
        index[i] = { parent: top.path, key: name, prefix: line.slice(0, line.length - value.length), valueText: value, keyColumn: col };
      }
      break;
    }
  }
  return index;
}

function isSeqEntry(text: string): boolean {
  return text.charCodeAt(0) === 45 /* - */ && (text.length === 1 || text[1] === ' ' || text[1] === '\t');
}

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
/** Starts that mean something else on their own than after `key: ` (or need more lines). */
const UNSAFE_START = /^(?:[|>&*!%@`?,#:]|-(?:$|[\s-])|\.\.\.)/;

export type LineValue = { ok: true; value: unknown } | { ok: false };

/**
 * The value written after `key: ` (or `- `), read on its own. It must be a one-line scalar
 * or flow collection, which reads the same on its own as in place; anything else is refused.
 */
export function parseLineValue(text: string): LineValue {
  const trimmed = text.trimEnd();
  if (trimmed === '') return { ok: false };
  // The integer `-0` is 0 in the core schema; `-0.0` is a float, negative zero.
  if (PLAIN_NUMBER.test(trimmed)) return { ok: true, value: trimmed === '-0' ? 0 : Number(trimmed) };
  if (trimmed === 'true') return { ok: true, value: true };
  if (trimmed === 'false') return { ok: true, value: false };
  if (UNSAFE_START.test(trimmed)) return { ok: false };
  const read = readYamlData(trimmed);
  if (!read.ok) return { ok: false };
  const value = read.data;
  const flow = trimmed[0] === '[' || trimmed[0] === '{';
  const collection = value !== null && typeof value === 'object';
  return flow === collection ? { ok: true, value } : { ok: false };
}

/** Where an indexed line's value lives in the document. */
export function pathOf(entry: IndexedLine): DocPath {
  return (entry.path ??= [...entry.parent, entry.key]);
}

/** The value at a path, and whether the path exists. */
export function valueAt(data: unknown, path: DocPath): { found: boolean; value: unknown } {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return { found: false, value: undefined };
    if (Array.isArray(value) ? typeof segment !== 'number' || segment >= value.length : !Object.prototype.hasOwnProperty.call(value, segment)) {
      return { found: false, value: undefined };
    }
    value = (value as Record<string | number, unknown>)[segment];
  }
  return { found: true, value };
}

/** Whether the value written on an indexed line is the one the document holds at its path. */
export function lineValueMatches(entry: IndexedLine, data: unknown): boolean {
  const parsed = parseLineValue(entry.valueText);
  if (!parsed.ok) return false;
  const at = valueAt(data, pathOf(entry));
  return at.found && sameData(parsed.value, at.value);
}
