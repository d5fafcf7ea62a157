// setScalars: write scalar values at paths, touching only the bytes of each value (or adding
// one line, or one `, key: value`, for a key that is missing).

import { isAlias, isMap, isScalar, isSeq, type Scalar, type YAMLMap } from 'yaml';
import { formatPath } from '../load/locate.js';
import type { DocPath } from '../model.js';
import { firstFaithful, type Candidate } from './edit-candidates.js';
import { EditError } from './edit-error.js';
import { addEntryCandidates } from './map-entry.js';
import { setIn } from './plain-data.js';
import { assertScalarValue, blockScalarSource, flowScalarCandidates, type FlowStyle, type ScalarValue } from './scalar-source.js';
import { childOf, collectionAt, readDocument } from './source-document.js';
import { lineEndingOf, lineStartOf } from './text-layout.js';

export interface ScalarEdit {
  path: DocPath;
  value: ScalarValue;
}

/**
 * Sets each scalar at its path, in order. An existing scalar's bytes are replaced in place,
 * keeping its style where the new value allows it; a missing key is added to its map. Every
 * other byte of the text stays as it was. Throws EditError, and changes nothing, when a path
 * leads nowhere or a value cannot be written faithfully.
 */
export function setScalars(text: string, edits: ScalarEdit[]): string {
  let out = text;
  for (const edit of edits) out = setScalar(out, edit);
  return out;
}

function setScalar(text: string, { path, value }: ScalarEdit): string {
  const where = formatPath(path) || 'the document';
  if (path.length === 0) throw new EditError('cannot replace the whole document with a scalar');
  assertScalarValue(value, where);
  const source = readDocument(text);
  const parent = collectionAt(source.doc, path.slice(0, -1));
  const key = path[path.length - 1];
  const child = childOf(parent, key, path);
  let candidates: Candidate[];
  if (child) {
    candidates = replaceCandidates(text, child.node, value, where);
  } else {
    const values = flowScalarCandidates(value);
    candidates = addEntryCandidates(text, parent as YAMLMap<unknown, unknown>, String(key), {
      block: (keyText, column) => values.map((v) => [`${' '.repeat(column)}${keyText}: ${v}`]),
      flow: values,
    });
  }
  return firstFaithful(source, candidates, (data) => setIn(data, path, value), `${JSON.stringify(value)} at ${where}`);
}

function replaceCandidates(text: string, node: unknown, value: ScalarValue, where: string): Candidate[] {
  if (isAlias(node)) throw new EditError(`${where} is an alias (*${node.source}); edit the anchored value instead`);
  if (isMap(node) || isSeq(node)) throw new EditError(`${where} is a ${isMap(node) ? 'map' : 'list'}, not a single value`);
  if (!isScalar(node) || !node.range) throw new EditError(`${where} has no value that can be replaced`);
  const [start, end] = node.range;

  if (start === end) {
    // `key:` with nothing after it: write after the colon, spaced from it and from a comment.
    const before = start > 0 && !/[ \t]/.test(text[start - 1]) ? ' ' : '';
    const after = text[start] === '#' ? ' ' : '';
    return flowScalarCandidates(value).map((v) => [{ start, end, text: before + v + after }]);
  }

  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return blockCandidates(text, node, value);

  return flowScalarCandidates(value, node.type as FlowStyle).map((v) => [{ start, end, text: v }]);
}

/**
 * A `|` or `>` scalar keeps its style for a new string, with the body at its old indentation.
 * Its range ends after its last line break; that break stays, so the edit ends before it.
 */
function blockCandidates(text: string, node: Scalar, value: ScalarValue): Candidate[] {
  const [start, rangeEnd] = node.range!;
  const end = text.endsWith('\r\n', rangeEnd) ? rangeEnd - 2 : text.endsWith('\n', rangeEnd) ? rangeEnd - 1 : rangeEnd;
  const flow = flowScalarCandidates(value, 'QUOTE_DOUBLE').map((v) => [{ start, end, text: v }]);
  if (typeof value !== 'string') return flow;
  const source = text.slice(start, end);
  const [header, ...body] = source.split(/\r?\n/);
  const firstLine = body.find((line) => line.trim() !== '');
  // An empty body gives no indentation to copy: one step deeper than the key's line.
  const indent = firstLine !== undefined ? leadingSpaces(firstLine) : leadingSpaces(text.slice(lineStartOf(text, start))) + 2;
  return [[{ start, end, text: blockScalarSource(value, header, indent, lineEndingOf(text)) }], ...flow];
}

function leadingSpaces(line: string): number {
  return /^ */.exec(line)![0].length;
}
