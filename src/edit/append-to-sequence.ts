// appendToSequence: add one item at the end of a list, written like its siblings, leaving
// every other byte of the text as it was.

import { isMap, isPair, isScalar, isSeq, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { formatPath } from '../load/locate.js';
import type { DocPath } from '../model.js';
import { firstFaithful, type Candidate } from './edit-candidates.js';
import { EditError } from './edit-error.js';
import { blockItemCandidates, flowItemCandidates, placeListItem } from './item-source.js';
import { dashLayout, indentStyleOf, lastEntryEnd, type IndentStyle } from './layout.js';
import { addEntryCandidates } from './map-entry.js';
import { plainData, pushIn } from './plain-data.js';
import { childOf, collectionAt, contentEnd, isFlow, readDocument } from './source-document.js';
import { columnOf, insertLines, lineEndAfter, lineEndingOf } from './text-layout.js';

/**
 * Appends `item` (plain data: objects, arrays, scalars) to the list at `path`.
 * - A block list gets `- ` lines at its items' column, nested content indented as the file
 *   indents it.
 * - A flow list gets `, item` before its `]`; an empty `[]` becomes `[item]`, except that a
 *   map or list item for `key: []` in a block map turns the list into a block list on the
 *   following lines (a KR written on one line inside brackets is hard to read and to diff).
 * - A missing list key (or a key with no value) is created in its map, as a block list in a
 *   block map and as `key: [item]` in a flow map.
 * Throws EditError, and changes nothing, when the path leads nowhere or is not a list.
 */
export function appendToSequence(text: string, path: DocPath, item: unknown): string {
  const where = formatPath(path) || 'the document';
  const value = plainData(item, `the new item of ${where}`);
  const source = readDocument(text);
  const { doc } = source;
  let candidates: Candidate[];
  if (path.length === 0) {
    const root = collectionAt(doc, []);
    if (!isSeq(root)) throw new EditError('the document is not a list');
    candidates = appendCandidates(text, doc, root, value);
  } else {
    const parent = collectionAt(doc, path.slice(0, -1));
    const key = path[path.length - 1];
    const child = childOf(parent, key, path);
    if (isSeq(child?.node)) {
      candidates = appendCandidates(text, doc, child.node, value, child.pair);
    } else if (!child || isEmptyValue(child.node)) {
      const map = parent as YAMLMap<unknown, unknown>;
      candidates = child ? listAfterKeyCandidates(text, doc, map, child.pair!, value) : newListCandidates(text, doc, map, String(key), value);
    } else {
      throw new EditError(`${where} is not a list`);
    }
  }
  const change = (data: unknown) => (path.length === 0 ? (data as unknown[]).push(structuredClone(value)) : pushIn(data, path, value));
  return firstFaithful(source, candidates, change, `a new item at ${where}`);
}

/** `key:` with nothing after it (not even `~` or `null`): a list can be started there. */
function isEmptyValue(node: unknown): boolean {
  return node === null || (isScalar(node) && !!node.range && node.range[0] === node.range[1]);
}

function appendCandidates(text: string, doc: Document, seq: YAMLSeq<unknown>, item: unknown, pair?: Pair<unknown, unknown>): Candidate[] {
  const items = seq.items;
  if (isFlow(seq)) {
    const flows = flowItemCandidates(item);
    if (items.length > 0) {
      const at = contentEnd(items[items.length - 1])!;
      return flows.map((t) => [{ start: at, end: at, text: `, ${t}` }]);
    }
    const [open, close] = [seq.range![0], seq.range![1] - 1];
    const inBrackets = flows.map((t) => [{ start: open + 1, end: close, text: t }]);
    const blockParent = pair && isBlockMapEntry(doc, pair);
    const unfold = blockParent && item !== null && typeof item === 'object' ? listAfterKeyCandidates(text, doc, blockParent, pair, item) : [];
    return [...unfold, ...inBrackets];
  }
  const eol = lineEndingOf(text);
  const at = lineEndAfter(text, lastEntryEnd(seq));
  const dash = dashLayout(text, seq);
  const style = indentStyleOf(text, [items[items.length - 1], doc.contents]);
  return blockItemCandidates(item, style).map((lines) => [{ start: at, end: at, text: insertLines(text, at, placeListItem(lines, dash), eol) }]);
}

/** The block map holding `pair`, if it is one. */
function isBlockMapEntry(doc: Document, pair: Pair<unknown, unknown>): YAMLMap<unknown, unknown> | undefined {
  let found: YAMLMap<unknown, unknown> | undefined;
  const search = (node: unknown): void => {
    if (found) return;
    if (isMap(node)) {
      if (node.items.includes(pair)) found = isFlow(node) ? undefined : node;
      for (const p of node.items) if (isPair(p)) search(p.value);
    } else if (isSeq(node)) {
      node.items.forEach(search);
    }
  };
  search(doc.contents);
  return found;
}

/** A block list's lines under a key at `keyColumn`, indented as the file indents lists. */
function listLines(lines: string[], keyColumn: number, style: IndentStyle): string[] {
  return placeListItem(lines, { column: keyColumn + (style.indentSeq ? style.indent : 0), gap: ' ' });
}

/** A missing list key: `key:` and the list, as a new entry of its map. */
function newListCandidates(text: string, doc: Document, map: YAMLMap<unknown, unknown>, key: string, item: unknown): Candidate[] {
  const style = indentStyleOf(text, [map, doc.contents]);
  return addEntryCandidates(text, map, key, {
    block: (keyText, column) => blockItemCandidates(item, style).map((lines) => [`${' '.repeat(column)}${keyText}:`, ...listLines(lines, column, style)]),
    flow: flowItemCandidates(item).map((t) => `[${t}]`),
  });
}

/**
 * A key whose value is empty or `[]` becomes `key:` followed by a block list. The `[]` (and
 * the spaces before it) go; a comment after it stays on the key's line.
 */
function listAfterKeyCandidates(text: string, doc: Document, map: YAMLMap<unknown, unknown>, pair: Pair<unknown, unknown>, item: unknown): Candidate[] {
  if (isFlow(map)) return flowItemCandidates(item).map((t) => addToEmpty(pair, `[${t}]`, text));
  const keyStart = (pair.key as { range: [number, number, number] }).range[0];
  const value = pair.value as YAMLSeq<unknown> | null;
  const removal = value?.range && value.range[0] < value.range[1] ? emptyFlowRemoval(text, value.range[0], value.range[1]) : undefined;
  if (value?.range && value.range[0] < value.range[1] && !removal) return [];
  const at = lineEndAfter(text, removal?.end ?? contentEnd(pair)!);
  const style = indentStyleOf(text, [map, doc.contents]);
  const eol = lineEndingOf(text);
  const column = columnOf(text, keyStart);
  return blockItemCandidates(item, style).map((lines) => [
    ...(removal ? [removal] : []),
    { start: at, end: at, text: insertLines(text, at, listLines(lines, column, style), eol) },
  ]);
}

/** Removes ` []` after a key, when it is on the key's line. */
function emptyFlowRemoval(text: string, start: number, end: number) {
  let from = start;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return text[from - 1] === ':' ? { start: from, end, text: '' } : undefined;
}

/** In a flow map, an empty value gets the flow list after its colon. */
function addToEmpty(pair: Pair<unknown, unknown>, flow: string, text: string): Candidate {
  const value = pair.value as { range?: [number, number, number] } | null;
  const at = value?.range?.[0] ?? contentEnd(pair)!;
  if (value?.range && value.range[0] < value.range[1]) return [{ start: value.range[0], end: value.range[1], text: flow }];
  return [{ start: at, end: at, text: (/[ \t]/.test(text[at - 1]) ? '' : ' ') + flow }];
}
