// setScalars: write scalar values at paths, touching only the bytes of each value (or adding
// one line, or one `, key: value`, for a key that is missing). Maps missing on the way are
// created with it (`retro:` and `  learnings: text` below it, or `retro: { learnings: text }`).

import { isAlias, isMap, isScalar, isSeq, type Scalar } from 'yaml';
import { formatPath } from '../load/locate.js';
import type { DocPath } from '../model.js';
import { firstFaithful, type Candidate, type Splice } from './edit-candidates.js';
import { EditError } from './edit-error.js';
import { indentStyleOf } from './layout.js';
import { addEntryCandidates, afterColonCandidates, fillEntryCandidates } from './map-entry.js';
import { newMaps } from './new-maps.js';
import { targetOf, type PathTarget } from './path-target.js';
import { setIn } from './plain-data.js';
import { assertScalarValue, blockScalarSource, flowScalarCandidates, type FlowStyle, type ScalarValue } from './scalar-source.js';
import { readDocument, type SourceDocument } from './source-document.js';
import { lineEndingOf, lineStartOf } from './text-layout.js';

export interface ScalarEdit {
  path: DocPath;
  value: ScalarValue;
}

/**
 * Sets each scalar at its path, in order. An existing scalar's bytes are replaced in place,
 * keeping its style where the new value allows it; a missing key is added to its map, and so
 * are the maps missing between it and the document (a key with no value, `key:`, gets the
 * map as its value). Lists are never created: an index below a missing key is refused. Every
 * other byte of the text stays as it was. Throws EditError, and changes nothing, when a path
 * leads nowhere or a value cannot be written faithfully.
 */
export function setScalars(text: string, edits: ScalarEdit[]): string {
  if (edits.length > 1) {
    const together = replaceTogether(text, edits);
    if (together !== null) return together;
  }
  let out = text;
  for (const edit of edits) out = setScalar(out, edit);
  return out;
}

/**
 * Many values replaced at once (okr sync, checkin --from): when every edit replaces a scalar
 * that exists, each one's best candidate is spliced into the text together and the result read
 * back once, by both readers, against the data with every change made. One read-back instead
 * of one per edit keeps a file of hundreds of changed values linear. Null when an edit is of
 * another kind, two touch the same bytes, or the result does not read back right: the edits
 * are then made one by one, which finds another candidate or says what is wrong.
 */
function replaceTogether(text: string, edits: ScalarEdit[]): string | null {
  try {
    const source = readDocument(text);
    const splices: Splice[] = [];
    for (const { path, value } of edits) {
      const where = formatPath(path);
      if (path.length === 0) return null;
      assertScalarValue(value, where);
      const target = targetOf(source.doc, path);
      if (target.kind !== 'existing') return null;
      const [best] = replaceCandidates(text, target.node, value, where);
      if (best?.length !== 1) return null;
      splices.push(best[0]);
    }
    const ordered = [...splices].sort((a, b) => a.start - b.start);
    if (ordered.some((splice, i) => i > 0 && splice.start < ordered[i - 1].end + (splice.start === ordered[i - 1].start ? 1 : 0))) return null;
    return firstFaithful(source, [splices], (data) => {
      for (const { path, value } of edits) setIn(data, path, value);
    }, `${edits.length} values`);
  } catch (error) {
    if (error instanceof EditError) return null;
    throw error;
  }
}

function setScalar(text: string, { path, value }: ScalarEdit): string {
  const where = formatPath(path) || 'the document';
  if (path.length === 0) throw new EditError('cannot replace the whole document with a scalar');
  assertScalarValue(value, where);
  const source = readDocument(text);
  const target = targetOf(source.doc, path);
  const candidates = target.kind === 'existing' ? replaceCandidates(text, target.node, value, where) : newCandidates(source, target, value);
  return firstFaithful(source, candidates, (data) => setIn(data, path, value), `${JSON.stringify(value)} at ${where}`);
}

/** A missing key, and the maps below it down to the value; or those maps for a `key:` with no value. */
function newCandidates(source: SourceDocument, target: Exclude<PathTarget, { kind: 'existing' }>, value: ScalarValue): Candidate[] {
  const { text, doc } = source;
  // The nesting step is only needed, and only looked up, when maps are created.
  const step = target.below.length > 0 ? indentStyleOf(text, [target.map, doc.contents]).indent : 0;
  const maps = newMaps(target.below, flowScalarCandidates(value), step);
  if (target.kind === 'empty') return fillEntryCandidates(text, target.map, target.pair, maps.lines, maps.flow);
  return addEntryCandidates(text, target.map, target.key, {
    // `key: value` on one line, or `key:` with the new maps on the lines below it.
    block: (keyText, column) => {
      const pad = ' '.repeat(column);
      if (target.below.length === 0) return maps.flow.map((flow) => [`${pad}${keyText}: ${flow}`]);
      return maps.lines.map((lines) => [`${pad}${keyText}:`, ...lines.map((line) => pad + line)]);
    },
    flow: maps.flow,
  });
}

function replaceCandidates(text: string, node: unknown, value: ScalarValue, where: string): Candidate[] {
  if (isAlias(node)) throw new EditError(`${where} is an alias (*${node.source}); edit the anchored value instead`);
  if (isMap(node) || isSeq(node)) throw new EditError(`${where} is a ${isMap(node) ? 'map' : 'list'}, not a single value`);
  if (!isScalar(node) || !node.range) throw new EditError(`${where} has no value that can be replaced`);
  const [start, end] = node.range;

  if (start === end) {
    // `key:` with nothing after it: write after the colon.
    return afterColonCandidates(text, start, flowScalarCandidates(value));
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
