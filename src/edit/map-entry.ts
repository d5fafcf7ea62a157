// Adding a key to a map that exists, in the map's own style. A block map gets a new line at
// its keys' column, right after its last entry and any comment indented deeper than its keys
// (comments at the keys' column or less usually introduce what follows, so they stay below
// the new line), ending like the file's lines. A flow map gets
// `, key: value` after its last entry, before any comment and the closing `}`.

import type { YAMLMap } from 'yaml';
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
