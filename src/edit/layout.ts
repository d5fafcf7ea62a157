// The layout of what is already written, so that new lines look like their neighbours:
// the column of a map's keys, where a list's `-` sits and what follows it, and how far nested
// maps and lists are indented.

import { isMap, isPair, isScalar, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { contentEnd, isFlow } from './source-document.js';
import { columnOf } from './text-layout.js';

export interface IndentStyle {
  /** Spaces per nesting level. */
  indent: number;
  /** Whether a block list under a key is indented (`key:\n  - a`) or not (`key:\n- a`). */
  indentSeq: boolean;
  /** What follows a list item's `-`: usually one space. */
  gap: string;
}

const DEFAULT_STYLE: IndentStyle = { indent: 2, indentSeq: true, gap: ' ' };

/** Column of a block map's keys. */
export function keyColumn(text: string, map: YAMLMap<unknown, unknown>): number {
  const first = map.items[0];
  return columnOf(text, (first.key as { range?: [number, number, number] }).range?.[0] ?? map.range?.[0] ?? 0);
}

/** Offset of each item's `-` in a block list, from the source tokens. */
function dashOffsets(seq: YAMLSeq<unknown>): number[] {
  const token = seq.srcToken;
  if (token?.type !== 'block-seq') return [];
  return token.items.map((item) => item.start.find((t) => t.type === 'seq-item-ind')?.offset ?? -1).filter((offset) => offset >= 0);
}

export interface DashLayout {
  /** Column of the `-`. */
  column: number;
  /** What follows the `-` before the item's content on the same line (usually one space). */
  gap: string;
}

/** Where the items of a block list put their `-` and their content. */
export function dashLayout(text: string, seq: YAMLSeq<unknown>): DashLayout {
  const dashes = dashOffsets(seq);
  const dash = dashes[0] ?? seq.range?.[0] ?? 0;
  const first = seq.items[0] as { range?: [number, number, number] } | null;
  const between = first?.range ? text.slice(dash + 1, first.range[0]) : ' ';
  return { column: columnOf(text, dash), gap: /^ +$/.test(between) ? between : ' ' };
}

/**
 * How nested collections are indented, learnt from the first scope that shows it (the item
 * next to the new one, then the whole document); two spaces and indented lists otherwise.
 */
export function indentStyleOf(text: string, scopes: unknown[]): IndentStyle {
  let mapStep: number | undefined;
  let seqStep: number | undefined;
  let gap: string | undefined;
  const visit = (node: unknown): void => {
    if (mapStep !== undefined && seqStep !== undefined && gap !== undefined) return;
    if (isSeq(node)) {
      if (isFlow(node) || node.items.length === 0) return;
      gap ??= dashLayout(text, node).gap;
      node.items.forEach(visit);
      return;
    }
    if (!isMap(node) || isFlow(node)) return;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
      const value = pair.value;
      const keyCol = columnOf(text, pair.key.range[0]);
      if (isMap(value) && !isFlow(value) && value.items.length > 0) {
        mapStep ??= positive(keyColumn(text, value) - keyCol);
      } else if (isSeq(value) && !isFlow(value) && value.items.length > 0) {
        const step = dashLayout(text, value).column - keyCol;
        if (step >= 0) seqStep ??= step;
      }
      visit(value);
    }
  };
  for (const scope of scopes) visit(scope);
  const indentSeq = seqStep === undefined ? DEFAULT_STYLE.indentSeq : seqStep > 0;
  return { indent: (seqStep || mapStep) ?? DEFAULT_STYLE.indent, indentSeq, gap: gap ?? DEFAULT_STYLE.gap };
}

function positive(n: number): number | undefined {
  return n > 0 ? n : undefined;
}

/** Offset just past a collection's last entry (its last value, not the comments after it). */
export function lastEntryEnd(collection: YAMLMap<unknown, unknown> | YAMLSeq<unknown>): number {
  return contentEnd(collection) ?? collection.range?.[1] ?? 0;
}
