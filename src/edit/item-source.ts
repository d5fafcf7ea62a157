// New content in the file's style: a list item as indented lines or as flow text, and a map
// entry holding a new list. eemeli/yaml writes the item itself (quoting, nesting, multi-line
// strings); here it is only placed at the right columns.

import { Document } from 'yaml';
import type { DashLayout, IndentStyle } from './layout.js';
import { flowScalarCandidates, type ScalarValue } from './scalar-source.js';

function isCollection(item: unknown): item is object {
  return item !== null && typeof item === 'object';
}

/** Candidate flow texts of an item: `value`, `{ a: 1 }`, `[a, b]`. */
export function flowItemCandidates(item: unknown): string[] {
  if (!isCollection(item)) return flowScalarCandidates(item as ScalarValue);
  return [new Document(item, { flow: true }).toString({ lineWidth: 0 }).replace(/\n$/, '')];
}

/**
 * Candidate renderings of a list item as lines: the first line follows `- `, the others are
 * relative to the item's content column. Block style first, then the item in flow style on
 * one line.
 */
export function blockItemCandidates(item: unknown, style: IndentStyle): string[][] {
  if (!isCollection(item)) return flowScalarCandidates(item as ScalarValue).map((text) => [text]);
  const block = new Document(item).toString({ indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0 });
  return [block.replace(/\n$/, '').split('\n'), ...flowItemCandidates(item).map((text) => [text])];
}

/** The lines of a list item at `dash`: `- first`, then the rest at the content column. */
export function placeListItem(lines: string[], dash: DashLayout): string[] {
  const content = ' '.repeat(dash.column + 1 + dash.gap.length);
  return lines.map((line, i) => (i === 0 ? `${' '.repeat(dash.column)}-${dash.gap}${line}` : line === '' ? line : content + line));
}
