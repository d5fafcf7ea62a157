// One version of a unit file as history holds it: its lines, the document they parse to, and
// (once needed) the line → path index. A patch is applied either incrementally, when every
// line it touches is a simple `key: value` line (a check-in), or by applying the text and
// parsing it again. Documents are never changed in place: an incremental update copies the
// maps and lists on the way to what changed, so a document that an event or another version
// still holds stays as it was. Patches may be applied backwards too (`reverseHunks`): history
// walks from the newest commit to the oldest.

import { readYamlData } from '../load/yaml/parse.js';
import { indexLines, lineValueMatches, parseLineValue, pathOf, valueAt, type DocPath, type IndexedLine } from './history-line-index.js';
import { fromFileText, type FileText, type Hunk } from './history-patch.js';
import { diffKeyResult, diffObjectiveFields, diffUnitFields, idOf, isRecord, type FieldChange, type HistoryItem } from './history-unit-diff.js';

export type UnitData = Record<string, unknown>;

export interface Version extends FileText {
  /** The document these lines parse to; null when they do not (`broken`). */
  data: UnitData | null;
  /** These lines do not parse as a unit document. */
  broken: boolean;
  /** Built on first use after each full parse. */
  index: (IndexedLine | undefined)[] | null;
}

/** Parses lines into a version; a document that is not a map counts as not parsing. */
export function parseVersion(text: FileText): Version {
  const version: Version = { lines: text.lines, eol: text.eol, data: null, broken: true, index: null };
  const parsed = readYamlData(fromFileText(text));
  if (parsed.ok && isRecord(parsed.data)) {
    version.data = parsed.data;
    version.broken = false;
  }
  return version;
}

/** The item a document path belongs to. */
export interface Owner {
  item: HistoryItem;
  path: DocPath;
  ids: string[];
}

/**
 * A key result's field, an objective's own field, or the unit's. An id may not change
 * incrementally (that is one item removed and another added), nor may a whole item.
 */
export function ownerOf(path: DocPath, data: UnitData): Owner | null {
  const [first, o, second, k, field] = path;
  if (first !== 'objectives') return typeof first === 'string' ? { item: 'unit', path: [], ids: [] } : null;
  if (typeof o !== 'number' || typeof second !== 'string' || second === 'id') return null;
  const objective = Array.isArray(data.objectives) ? data.objectives[o] : undefined;
  const objectiveId = idOf(objective);
  if (objectiveId === null) return null;
  if (second !== 'keyResults') return { item: 'objective', path: ['objectives', o], ids: [objectiveId] };
  if (typeof k !== 'number' || typeof field !== 'string' || field === 'id') return null;
  const krs = (objective as UnitData).keyResults;
  const krId = idOf(Array.isArray(krs) ? krs[k] : undefined);
  return krId === null ? null : { item: 'keyResult', path: ['objectives', o, 'keyResults', k], ids: [objectiveId, krId] };
}

type Edit =
  | { type: 'set'; line: number; entry: IndexedLine; next: string; text: string; value: unknown }
  | { type: 'insert'; after: number; lines: string[]; entries: IndexedLine[]; map: DocPath; afterKey: string; keys: string[]; values: unknown[] }
  | { type: 'delete'; line: number; count: number; map: DocPath; keys: string[] };

const NEW_KEY_LINE = /^( *)([A-Za-z_$][\w$-]*)[ \t]*:[ \t]+(\S.*)$/;

/** The hunks that turn the new side of a patch back into its old side. */
export function reverseHunks(hunks: readonly Hunk[]): Hunk[] {
  return hunks.map((h) => ({
    oldStart: h.newStart, oldCount: h.newCount, newStart: h.oldStart, newCount: h.oldCount,
    removed: h.added, added: h.removed, oldNoEol: h.newNoEol, newNoEol: h.oldNoEol,
  }));
}

/** What an incremental update did: the items it touched, and the document before it. */
export interface Touched {
  owners: Owner[];
  previous: UnitData;
}

/**
 * Applies the hunks to the version without parsing, when each one only rewrites, adds or
 * removes `key: value` lines of maps the index knows. Returns what it touched (compare with
 * `diffTouched`), or null with the version untouched when any line does not qualify.
 */
export function applyIncrementally(version: Version, hunks: readonly Hunk[]): Touched | null {
  const data = version.data;
  if (version.broken || data === null) return null;
  const index = (version.index ??= indexLines(version.lines));
  const edits: Edit[] = [];
  // The items touched, by their ids (a check-in touches one).
  const owners = new Map<string, Owner>();
  const addOwner = (owner: Owner) => {
    const key = owner.ids.length === 0 ? '' : owner.ids.length === 1 ? owner.ids[0] : `${owner.ids[0]}/${owner.ids[1]}`;
    if (!owners.has(key)) owners.set(key, owner);
  };

  for (const hunk of hunks) {
    if (hunk.oldNoEol || hunk.newNoEol) return null;
    const common = Math.min(hunk.oldCount, hunk.newCount);
    const base = hunk.oldStart - 1; // first old line of the hunk (0-based)
    for (let k = 0; k < common; k++) {
      const line = base + k;
      const entry = index[line];
      const old = version.lines[line];
      if (!entry || old !== hunk.removed[k]) return null;
      const next = hunk.added[k];
      const cr = old.charCodeAt(old.length - 1) === 13;
      if ((next.charCodeAt(next.length - 1) === 13) !== cr) return null;
      const bare = cr ? next.slice(0, -1) : next;
      if (!bare.startsWith(entry.prefix)) return null;
      const text = bare.slice(entry.prefix.length);
      const owner = ownerOf(pathOf(entry), data);
      if (!owner || !lineValueMatches(entry, data)) return null;
      const parsed = parseLineValue(text);
      if (!parsed.ok) return null;
      addOwner(owner);
      edits.push({ type: 'set', line, entry, next, text, value: parsed.value });
    }
    if (hunk.newCount > hunk.oldCount) {
      // New lines go after the last line rewritten, else after the line before the hunk.
      const after = hunk.oldCount === 0 ? hunk.oldStart - 1 : base + common - 1;
      const neighbour = index[after];
      if (after < 0 || !neighbour || neighbour.keyColumn < 0) return null;
      if (common === 0 && !lineValueMatches(neighbour, data)) return null;
      const map = neighbour.parent;
      const target = valueAt(data, map).value;
      if (!isRecord(target)) return null;
      const cr = version.lines[after].charCodeAt(version.lines[after].length - 1) === 13;
      const insert: Extract<Edit, { type: 'insert' }> = { type: 'insert', after, lines: [], entries: [], map, afterKey: String(neighbour.key), keys: [], values: [] };
      for (let k = common; k < hunk.newCount; k++) {
        const next = hunk.added[k];
        if ((next.charCodeAt(next.length - 1) === 13) !== cr) return null;
        const bare = cr ? next.slice(0, -1) : next;
        const match = NEW_KEY_LINE.exec(bare);
        if (!match || match[1].length !== neighbour.keyColumn) return null;
        const key = match[2];
        if (Object.prototype.hasOwnProperty.call(target, key) || insert.keys.includes(key)) return null;
        const parsed = parseLineValue(match[3]);
        const owner = ownerOf([...map, key], data);
        if (!parsed.ok || !owner) return null;
        addOwner(owner);
        insert.lines.push(next);
        insert.entries.push({ parent: map, key, prefix: bare.slice(0, bare.length - match[3].length), valueText: match[3], keyColumn: neighbour.keyColumn });
        insert.keys.push(key);
        insert.values.push(parsed.value);
      }
      edits.push(insert);
    } else if (hunk.oldCount > hunk.newCount) {
      const first = base + common;
      const count = hunk.oldCount - common;
      let map: DocPath | null = null;
      const keys: string[] = [];
      for (let line = first; line < first + count; line++) {
        const entry = index[line];
        if (!entry || version.lines[line] !== hunk.removed[line - base]) return null;
        // Only whole `key: value` lines of one map; never an item's first line (`- key:`).
        if (entry.keyColumn < 0 || entry.prefix.trimStart().startsWith('-')) return null;
        const parent = entry.parent;
        if (map && parent.join('/') !== map.join('/')) return null;
        map = parent;
        const owner = ownerOf(pathOf(entry), data);
        if (!owner || !lineValueMatches(entry, data)) return null;
        addOwner(owner);
        keys.push(String(entry.key));
      }
      const target = valueAt(data, map!).value;
      // A map left with no key would read as null, not {}: let the parser say so.
      if (!isRecord(target) || Object.keys(target).length <= keys.length) return null;
      edits.push({ type: 'delete', line: first, count, map: map!, keys });
    }
  }

  // Every line qualifies: edit the document, last edits first so earlier line numbers hold.
  let next: unknown = data;
  for (let e = edits.length - 1; e >= 0; e--) {
    const edit = edits[e];
    if (edit.type === 'set') {
      next = setIn(next, pathOf(edit.entry), edit.value);
      version.lines[edit.line] = edit.next;
      const entry = edit.entry;
      index[edit.line] = { parent: entry.parent, key: entry.key, path: entry.path, prefix: entry.prefix, valueText: edit.text, keyColumn: entry.keyColumn };
    } else if (edit.type === 'insert') {
      next = updateIn(next, edit.map, (map) => insertKeys(map as UnitData, edit.afterKey, edit.keys, edit.values));
      version.lines.splice(edit.after + 1, 0, ...edit.lines);
      index.splice(edit.after + 1, 0, ...edit.entries);
    } else {
      next = updateIn(next, edit.map, (map) => {
        const copy = { ...(map as UnitData) };
        for (const key of edit.keys) delete copy[key];
        return copy;
      });
      version.lines.splice(edit.line, edit.count);
      index.splice(edit.line, edit.count);
    }
  }
  version.data = next as UnitData;
  return { owners: [...owners.values()].sort((a, b) => comparePaths(a.path, b.path)), previous: data };
}

/**
 * The changes between two documents that differ only in the items touched, in the order
 * diffUnit would give them.
 */
export function diffTouched(owners: readonly Owner[], before: UnitData, after: UnitData): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const owner of owners) {
    const was = valueAt(before, owner.path).value as UnitData;
    const is = valueAt(after, owner.path).value as UnitData;
    if (owner.item === 'keyResult') diffKeyResult(owner.ids, was, is, changes);
    else if (owner.item === 'objective') diffObjectiveFields(owner.ids, was, is, changes);
    else diffUnitFields(was, is, changes);
  }
  return changes;
}

/** A copy of `root` with the value at `path` replaced, sharing everything off the path. */
function setIn(root: unknown, path: DocPath, value: unknown): unknown {
  return updateIn(root, path, () => value);
}

function updateIn(node: unknown, path: DocPath, update: (value: unknown) => unknown, depth = 0): unknown {
  if (depth === path.length) return update(node);
  const key = path[depth];
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[key as number] = updateIn(node[key as number], path, update, depth + 1);
    return copy;
  }
  const copy = { ...(node as UnitData) };
  copy[key as string] = updateIn(copy[key as string], path, update, depth + 1);
  return copy;
}

/** The map with new keys placed after `afterKey`, in the order a parser would give them. */
function insertKeys(map: UnitData, afterKey: string, keys: string[], values: unknown[]): UnitData {
  const out: UnitData = {};
  for (const key of Object.keys(map)) {
    out[key] = map[key];
    if (key === afterKey) keys.forEach((k, i) => (out[k] = values[i]));
  }
  return out;
}

function comparePaths(a: DocPath, b: DocPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return typeof a[i] === 'number' && typeof b[i] === 'number' ? (a[i] as number) - (b[i] as number) : String(a[i]).localeCompare(String(b[i]));
  }
  return a.length - b.length;
}
