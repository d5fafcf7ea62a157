// From a document path (`objectives[2].keyResults[0].lead`) to where it is written: the
// node spans recorded while parsing (node-spans.ts) are walked alongside the data. A
// sequence's children are its items; a map's children are its keys and values in turn. Only
// files with something to report are ever walked, and only along the path.

import type { DocPath } from '../../model.js';
import { childrenOf, type NodeSpans } from './node-spans.js';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LocatableSource {
  text: string;
  spans: NodeSpans;
  /** The parsed document the spans were recorded for. */
  data: unknown;
}

export type Locate = (path: DocPath, atKey?: boolean) => Span | undefined;

/**
 * A function from a document path to the span of its node, or of the deepest node on the way
 * there when the path runs out (a missing required key points at the map that lacks it).
 * `atKey` points at the key of the last map entry instead of its value; a key with no value is
 * pointed at too. Children, key orders and line starts are worked out once per source, so a
 * file with thousands of findings costs what one walk of it costs.
 */
export function createLocator(source: LocatableSource): Locate {
  const { spans, text } = source;
  const children = new Map<number, number[]>();
  // Per map: each key's place among the map's pairs, when the children are exactly key,
  // value, key, value… in the order the keys are written; null when they are not.
  const keyOrders = new Map<object, Map<string, number> | null>();
  const lines = lineStarts(text);
  const childrenAt = (node: number) => {
    let list = children.get(node);
    if (!list) children.set(node, (list = childrenOf(spans, node)));
    return list;
  };
  // js-yaml composes some collections twice over: a list item that is a flow map is first
  // tried as the key of a compact map, so a wrapper node holds the real one, opened at the
  // same offset. A real collection never has a lone child starting where it starts.
  const unwrap = (node: number) => {
    for (;;) {
      const list = childrenAt(node);
      if (list.length !== 1 || spans.starts[list[0]] !== spans.starts[node]) return node;
      node = list[0];
    }
  };
  const keyOrderOf = (map: Record<string, unknown>, childCount: number) => {
    let order = keyOrders.get(map);
    if (order === undefined) {
      const keys = Object.keys(map);
      // Keys keep the order they were written in, except integer-like ones, which JavaScript
      // puts first; and a flow-map entry written without a value has no value node.
      order = childCount === keys.length * 2 && !keys.some(isIndexLike) ? new Map(keys.map((k, i) => [k, i])) : null;
      keyOrders.set(map, order);
    }
    return order;
  };
  const span = (node: number): Span => {
    const start = startOf(text, spans, node);
    const end = Math.max(start, endOf(text, spans, node));
    const from = lineColumn(lines, start);
    const to = lineColumn(lines, end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };

  /** The key node and value node of `key` in the map at node `map`. */
  const pairOf = (map: number, value: Record<string, unknown>, key: string): [number, number | undefined] | undefined => {
    if (!Object.hasOwn(value, key)) return undefined;
    const list = childrenAt(map);
    const order = keyOrderOf(value, list.length);
    if (order) {
      const index = order.get(key)!;
      return [list[2 * index], list[2 * index + 1]];
    }
    for (let c = 0; c < list.length; c++) {
      if (isKeyNode(text, spans, list[c]) && keyText(text, spans, list[c]) === key) {
        const next = list[c + 1];
        return [list[c], next !== undefined && startOf(text, spans, next) > spans.ends[list[c]] ? next : undefined];
      }
    }
    return undefined;
  };

  return (path, atKey = false) => {
    if (spans.starts.length === 0) return undefined;
    let node = 0;
    let value: unknown = source.data;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (Array.isArray(value) && typeof segment === 'number') {
        const item = childrenAt(unwrap(node))[segment];
        if (item === undefined) break;
        node = item;
        value = value[segment];
      } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const pair = pairOf(unwrap(node), value as Record<string, unknown>, String(segment));
        if (!pair) break;
        const [key, entry] = pair;
        value = (value as Record<string, unknown>)[String(segment)];
        // A key with no value (`lead:`) has an empty node, or none: point at the key.
        if ((last && atKey) || entry === undefined || isEmpty(text, spans, entry)) return span(key);
        node = entry;
      } else {
        break;
      }
    }
    return span(node);
  };
}

/** A key is followed by its `:` (on the next line, for an explicit `? key`). */
function isKeyNode(text: string, spans: NodeSpans, node: number): boolean {
  let i = endOf(text, spans, node);
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 0x3a /* : */;
}

function isIndexLike(key: string): boolean {
  return /^(?:0|[1-9][0-9]*)$/.test(key);
}

/** A key as written, unquoted: enough to find it among its siblings. */
function keyText(text: string, spans: NodeSpans, node: number): string {
  const raw = text.slice(startOf(text, spans, node), endOf(text, spans, node));
  if (raw.startsWith('"')) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  }
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

/** A node that holds nothing but space and comments (an empty value). */
function isEmpty(text: string, spans: NodeSpans, node: number): boolean {
  return startOf(text, spans, node) >= endOf(text, spans, node);
}

/** Where the node's text begins: past the space, line breaks and comments before it. */
function startOf(text: string, spans: NodeSpans, node: number): number {
  const end = Math.min(spans.ends[node], text.length);
  let i = Math.min(spans.starts[node], end);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++;
    } else if (c === 0x23 /* # */ && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? end : eol + 1;
    } else {
      break;
    }
  }
  return i;
}

/** Where the node's text ends: before the space, line breaks and whole-line comments after it. */
function endOf(text: string, spans: NodeSpans, node: number): number {
  const start = spans.starts[node];
  // js-yaml reads a text with no final line break as if it had one: a node can end past the text.
  let end = Math.min(spans.ends[node], text.length);
  for (;;) {
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    // A comment on a line of its own after the node (before the next key) is not the node's.
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(Math.max(lineStart, start), end);
    if (lineStart > start && /^[ \t]*#/.test(line)) {
      end = lineStart;
      continue;
    }
    return end;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, by binary search over the line starts. */
export function lineColumn(lines: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lines[low] + 1 };
}
