// Which document path each line of a YAML file sets, found from its indentation alone, so
// that a check-in (`current: 22` → `current: 18`) can be applied to the parsed document
// without parsing the file again.
//
// The scanner understands block mappings and block sequences (compact `- key: value` items
// included), one-line flow collections as values, comments and block scalars. It gives up
// (no index from there on) at anything else it cannot be sure of. An index entry is a claim,
// not a fact: before a line is used, the value written on it must equal the value the last
// full parse put at its path (see `lineValueMatches`), and the new value must read the same
// on its own as in place (`parseLineValue`). Anything that fails falls back to a full parse.

import { CORE_SCHEMA, load } from 'js-yaml';
import { sameData } from './history-unit-diff.js';

export type DocPath = (string | number)[];

export interface IndexedLine {
  /** Where in the document the value written on this line lives. */
  path: DocPath;
  /** The line up to its value: indentation, `- ` markers, `key: `. */
  prefix: string;
  /** The value as written, comment included, without any "\r". */
  valueText: string;
}

interface Frame {
  indent: number;
  kind: 'map' | 'seq';
  path: DocPath;
  /** For a sequence: the index of its current item. */
  item: number;
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
  const seen = new Map<string, number>();
  let started = false;

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.includes('\r')) return index; // a lone CR is a line break to YAML, not to us
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    const rest = line.slice(indent);
    if (blockScalar >= 0) {
      if (rest === '' || indent > blockScalar) continue;
      blockScalar = -1;
    }
    if (rest === '' || rest[0] === '#') continue;
    if (rest[0] === '\t' || rest[0] === '%') return index;
    if (rest.startsWith('---') && indent === 0 && (rest.length === 3 || rest[3] === ' ')) {
      if (started) return index; // a second document
      continue;
    }
    started = true;

    let col = indent;
    let text = rest;
    for (;;) {
      let top = frames[frames.length - 1];
      while (top && (top.indent > col || (top.indent === col && top.kind === 'seq' && !isSeqEntry(text)))) {
        frames.pop();
        top = frames[frames.length - 1];
      }
      if (isSeqEntry(text)) {
        if (top && top.kind === 'seq' && top.indent === col) {
          top.item++;
        } else if (pending && pending.indent <= col) {
          top = { indent: col, kind: 'seq', path: pending.path, item: 0 };
          frames.push(top);
        } else {
          return index;
        }
        pending = null;
        const itemPath = [...top.path, top.item];
        const after = text.slice(1);
        let spaces = 0;
        while (after.charCodeAt(spaces) === 32) spaces++;
        const inner = after.slice(spaces);
        if (inner === '' || inner[0] === '#') {
          pending = { path: itemPath, indent: col };
          break;
        }
        const dash = col;
        col += 1 + spaces;
        text = inner;
        if (KEY.test(text)) {
          frames.push({ indent: col, kind: 'map', path: itemPath, item: 0 });
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
        addCandidate(index, seen, i, itemPath, line.slice(0, line.length - text.length), text);
        break;
      }
      const key = KEY.exec(text);
      if (!key) {
        // A continuation of a multi-line scalar is more indented than its block; anything
        // else here is a structure the scanner does not follow.
        const block = pending ? pending.indent : (top?.indent ?? -1);
        if (col <= block) return index;
        break;
      }
      if (top && top.kind === 'map' && top.indent === col) {
        // a sibling key
      } else if (pending && pending.indent < col) {
        top = { indent: col, kind: 'map', path: pending.path, item: 0 };
        frames.push(top);
      } else if (frames.length === 0 && col === 0 && !pending) {
        top = { indent: 0, kind: 'map', path: [], item: 0 };
        frames.push(top);
      } else {
        return index;
      }
      pending = null;
      const path = [...top.path, key[1]];
      const value = text.slice(key[0].length);
      if (value === '' || value[0] === '#') {
        pending = { path, indent: col };
      } else if (value[0] === '|' || value[0] === '>') {
        blockScalar = col;
      } else {
        addCandidate(index, seen, i, path, line.slice(0, line.length - value.length), value);
      }
      break;
    }
  }
  return index;
}

function isSeqEntry(text: string): boolean {
  return text === '-' || (text[0] === '-' && (text[1] === ' ' || text[1] === '\t'));
}

/** Two lines claiming one path means the scanner misread something: trust neither. */
function addCandidate(index: (IndexedLine | undefined)[], seen: Map<string, number>, line: number, path: DocPath, prefix: string, valueText: string): void {
  const key = path.join('\0');
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    index[earlier] = undefined;
    return;
  }
  seen.set(key, line);
  index[line] = { path, prefix, valueText };
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
  if (trimmed === '' || UNSAFE_START.test(trimmed)) return { ok: false };
  if (PLAIN_NUMBER.test(trimmed)) return { ok: true, value: Number(trimmed) };
  if (trimmed === 'true') return { ok: true, value: true };
  if (trimmed === 'false') return { ok: true, value: false };
  let value: unknown;
  try {
    value = load(trimmed, { schema: CORE_SCHEMA });
  } catch {
    return { ok: false };
  }
  const flow = trimmed[0] === '[' || trimmed[0] === '{';
  const collection = value !== null && typeof value === 'object';
  return flow === collection ? { ok: true, value } : { ok: false };
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
  const at = valueAt(data, entry.path);
  return at.found && sameData(parsed.value, at.value);
}
