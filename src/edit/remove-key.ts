// removeKeys: take keys out of their maps, touching only the bytes of each entry (`okr checkin
// --clear-score` takes a hand-entered `score:` away). In a block map the entry's lines go, with
// a comment on its last line; in a flow map the entry goes with one comma beside it. Each
// removal is proven as every edit is (edit-candidates.ts): the result must read as the old
// data less that key, else nothing is changed and an EditError says so.

import { isPair, isScalar, type Pair } from 'yaml';
import { formatPath } from '../load/locate.js';
import type { DocPath } from '../model.js';
import { firstFaithful, type Candidate } from './edit-candidates.js';
import { EditError } from './edit-error.js';
import { collectionAt, contentEnd, isFlow, readDocument } from './source-document.js';
import { lineEndAfter, lineStartOf } from './text-layout.js';

/** Removes the key at each path, in order; a key that is not there is left alone. */
export function removeKeys(text: string, paths: DocPath[]): string {
  let out = text;
  for (const path of paths) out = removeKey(out, path);
  return out;
}

function removeKey(text: string, path: DocPath): string {
  if (path.length === 0) throw new EditError('cannot remove the whole document');
  const source = readDocument(text);
  const map = collectionAt(source.doc, path.slice(0, -1));
  const key = String(path[path.length - 1]);
  const where = formatPath(path);
  if (!('items' in map) || map.items.some((item) => !isPair(item))) throw new EditError(`${formatPath(path.slice(0, -1)) || 'the document'} is not a map`);
  const pairs = map.items as Pair<unknown, unknown>[];
  const index = pairs.findIndex((pair) => isScalar(pair.key) && String(pair.key.value) === key);
  if (index < 0) return text;
  const pair = pairs[index];
  const start = (pair.key as { range?: [number, number, number] }).range?.[0];
  const end = contentEnd(pair);
  if (start === undefined || end === undefined) throw new EditError(`${where} has no place in the text that can be removed`);

  const candidates: Candidate[] = [];
  if (isFlow(map)) {
    // `{ a: 1, key: v, b: 2 }`: with the comma after it, or (the last entry) the one before it.
    const after = /^\s*,\s*/.exec(text.slice(end));
    if (after) candidates.push([{ start, end: end + after[0].length, text: '' }]);
    const before = /,\s*$/.exec(text.slice(0, start));
    if (before) candidates.push([{ start: before.index, end, text: '' }]);
    if (pairs.length === 1) candidates.push([{ start, end, text: '' }]);
  } else {
    // Its own lines: from the key's line start to the end of the line its value ends on.
    const lineStart = lineStartOf(text, start);
    if (text.slice(lineStart, start).trim() === '') candidates.push([{ start: lineStart, end: lineEndAfter(text, end), text: '' }]);
  }
  return firstFaithful(source, candidates, (data) => deleteIn(data, path), `the removal of ${where}`);
}

function deleteIn(data: unknown, path: DocPath): void {
  let node = data as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  delete node[path[path.length - 1]];
}
