// Earlier versions of a YAML file, made from its final text by changing a few values and
// leaving out a few lines, with every other byte (comments, layout, key order) kept. The
// demo history is built backwards this way: each commit's file is the final file with the
// values it had then. The final text is parsed once; every version is spliced from it.
//
// Kept local because it needs removal of whole lines and list items, which a value edit
// (src/edit/) does not do; only block mappings and block sequences are removed, one per line.

import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { yamlLib } from '../../load/yaml-lib.js';
import { yamlScalar } from '../yaml-text.js';

export type Path = (string | number)[];

export type Edit =
  | { path: Path; value: string | number | boolean }
  /** Leave out the key's line, or the whole list item. */
  | { path: Path; remove: true };

export interface Source {
  text: string;
  doc: Document;
}

export function parseSource(text: string): Source {
  const doc = yamlLib().parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`example file does not parse: ${doc.errors[0].message}`);
  return { text, doc };
}

/** The value at a path of the final text, or undefined when it is not there. */
export function valueAt(source: Source, path: Path): unknown {
  const node = source.doc.getIn(path, true) as Node | undefined;
  return node?.toJSON();
}

export function applyEdits(source: Source, edits: Edit[]): string {
  const spans = edits.map((edit) => spanOf(source, edit)).sort((a, b) => a.start - b.start);
  // An edit inside a removed item has nothing left to edit.
  const kept: Span[] = [];
  for (const span of spans) {
    const last = kept.at(-1);
    if (last && span.start < last.end) {
      if (last.remove && span.end <= last.end) continue;
      throw new Error(`overlapping edits at offset ${span.start}`);
    }
    kept.push(span);
  }
  let text = source.text;
  for (const span of kept.reverse()) text = text.slice(0, span.start) + span.replacement + text.slice(span.end);
  return text;
}

interface Span {
  start: number;
  end: number;
  replacement: string;
  remove: boolean;
}

function spanOf(source: Source, edit: Edit): Span {
  const { text, doc } = source;
  if ('value' in edit) {
    const node = doc.getIn(edit.path, true) as Node | undefined;
    if (!node?.range || !yamlLib().isScalar(node)) throw new Error(`no scalar at ${edit.path.join('.')}`);
    return { start: node.range[0], end: node.range[1], replacement: yamlScalar(edit.value), remove: false };
  }
  const parent = doc.getIn(edit.path.slice(0, -1), true) as YAMLMap | YAMLSeq | undefined;
  const last = edit.path.at(-1);
  let first: number;
  let lastValueEnd: number;
  if (yamlLib().isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last] as Node | undefined;
    if (!item?.range) throw new Error(`no item at ${edit.path.join('.')}`);
    first = item.range[0];
    lastValueEnd = yamlLib().isMap(item) ? endOfLastValue(item) : item.range[1];
  } else if (yamlLib().isMap(parent)) {
    const pair = parent.items.find((p) => yamlLib().isScalar(p.key) && p.key.value === last) as Pair<Node, Node> | undefined;
    if (!pair?.key.range || !pair.value?.range) throw new Error(`no key at ${edit.path.join('.')}`);
    first = pair.key.range[0];
    lastValueEnd = pair.value.range[1];
  } else {
    throw new Error(`nothing to remove at ${edit.path.join('.')}`);
  }
  const start = text.lastIndexOf('\n', first - 1) + 1;
  if (!/^[ -]*$/.test(text.slice(start, first))) throw new Error(`${edit.path.join('.')} does not start its line`);
  return { start, end: endOfLine(text, lastValueEnd), replacement: '', remove: true };
}

function endOfLastValue(map: YAMLMap): number {
  const pair = map.items.at(-1) as Pair<Node, Node>;
  return pair.value?.range?.[1] ?? map.range![1];
}

/** The offset just past the newline that ends the line holding `offset - 1`. */
function endOfLine(text: string, offset: number): number {
  if (text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}
