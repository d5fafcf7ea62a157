// Adding a key to a map that exists, in the map's own style. A block map gets a new line at
// its keys' column, right after its last entry and any comment indented deeper than its keys
// (comments at the keys' column or less usually introduce what follows, so they stay below
// the new line), ending like the file's lines. A flow map gets
// `, key: value` after its last entry, before any comment and the closing `}`.
// And giving a key that has none (`key:`) a map as its value: in a flow map after the
// colon, in a block map on the lines below the key's, placed by the same rule.

import type { Pair, YAMLMap } from 'yaml';
import type { Candidate } from './edit-candidates.js';
import { keyColumn, lastEntryEnd } from './layout.js';
import { flowScalarCandidates } from './scalar-source.js';
import { contentEnd, isFlow } from './source-document.js';
import { insertLines, lineEndAfter, lineEndingOf, pastDeeperComments } from './text-layout.js';

export interface EntryRenderings {
  /** Candidate lines of the entry in a block map, given the key's text and column. */
  block: (keyText: string, column: number) => string[][];
  /** Candidate texts of the value in a flow map. */
  flow: string[];
}

export function addEntryCandidates(text: string, map: YAMLMap<unknown, unknown>, key: string, render: EntryRenderings): Candidate[] {
  const keys = flowScalarCandidates(key);
  const candidates: Candidate[] = [];
  if (isFlow(map)) {
    const [open, close] = [map.range![0], map.range![1] - 1];
    for (const keyText of keys) {
      for (const value of render.flow) {
        const entry = `${keyText}: ${value}`;
        if (map.items.length === 0) {
          candidates.push([{ start: open + 1, end: close, text: ` ${entry} ` }]);
        } else {
          const at = contentEnd(map.items[map.items.length - 1])!;
          candidates.push([{ start: at, end: at, text: `, ${entry}` }]);
        }
      }
    }
    return candidates;
  }
  const eol = lineEndingOf(text);
  const column = keyColumn(text, map);
  const at = pastDeeperComments(text, lineEndAfter(text, lastEntryEnd(map)), column);
  for (const keyText of keys) {
    for (const lines of render.block(keyText, column)) {
      candidates.push([{ start: at, end: at, text: insertLines(text, at, lines, eol) }]);
    }
  }
  return candidates;
}

/**
 * A value for `pair`, a key of `map` with nothing after its colon: in a block map, `lines`
 * (relative to the key's column) on the lines below the key's, after any comment indented
 * deeper than it; in a flow map, each of `inline` after the colon.
 */
export function fillEntryCandidates(text: string, map: YAMLMap<unknown, unknown>, pair: Pair<unknown, unknown>, lines: string[][], inline: string[]): Candidate[] {
  const offset = (pair.value as { range: [number, number, number] }).range[0];
  if (isFlow(map)) return afterColonCandidates(text, offset, inline);
  const eol = lineEndingOf(text);
  const column = keyColumn(text, map);
  const pad = ' '.repeat(column);
  const at = pastDeeperComments(text, lineEndAfter(text, offset), column);
  return lines.map((below) => [{ start: at, end: at, text: insertLines(text, at, below.map((line) => pad + line), eol) }]);
}

/**
 * Each of `texts` written at `offset`, the empty value of a `key:`: spaced from the colon, and
 * from a comment that follows.
 */
export function afterColonCandidates(text: string, offset: number, texts: string[]): Candidate[] {
  const before = offset > 0 && !/[ \t]/.test(text[offset - 1]) ? ' ' : '';
  const after = text[offset] === '#' ? ' ' : '';
  return texts.map((value) => [{ start: offset, end: offset, text: before + value + after }]);
}
