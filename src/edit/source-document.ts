// The document being edited, parsed twice: by eemeli/yaml for its concrete syntax tree (the
// bytes an edit replaces), and by okr's one YAML reader (src/load/yaml/parse.ts) for the data
// the rest of okr sees. An edit must read back the same through both, so both views are kept.

import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { formatPath } from '../load/locate.js';
import { readYamlData } from '../load/yaml/parse.js';
import type { DocPath } from '../model.js';
import { EditError } from './edit-error.js';

export interface SourceDocument {
  text: string;
  doc: Document.Parsed;
  /** The document as eemeli/yaml reads it. */
  data: unknown;
  /** The document as js-yaml (core schema) reads it. */
  fastData: unknown;
}

export type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;

/** Parses text that must be one clean YAML document; anything else is refused, not repaired. */
export function readDocument(text: string): SourceDocument {
  const parsed = tryReadDocument(text);
  if ('error' in parsed) throw new EditError(`cannot edit this file: ${parsed.error}`);
  return parsed;
}

export function tryReadDocument(text: string): SourceDocument | { error: string } {
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: true, strict: true, prettyErrors: false });
  if (doc.errors.length > 0) return { error: `it is not valid YAML (${doc.errors[0].message})` };
  // What the rest of okr reads (src/load/yaml/parse.ts) decides: it bounds aliases too.
  const read = readYamlData(text);
  if (!read.ok) return { error: read.message };
  try {
    const data = doc.toJS({ maxAliasCount: -1 });
    return { text, doc, data, fastData: read.data };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] };
  }
}

/**
 * The collection at `path`. Every step must exist: a missing key, an index out of range or a
 * step into a scalar is an EditError naming the first step that failed.
 */
export function collectionAt(doc: Document.Parsed, path: DocPath): Collection {
  let node: unknown = doc.contents;
  for (let i = 0; i <= path.length; i++) {
    const here = formatPath(path.slice(0, i)) || 'the document';
    if (isAlias(node)) throw new EditError(`${here} is an alias (*${node.source}); edit the anchored value instead`);
    if (!isMap(node) && !isSeq(node)) throw new EditError(`${here} is not a map or a list`);
    if (i === path.length) return node;
    const child = childOf(node, path[i], path.slice(0, i + 1));
    if (!child) throw new EditError(`${formatPath(path.slice(0, i + 1))} does not exist`);
    node = child.node;
  }
  throw new Error('unreachable');
}

export interface Child {
  /** The map entry holding the child, when the parent is a map. */
  pair?: Pair<unknown, unknown>;
  node: unknown;
}

/**
 * A child of a collection, or undefined for a key the map does not hold. An index past the end
 * of a list is an error: lists are appended to, never written past their end.
 */
export function childOf(parent: Collection, segment: string | number, path: DocPath): Child | undefined {
  if (isSeq(parent)) {
    if (typeof segment !== 'number') throw new EditError(`${formatPath(path.slice(0, -1))} is a list; '${segment}' is not an index`);
    if (!Number.isInteger(segment) || segment < 0 || segment >= parent.items.length) {
      throw new EditError(`${formatPath(path)} is out of range: the list has ${parent.items.length} item${parent.items.length === 1 ? '' : 's'}`);
    }
    return { node: parent.items[segment] };
  }
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
  return pair ? { pair, node: pair.value } : undefined;
}

/** A collection written `{...}` / `[...]` rather than as indented lines. */
export function isFlow(node: Collection): boolean {
  return node.srcToken?.type === 'flow-collection';
}

/**
 * Offset just past the last character of a node's own content: not its trailing comments or
 * the blank lines after it (eemeli/yaml counts those into a block collection's range).
 */
export function contentEnd(node: unknown): number | undefined {
  if (isScalar(node) || isAlias(node)) return node.range?.[1];
  if (isPair(node)) return contentEnd(node.value) ?? contentEnd(node.key);
  if (isMap(node) || isSeq(node)) {
    if (isFlow(node) || node.items.length === 0) return node.range?.[1];
    return contentEnd(node.items[node.items.length - 1]);
  }
  return undefined;
}

