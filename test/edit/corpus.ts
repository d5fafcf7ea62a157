// The hand-written corpus of unit files every edit is checked against, and the checks
// themselves: what the edited text must read as, and which bytes it may differ in.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { DocPath } from '../../src/model.js';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/edit-corpus');

export interface CorpusFile {
  name: string;
  /** Exactly the bytes on disk, decoded: a BOM and CRLF line endings are kept. */
  text: string;
}

export function corpus(): CorpusFile[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
}

export function parse(text: string): Document.Parsed {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`does not parse: ${doc.errors[0].message}`);
  return doc;
}

export function dataOf(text: string): unknown {
  return parse(text).toJS();
}

/** `data` with the value at `path` set, computed on a copy; maps missing (or null) on the way are created. */
export function withValue(data: unknown, path: DocPath, value: unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

/** `data` with `item` appended to the list at `path` (created when missing). */
export function withItem(data: unknown, path: DocPath, item: unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const key = path[path.length - 1];
  node[key] = [...((node[key] as unknown[] | undefined) ?? []), item];
  return copy;
}

/**
 * The bytes a scalar value occupies: from its first character to its last, without the
 * comment after it; a block scalar (`|`, `>`) without its final line break.
 */
export function valueSpan(text: string, path: DocPath): [number, number] {
  const node = parse(text).getIn(path, true) as Node;
  const [start, end] = node.range!;
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
    return [start, text.endsWith('\r\n', end) ? end - 2 : text.endsWith('\n', end) ? end - 1 : end];
  }
  return [start, end];
}

/** True when `after` is `before` with only the bytes inside [start, end) replaced. */
export function changedOnlyWithin(before: string, after: string, [start, end]: [number, number]): boolean {
  const tail = before.length - end;
  return after.length >= start + tail && after.slice(0, start) === before.slice(0, start) && after.slice(after.length - tail) === before.slice(end);
}

/**
 * How `after` is `before` with one piece of text put in at one place, or undefined if it is
 * not. With `lineStart`, that place must be the start of a line or the very end of the text.
 */
export function insertion(before: string, after: string, lineStart = false): { at: number; text: string } | undefined {
  const length = after.length - before.length;
  if (length <= 0) return undefined;
  let common = 0;
  while (common < before.length && before[common] === after[common]) common++;
  // An insertion can look shifted left when its text ends like the text after it.
  for (let at = common; at >= 0 && at >= common - length; at--) {
    if (lineStart && at > 0 && at < before.length && before[at - 1] !== '\n') continue;
    const text = after.slice(at, at + length);
    if (after === before.slice(0, at) + text + before.slice(at)) return { at, text };
  }
  return undefined;
}

export const lineEnding = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');

/** Every line break is CRLF. */
export function allCrlf(text: string): boolean {
  return !/(^|[^\r])\n/.test(text);
}

export interface ScalarAt {
  path: DocPath;
  node: Node & { value: unknown; type?: string };
}

/** Every scalar value in the document (not keys), with its path. */
export function scalarsOf(text: string): ScalarAt[] {
  const found: ScalarAt[] = [];
  const walk = (node: unknown, path: DocPath): void => {
    if (isScalar(node)) found.push({ path, node: node as ScalarAt['node'] });
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    else if (isMap(node)) for (const pair of node.items) if (isPair(pair) && isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
  };
  walk(parse(text).contents, []);
  return found;
}

/** Column of the keys of the map at `path`. */
export function keyColumnAt(text: string, path: DocPath): number {
  const map = parse(text).getIn(path, true);
  if (!isMap(map)) throw new Error('not a map');
  const offset = (map.items[0].key as Node).range![0];
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return offset - lineStart - (lineStart === 0 && text.startsWith('\uFEFF') ? 1 : 0);
}

/** True when the map at `path` is written `{ ... }`. */
export function isFlowMapAt(text: string, path: DocPath): boolean {
  const map = parse(text).getIn(path, true);
  return isMap(map) && map.flow === true;
}
