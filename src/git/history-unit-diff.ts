// What changed between two versions of a unit file, item by item: the unit's own fields,
// objectives and key results matched by id (added, removed, or field by field), milestones
// matched by title. Pure and tolerant: the documents come from any commit, valid or not, so
// nothing here assumes the schema held.

export type HistoryItem = 'unit' | 'objective' | 'keyResult';
export type ChangeKind = 'progress' | 'definition';

export interface FieldChange {
  item: HistoryItem;
  /** Ids below the unit: [] for the unit itself, [O1] for an objective, [O1, KR1] for a key result. */
  ids: string[];
  kind: ChangeKind;
  /** The field that changed; for an item added or removed, its kind (`keyResult`, `objective`, `unit`). */
  field: string;
  change: 'changed' | 'added' | 'removed';
  /** The value before; absent when the field was not set. For an item removed: the item. */
  from?: unknown;
  /** The value after; absent when the field was removed. For an item added: the item. */
  to?: unknown;
  /** For a change to a milestone: its title. */
  milestone?: string;
}

/** Key-result fields that a check-in moves; every other field defines the goal. */
export const PROGRESS_FIELDS: ReadonlySet<string> = new Set(['current', 'confidence', 'score', 'done']);

/** Unit keys that are not part of the audit trail: identity (checked by validate), KPIs, the retro. */
const UNIT_SKIPPED = new Set(['objectives', 'cycle', 'unit', 'healthMetrics', 'retro']);
const OBJECTIVE_SKIPPED = new Set(['id', 'keyResults']);
const KEY_RESULT_SKIPPED = new Set(['id', 'milestones']);

type Data = Record<string, unknown>;

export function isRecord(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An item's id as a string, or null when it has none usable. */
export function idOf(item: unknown): string | null {
  if (!isRecord(item)) return null;
  const id = item.id;
  if (typeof id === 'string' && id !== '') return id;
  return typeof id === 'number' ? String(id) : null;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Items of a list by id, first occurrence winning (duplicates are validate's business). */
function byId(list: unknown[]): Map<string, Data> {
  const map = new Map<string, Data>();
  for (const item of list) {
    const id = idOf(item);
    if (id !== null && !map.has(id)) map.set(id, item as Data);
  }
  return map;
}

function without(item: Data, skipped: ReadonlySet<string>): Data {
  const out: Data = {};
  for (const key of Object.keys(item)) if (!skipped.has(key)) out[key] = item[key];
  return out;
}

/** Every change between two versions of a unit document; null stands for "no file". */
export function diffUnit(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  const old = isRecord(before) ? before : null;
  const next = isRecord(after) ? after : null;
  if (!old && !next) return out;
  if (!old) {
    out.push({ item: 'unit', ids: [], kind: 'definition', field: 'unit', change: 'added', to: without(next!, UNIT_SKIPPED) });
    for (const objective of byId(listOf(next!.objectives)).values()) addObjective(out, objective, 'added');
    return out;
  }
  if (!next) {
    out.push({ item: 'unit', ids: [], kind: 'definition', field: 'unit', change: 'removed', from: without(old, UNIT_SKIPPED) });
    for (const objective of byId(listOf(old.objectives)).values()) addObjective(out, objective, 'removed');
    return out;
  }
  diffUnitFields(old, next, out);
  const oldObjectives = byId(listOf(old.objectives));
  const newObjectives = byId(listOf(next.objectives));
  for (const [id, objective] of newObjectives) {
    const was = oldObjectives.get(id);
    if (!was) {
      addObjective(out, objective, 'added');
      continue;
    }
    diffObjectiveFields([id], was, objective, out);
    const oldKrs = byId(listOf(was.keyResults));
    const newKrs = byId(listOf(objective.keyResults));
    for (const [krId, kr] of newKrs) {
      const wasKr = oldKrs.get(krId);
      if (wasKr) diffKeyResult([id, krId], wasKr, kr, out);
      else out.push(itemChange('keyResult', [id, krId], kr, 'added'));
    }
    for (const [krId, kr] of oldKrs) if (!newKrs.has(krId)) out.push(itemChange('keyResult', [id, krId], kr, 'removed'));
  }
  for (const [id, objective] of oldObjectives) if (!newObjectives.has(id)) addObjective(out, objective, 'removed');
  return out;
}

/** An objective added or removed, then each of its key results. */
function addObjective(out: FieldChange[], objective: Data, change: 'added' | 'removed'): void {
  const id = idOf(objective)!;
  out.push(itemChange('objective', [id], without(objective, OBJECTIVE_SKIPPED), change));
  for (const [krId, kr] of byId(listOf(objective.keyResults))) out.push(itemChange('keyResult', [id, krId], kr, change));
}

function itemChange(item: HistoryItem, ids: string[], value: Data, change: 'added' | 'removed'): FieldChange {
  return change === 'added'
    ? { item, ids, kind: 'definition', field: item, change, to: value }
    : { item, ids, kind: 'definition', field: item, change, from: value };
}

/** Changes to the unit's own fields (not its objectives). */
export function diffUnitFields(before: Data, after: Data, out: FieldChange[]): void {
  diffFields('unit', [], before, after, UNIT_SKIPPED, out);
}

/** Changes to an objective's own fields (not its key results). */
export function diffObjectiveFields(ids: string[], before: Data, after: Data, out: FieldChange[]): void {
  diffFields('objective', ids, before, after, OBJECTIVE_SKIPPED, out);
}

/** Changes to a key result: its fields, then its milestones. */
export function diffKeyResult(ids: string[], before: Data, after: Data, out: FieldChange[]): void {
  diffFields('keyResult', ids, before, after, KEY_RESULT_SKIPPED, out);
  if (before.milestones !== undefined || after.milestones !== undefined) diffMilestones(ids, listOf(before.milestones), listOf(after.milestones), out);
}

function diffFields(item: HistoryItem, ids: string[], before: Data, after: Data, skipped: ReadonlySet<string>, out: FieldChange[]): void {
  const progress = item === 'keyResult';
  const visit = (key: string) => {
    if (skipped.has(key)) return;
    const had = Object.prototype.hasOwnProperty.call(before, key);
    const has = Object.prototype.hasOwnProperty.call(after, key);
    if (had && has && sameData(before[key], after[key])) return;
    const change: FieldChange = { item, ids, kind: progress && PROGRESS_FIELDS.has(key) ? 'progress' : 'definition', field: key, change: 'changed' };
    if (had) change.from = before[key];
    if (has) change.to = after[key];
    out.push(change);
  };
  for (const key of Object.keys(before)) visit(key);
  for (const key of Object.keys(after)) if (!Object.prototype.hasOwnProperty.call(before, key)) visit(key);
}

function titleOf(milestone: Data): string {
  return typeof milestone.title === 'string' ? milestone.title : JSON.stringify(milestone.title ?? null);
}

/**
 * Milestones are matched by title, since that is how a check-in names them. Those left over
 * on both sides are paired in order (a title edited in place); the rest were added or removed.
 */
function diffMilestones(ids: string[], before: unknown[], after: unknown[], out: FieldChange[]): void {
  const old = before.filter(isRecord);
  const next = after.filter(isRecord);
  const unmatchedOld = new Map<string, number[]>();
  old.forEach((m, i) => {
    const title = titleOf(m);
    const list = unmatchedOld.get(title);
    if (list) list.push(i);
    else unmatchedOld.set(title, [i]);
  });
  const pairs: [Data | null, Data | null][] = [];
  const leftNew: Data[] = [];
  for (const m of next) {
    const i = unmatchedOld.get(titleOf(m))?.shift();
    if (i === undefined) leftNew.push(m);
    else pairs.push([old[i], m]);
  }
  const leftOld = old.filter((m, i) => unmatchedOld.get(titleOf(m))?.includes(i));
  for (let k = 0; k < Math.max(leftOld.length, leftNew.length); k++) pairs.push([leftOld[k] ?? null, leftNew[k] ?? null]);

  for (const [was, is] of pairs) {
    if (was && is) {
      const milestone = titleOf(is);
      // Own keys only: a file may say anything, `constructor` included.
      const had = (key: string) => Object.hasOwn(was, key);
      const has = (key: string) => Object.hasOwn(is, key);
      const keys = [...Object.keys(was), ...Object.keys(is).filter((key) => !had(key))];
      for (const key of keys) {
        if (had(key) === has(key) && sameData(was[key], is[key])) continue;
        const change: FieldChange = { item: 'keyResult', ids, kind: key === 'done' ? 'progress' : 'definition', field: `milestones.${key}`, change: 'changed', milestone };
        if (had(key)) change.from = was[key];
        if (has(key)) change.to = is[key];
        out.push(change);
      }
    } else if (is) {
      out.push({ item: 'keyResult', ids, kind: 'definition', field: 'milestones', change: 'added', to: is, milestone: titleOf(is) });
    } else if (was) {
      out.push({ item: 'keyResult', ids, kind: 'definition', field: 'milestones', change: 'removed', from: was, milestone: titleOf(was) });
    }
  }
}

/** Structural equality of parsed YAML data. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], other[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const key of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!sameData((a as Data)[key], (b as Data)[key])) return false;
  }
  return true;
}
