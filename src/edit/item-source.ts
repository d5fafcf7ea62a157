// New content in the file's style: a list item as indented lines, or as flow text. Block
// content is laid out here rather than by eemeli/yaml's stringifier, because the file's own
// habits (four-space steps, `-   ` after the dash, lists flush with their key) are options
// it does not have. Scalars are still written by yaml, and every result is checked by
// reading it back (edit-candidates.ts).

import { Document, parseDocument } from 'yaml';
import { readYamlData } from '../load/yaml/parse.js';
import type { DashLayout, IndentStyle } from './layout.js';
import { doubleQuoted, flowScalarCandidates, type ScalarValue } from './scalar-source.js';

type PlainMap = Record<string, unknown>;

function isMap(value: unknown): value is PlainMap {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Candidate flow texts of an item: `value`, `{ a: 1 }`, `[a, b]`. */
export function flowItemCandidates(item: unknown): string[] {
  if (item === null || typeof item !== 'object') return flowScalarCandidates(item as ScalarValue);
  return [new Document(item, { flow: true }).toString({ lineWidth: 0 }).replace(/\n$/, '')];
}

/**
 * Candidate renderings of a list item as lines: the first line follows `- `, the others are
 * relative to the item's content column. Block style first, then flow style on one line.
 */
export function blockItemCandidates(item: unknown, style: IndentStyle): string[][] {
  if (item === null || typeof item !== 'object') return flowScalarCandidates(item as ScalarValue).map((text) => [text]);
  return [blockLines(item, style), ...flowItemCandidates(item).map((text) => [text])];
}

/** Plain data as block lines from column 0; nested content indented by `style`. */
function blockLines(value: unknown, style: IndentStyle): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return ['[]'];
    return value.flatMap((item) => dashed(blockLines(item, style), style.gap));
  }
  if (isMap(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return ['{}'];
    return entries.flatMap(([key, child]) => {
      const keyText = scalarText(key);
      if (Array.isArray(child) && child.length > 0) return [`${keyText}:`, ...shift(blockLines(child, style), style.indentSeq ? style.indent : 0)];
      if (isMap(child) && Object.keys(child).length > 0) return [`${keyText}:`, ...shift(blockLines(child, style), style.indent)];
      return [`${keyText}: ${blockLines(child, style)[0]}`];
    });
  }
  return [scalarText(value as ScalarValue)];
}

/** The lines of a list item at `dash`: `- first`, then the rest at the content column. */
export function placeListItem(lines: string[], dash: DashLayout): string[] {
  return shift(dashed(lines, dash.gap), dash.column);
}

function dashed(lines: string[], gap: string): string[] {
  const pad = ' '.repeat(1 + gap.length);
  return lines.map((line, i) => (i === 0 ? `-${gap}${line}` : line === '' ? line : pad + line));
}

function shift(lines: string[], by: number): string[] {
  const pad = ' '.repeat(by);
  return lines.map((line) => (line === '' ? line : pad + line));
}

/** A scalar on one line: plain when both YAML readers read it back as itself, else quoted. */
function scalarText(value: ScalarValue): string {
  const [first] = flowScalarCandidates(value);
  if (typeof value !== 'string') return first;
  return first === value && readsBackPlain(value) ? value : doubleQuoted(value);
}

function readsBackPlain(value: string): boolean {
  const text = `${value}: ${value}\n`;
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return false;
  try {
    const expected = { [value]: value };
    const read = readYamlData(text);
    return JSON.stringify(doc.toJS()) === JSON.stringify(expected) && read.ok && JSON.stringify(read.data) === JSON.stringify(expected);
  } catch {
    return false;
  }
}
