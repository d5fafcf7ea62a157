// The data side of an edit: what the document must read as afterwards, computed on the plain
// data read from the original text. Also the check that an appended item is plain data.

import type { DocPath } from '../model.js';
import { EditError } from './edit-error.js';
import { assertScalarValue } from './scalar-source.js';

type Container = Record<string, unknown> | unknown[];

function containerAt(data: unknown, path: DocPath): Container {
  let node = data;
  for (const segment of path) node = (node as Record<string | number, unknown>)[segment];
  return node as Container;
}

/** Sets the value at `path`, creating the maps missing on the way (or empty: null) as setScalars does. */
export function setIn(data: unknown, path: DocPath, value: unknown): void {
  let parent = data as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) {
    // Own keys only, and defined rather than assigned: a `__proto__` key is data here.
    if (!Object.hasOwn(parent, segment) || parent[segment] === null) {
      Object.defineProperty(parent, segment, { value: {}, enumerable: true, writable: true, configurable: true });
    }
    parent = parent[segment] as Record<string | number, unknown>;
  }
  parent[path[path.length - 1]] = value;
}

/** Appends to the list at `path`, creating it when its key is missing. */
export function pushIn(data: unknown, path: DocPath, item: unknown): void {
  const parent = containerAt(data, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1];
  if (!Array.isArray(parent[key])) parent[key] = [];
  (parent[key] as unknown[]).push(structuredClone(item));
}

/**
 * A copy of `item` holding only what YAML writes and reads back the same: plain objects,
 * arrays and scalars. Keys whose value is undefined are dropped (an optional field left out);
 * anything else (a Date, a Map, a function, a cycle) is refused. `describe` names a place
 * inside the item for messages.
 */
export function plainData(item: unknown, describe: (path: DocPath) => string, path: DocPath = [], seen = new Set<unknown>()): unknown {
  const where = describe(path);
  if (item === null || typeof item !== 'object') {
    assertScalarValue(item, where);
    return item;
  }
  if (seen.has(item)) throw new EditError(`cannot write ${where}: it contains itself`);
  seen.add(item);
  try {
    if (Array.isArray(item)) return item.map((value, i) => plainData(value, describe, [...path, i], seen));
    const proto = Object.getPrototypeOf(item) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new EditError(`cannot write ${where}: only plain objects, arrays and scalars can be written`);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item)) {
      // defineProperty: a `__proto__` key is data here, not the object's prototype.
      if (value !== undefined) Object.defineProperty(out, key, { value: plainData(value, describe, [...path, key], seen), enumerable: true, writable: true, configurable: true });
    }
    return out;
  } finally {
    seen.delete(item);
  }
}
