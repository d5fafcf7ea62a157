// The guard every edit passes through. An edit is proposed as candidate splices, best-looking
// first; each is applied to the text and the result parsed again, by both YAML readers okr
// uses. The first whose data equals the expected data (the old data with exactly this change)
// is kept. So a quoting or indentation mistake can only cost a prettier candidate, never
// produce a file that reads back wrong.

import { isDeepStrictEqual } from 'node:util';
import { EditError } from './edit-error.js';
import { tryReadDocument, type SourceDocument } from './source-document.js';

/** Replace text[start, end) with `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** One way to write the edit: splices at distinct places of the original text. */
export type Candidate = Splice[];

function applySplices(text: string, splices: Candidate): string {
  let out = text;
  // From the end backwards, so earlier offsets stay valid; of two insertions at one offset,
  // the one listed first ends up first.
  const order = splices.map((splice, i) => ({ splice, i })).sort((a, b) => b.splice.start - a.splice.start || b.i - a.i);
  for (const { splice } of order) out = out.slice(0, splice.start) + splice.text + out.slice(splice.end);
  return out;
}

/**
 * The first candidate whose result reads back as `change` applied to the original data.
 * `change` mutates a copy of the data it is given.
 */
export function firstFaithful(source: SourceDocument, candidates: Candidate[], change: (data: unknown) => void, what: string): string {
  const expected = expectedData(source.data, change);
  const expectedFast = expectedData(source.fastData, change);
  for (const candidate of candidates) {
    const text = applySplices(source.text, candidate);
    const result = tryReadDocument(text);
    if ('error' in result) continue;
    if (isDeepStrictEqual(result.data, expected) && isDeepStrictEqual(result.fastData, expectedFast)) return text;
  }
  throw new EditError(`cannot write ${what} without changing how the rest of the file reads; the file was left as it was`);
}

function expectedData(data: unknown, change: (data: unknown) => void): unknown {
  const copy = structuredClone(data);
  change(copy);
  return copy;
}
