// Where a scalar edit's path leads: to a value that exists, or to the place where the path
// leaves the document. From there the rest of the path can only be map keys: the maps that
// are missing on the way are created (new-maps.ts), lists never are, since an index into a
// list that is not there names no item.

import { isAlias, isMap, isScalar, isSeq, type Document, type Pair, type YAMLMap } from 'yaml';
import { formatPath } from '../load/locate.js';
import type { DocPath } from '../model.js';
import { EditError } from './edit-error.js';
import { childOf, type Collection } from './source-document.js';

export type PathTarget =
  /** The path's value exists: it is replaced. */
  | { kind: 'existing'; node: unknown }
  /** `map` exists and lacks `key`: an entry is added, holding new maps for `below` if any. */
  | { kind: 'missing'; map: YAMLMap<unknown, unknown>; key: string; below: string[] }
  /** `pair` is a key with nothing after it (`retro:`): new maps for `below` become its value. */
  | { kind: 'empty'; map: YAMLMap<unknown, unknown>; pair: Pair<unknown, unknown>; below: string[] };

/**
 * Follows `path` (at least one step) from the document's root. A step through a scalar, an
 * alias, or past a list's end is an EditError naming it, as is an index below a missing key.
 */
export function targetOf(doc: Document.Parsed, path: DocPath): PathTarget {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const here = formatPath(path.slice(0, i)) || 'the document';
    if (isAlias(node)) throw new EditError(`${here} is an alias (*${node.source}); edit the anchored value instead`);
    if (!isMap(node) && !isSeq(node)) throw new EditError(`${here} is not a map or a list`);
    const child = childOf(node as Collection, path[i], path.slice(0, i + 1));
    // childOf finds every item a list has, so only a map can lack the step.
    if (!child) return { kind: 'missing', map: node as YAMLMap<unknown, unknown>, key: String(path[i]), below: newKeys(path, i + 1) };
    if (i === path.length - 1) return { kind: 'existing', node: child.node };
    if (child.pair && isEmpty(child.node)) return { kind: 'empty', map: node as YAMLMap<unknown, unknown>, pair: child.pair, below: newKeys(path, i + 1) };
    node = child.node;
  }
  throw new Error('unreachable: a path of at least one step ends inside the loop');
}

/** `key:` with nothing after it, not even `~` or `null`: a value the file has yet to give. */
function isEmpty(node: unknown): boolean {
  return isScalar(node) && !!node.range && node.range[0] === node.range[1];
}

/** The keys of the maps to create below the missing step; a list index there is refused. */
function newKeys(path: DocPath, from: number): string[] {
  return path.slice(from).map((segment, j) => {
    if (typeof segment === 'string') return segment;
    throw new EditError(`${formatPath(path.slice(0, from + j + 1))} is an index into a list that does not exist; only missing maps are created, never lists`);
  });
}
