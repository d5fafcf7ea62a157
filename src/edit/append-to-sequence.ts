// appendToSequence: add one item at the end of a list, written like its siblings, leaving
// every other byte of the text as it was.

import { isScalar, isSeq, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { formatPath } from '../load/locate.js';
import type { DocPath } from '../model.js';
import { firstFaithful, type Candidate, type Splice } from './edit-candidates.js';
import { EditError } from './edit-error.js';
import { blockItemCandidates, flowItemCandidates, placeListItem } from './item-source.js';
import { dashLayout, indentStyleOf, lastEntryEnd, type IndentStyle } from './layout.js';
import { addEntryCandidates } from './map-entry.js';
import { plainData, pushIn } from './plain-data.js';
import { childOf, collectionAt, contentEnd, isFlow, readDocument } from './source-document.js';
import { columnOf, insertLines, lineBreakAt, lineEndAfter, lineEndingOf, lineStartOf, pastDeeperComments } from './text-layout.js';

/** A map entry whose value is (or will be) the list. */
interface Owner {
  map: YAMLMap<unknown, unknown>;
  pair: Pair<unknown, unknown>;
}

/**
 * Appends `item` (plain data: objects, arrays, scalars) to the list at `path`.
 * - A block list gets `- ` lines at its items' column, nested content indented as the file
 *   indents it, after its last item (and any comment indented deeper than its `-`).
 * - A flow list gets `, item` before its `]`, or a line of its own when it is written one item
 *   per line. An empty `[]` becomes `[item]`, except that a map or list item for `key: []` in a
 *   block map turns it into a block list on the following lines: a KR squeezed into brackets
 *   on one line is hard to read and to diff.
 * - A missing list key, or a key with no value, gets a new list: a block list in a block map,
 *   `key: [item]` in a flow map.
 * Throws EditError, and changes nothing, when the path leads nowhere or is not a list.
 */
export function appendToSequence(text: string, path: DocPath, item: unknown): string {
  const where = formatPath(path) || 'the document';
  const value = plainData(item, (inside) => (inside.length > 0 ? `${formatPath(inside)} in the new item of ${where}` : `the new item of ${where}`));
  const source = readDocument(text);
  const { doc } = source;
  let candidates: Candidate[];
  if (path.length === 0) {
    const root = collectionAt(doc, []);
    if (!isSeq(root)) throw new EditError('the document is not a list');
    candidates = appendCandidates(text, doc, root, value);
  } else {
    const map = collectionAt(doc, path.slice(0, -1)) as YAMLMap<unknown, unknown>;
    const key = path[path.length - 1];
    const child = childOf(map, key, path);
    if (!child) candidates = newListCandidates(text, doc, map, String(key), value);
    else if (isSeq(child.node)) candidates = appendCandidates(text, doc, child.node, value, { map, pair: child.pair! });
    else if (isEmptyValue(child.node)) candidates = isFlow(map) ? fillEmptyInFlow(text, child.pair!, value) : blockListCandidates(text, doc, { map, pair: child.pair! }, value);
    else throw new EditError(`${where} is not a list`);
  }
  const change = (data: unknown) => (path.length === 0 ? (data as unknown[]).push(structuredClone(value)) : pushIn(data, path, value));
  return firstFaithful(source, candidates, change, `a new item at ${where}`);
}

/** `key:` with nothing after it (not even `~` or `null`): a list can be started there. */
function isEmptyValue(node: unknown): boolean {
  return node === null || (isScalar(node) && !!node.range && node.range[0] === node.range[1]);
}

function appendCandidates(text: string, doc: Document, seq: YAMLSeq<unknown>, item: unknown, owner?: Owner): Candidate[] {
  const items = seq.items;
  if (!isFlow(seq)) {
    const eol = lineEndingOf(text);
    const dash = dashLayout(text, seq);
    const at = pastDeeperComments(text, lineEndAfter(text, lastEntryEnd(seq)), dash.column);
    const style = indentStyleOf(text, [items[items.length - 1], doc.contents]);
    return blockItemCandidates(item, style).map((lines) => [{ start: at, end: at, text: insertLines(text, at, placeListItem(lines, dash), eol) }]);
  }
  const flows = flowItemCandidates(item);
  if (items.length > 0) {
    const last = items[items.length - 1];
    const at = contentEnd(last)!;
    return [...ownLineCandidates(text, last, at, flows), ...flows.map((t) => [{ start: at, end: at, text: `, ${t}` }])];
  }
  const [open, close] = [seq.range![0], seq.range![1] - 1];
  const inBrackets = flows.map((t) => [{ start: open + 1, end: close, text: t }]);
  const unfold = owner && !isFlow(owner.map) && item !== null && typeof item === 'object';
  return [...(unfold ? blockListCandidates(text, doc, owner, item) : []), ...inBrackets];
}

/**
 * In a flow list written one item per line, the new item goes on a line of its own at the
 * last item's column: `,` right after the last item (before its comment), the item after the
 * line. Only when nothing but a comment follows the last item on its line.
 */
function ownLineCandidates(text: string, last: unknown, lastEnd: number, flows: string[]): Candidate[] {
  const start = (last as { range?: [number, number, number] }).range?.[0];
  if (start === undefined || text.slice(lineStartOf(text, start), start).trim() !== '') return [];
  const lineBreak = lineBreakAt(text, lastEnd);
  if (lineBreak === text.length || !/^[ \t]*(#.*)?$/.test(text.slice(lastEnd, lineBreak))) return [];
  const pad = ' '.repeat(columnOf(text, start));
  const eol = lineEndingOf(text);
  return flows.map((t) => [{ start: lastEnd, end: lastEnd, text: ',' }, { start: lineBreak, end: lineBreak, text: `${eol}${pad}${t}` }]);
}

/** A block list's lines under a key at `keyColumn`, indented as the file indents lists. */
function listLines(lines: string[], keyColumn: number, style: IndentStyle): string[] {
  return placeListItem(lines, { column: keyColumn + (style.indentSeq ? style.indent : 0), gap: style.gap });
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
 * A key of a block map whose value is empty or `[]` gets a block list on the lines after it.
 * The `[]` and the spaces before it go; a comment after it stays on the key's line. A `[]`
 * not on the key's line is left alone (no candidates).
 */
function blockListCandidates(text: string, doc: Document, { map, pair }: Owner, item: unknown): Candidate[] {
  const range = (pair.value as { range?: [number, number, number] } | null)?.range;
  const removal = range && range[0] < range[1] ? emptyFlowRemoval(text, range[0], range[1]) : undefined;
  if (range && range[0] < range[1] && !removal) return [];
  const column = columnOf(text, (pair.key as { range: [number, number, number] }).range[0]);
  const at = pastDeeperComments(text, lineEndAfter(text, removal?.end ?? contentEnd(pair)!), column);
  const style = indentStyleOf(text, [map, doc.contents]);
  const eol = lineEndingOf(text);
  return blockItemCandidates(item, style).map((lines) => [
    ...(removal ? [removal] : []),
    { start: at, end: at, text: insertLines(text, at, listLines(lines, column, style), eol) },
  ]);
}

/** Removes ` []` after a key, when it is on the key's line. */
function emptyFlowRemoval(text: string, start: number, end: number): Splice | undefined {
  let from = start;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return text[from - 1] === ':' ? { start: from, end, text: '' } : undefined;
}

/** In a flow map, a key with no value gets `[item]` after its colon. */
function fillEmptyInFlow(text: string, pair: Pair<unknown, unknown>, item: unknown): Candidate[] {
  const at = contentEnd(pair)!;
  const space = /[ \t]/.test(text[at - 1]) ? '' : ' ';
  return flowItemCandidates(item).map((t) => [{ start: at, end: at, text: `${space}[${t}]` }]);
}
