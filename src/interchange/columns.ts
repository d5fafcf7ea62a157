// The columns of `okr export` / `okr import` CSV: one row per key result, every field of the
// unit file on it, so that a spreadsheet round-trips without loss.
//
//   cycle            the cycle id (empty on import: the selected cycle)
//   unit             the unit id (required on every row)
//   file             the unit file's path inside the cycle folder (people/jade.yaml); empty: <unit>.yaml
//   unit_name, level, parent, unit_lead, unit_status     the unit's name, level, parent, lead, status
//   members          space-separated person ids
//   objective        the objective id (empty: a row for the unit alone, when it has no objectives)
//   objective_title, objective_type, theme, description, standalone, objective_weight
//   aligns_to        space-separated references (engineering/O1 company/O2/KR1)
//   kr               the key result id (empty: a row for the objective alone, when it has no KRs)
//   title, lead, type, start, target, current, commit, stretch, min, max, done, score, status,
//   confidence, weight, learning, decision              the key result's fields of the same name
//   contributors     space-separated person ids
//   unit_of_measure  the key result's `unit` (min, %, USD)
//   milestones       JSON: [{"title":"Design approved","done":true,"weight":2}]
//   source           the key result's source as JSON: {"from":"warehouse","query":"select ..."}
//   health_metrics   the unit's healthMetrics as JSON (repeated on each of its rows)
//   retro            the unit's retro as JSON ({"learnings":"..."})
//
// Unit and objective columns repeat on each of their rows; on import the first non-empty value
// counts and a different one later is an error. An empty cell means "no value" on export and
// "leave as it is" on import: import adds and changes, it never removes.

import type { Decision, KeyResultType, Level, ObjectiveType, UnitStatus } from '../model.js';

export type Owner = 'cycle' | 'file' | 'unit' | 'objective' | 'kr';

export type Kind =
  | { type: 'text' }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'list' }
  | { type: 'json'; shape: 'milestones' | 'healthMetrics' | 'retro' | 'source' };

export interface Column {
  name: string;
  owner: Owner;
  /** The key in the owner's document. */
  key: string;
  kind: Kind;
}

const text: Kind = { type: 'text' };
const number: Kind = { type: 'number' };
const boolean: Kind = { type: 'boolean' };
const list: Kind = { type: 'list' };
const oneOf = (values: readonly string[]): Kind => ({ type: 'enum', values });

const LEVELS: Level[] = ['company', 'department', 'team', 'individual'];
const UNIT_STATUSES: UnitStatus[] = ['draft', 'shared', 'committed', 'closed'];
const OBJECTIVE_TYPES: ObjectiveType[] = ['aspirational', 'committed'];
const KR_TYPES: KeyResultType[] = ['metric', 'milestone', 'binary', 'baseline', 'maintain', 'rollup'];
const DECISIONS: Decision[] = ['keep', 'modify', 'remove'];

export const COLUMNS: Column[] = [
  { name: 'cycle', owner: 'cycle', key: 'cycle', kind: text },
  { name: 'unit', owner: 'unit', key: 'unit', kind: text },
  { name: 'file', owner: 'file', key: 'file', kind: text },
  { name: 'unit_name', owner: 'unit', key: 'name', kind: text },
  { name: 'level', owner: 'unit', key: 'level', kind: oneOf(LEVELS) },
  { name: 'parent', owner: 'unit', key: 'parent', kind: text },
  { name: 'unit_lead', owner: 'unit', key: 'lead', kind: text },
  { name: 'members', owner: 'unit', key: 'members', kind: list },
  { name: 'unit_status', owner: 'unit', key: 'status', kind: oneOf(UNIT_STATUSES) },
  { name: 'objective', owner: 'objective', key: 'id', kind: text },
  { name: 'objective_title', owner: 'objective', key: 'title', kind: text },
  { name: 'objective_type', owner: 'objective', key: 'type', kind: oneOf(OBJECTIVE_TYPES) },
  { name: 'theme', owner: 'objective', key: 'theme', kind: text },
  { name: 'description', owner: 'objective', key: 'description', kind: text },
  { name: 'aligns_to', owner: 'objective', key: 'alignsTo', kind: list },
  { name: 'standalone', owner: 'objective', key: 'standalone', kind: text },
  { name: 'kr', owner: 'kr', key: 'id', kind: text },
  { name: 'title', owner: 'kr', key: 'title', kind: text },
  { name: 'lead', owner: 'kr', key: 'lead', kind: text },
  { name: 'contributors', owner: 'kr', key: 'contributors', kind: list },
  { name: 'type', owner: 'kr', key: 'type', kind: oneOf(KR_TYPES) },
  { name: 'start', owner: 'kr', key: 'start', kind: number },
  { name: 'target', owner: 'kr', key: 'target', kind: number },
  { name: 'current', owner: 'kr', key: 'current', kind: number },
  { name: 'unit_of_measure', owner: 'kr', key: 'unit', kind: text },
  { name: 'commit', owner: 'kr', key: 'commit', kind: number },
  { name: 'stretch', owner: 'kr', key: 'stretch', kind: number },
  { name: 'min', owner: 'kr', key: 'min', kind: number },
  { name: 'max', owner: 'kr', key: 'max', kind: number },
  { name: 'milestones', owner: 'kr', key: 'milestones', kind: { type: 'json', shape: 'milestones' } },
  { name: 'done', owner: 'kr', key: 'done', kind: boolean },
  { name: 'score', owner: 'kr', key: 'score', kind: number },
  { name: 'status', owner: 'kr', key: 'status', kind: oneOf(['active', 'dropped']) },
  { name: 'confidence', owner: 'kr', key: 'confidence', kind: number },
  { name: 'weight', owner: 'kr', key: 'weight', kind: number },
  { name: 'objective_weight', owner: 'objective', key: 'weight', kind: number },
  { name: 'learning', owner: 'kr', key: 'learning', kind: text },
  { name: 'decision', owner: 'kr', key: 'decision', kind: oneOf(DECISIONS) },
  { name: 'source', owner: 'kr', key: 'source', kind: { type: 'json', shape: 'source' } },
  { name: 'health_metrics', owner: 'unit', key: 'healthMetrics', kind: { type: 'json', shape: 'healthMetrics' } },
  { name: 'retro', owner: 'unit', key: 'retro', kind: { type: 'json', shape: 'retro' } },
];

// Key orders for JSON cells and for files written new: the order the SPEC writes them in, so
// that an export of an imported file is byte-identical to the first export.
export const UNIT_KEYS = ['cycle', 'unit', 'name', 'level', 'parent', 'lead', 'members', 'status', 'objectives', 'healthMetrics', 'retro'];
export const OBJECTIVE_KEYS = ['id', 'title', 'description', 'theme', 'type', 'alignsTo', 'standalone', 'weight', 'keyResults'];
export const KR_KEYS = ['id', 'title', 'lead', 'contributors', 'type', 'start', 'target', 'current', 'unit', 'commit', 'stretch', 'min', 'max',
  'milestones', 'done', 'score', 'status', 'confidence', 'weight', 'learning', 'decision', 'source'];
export const MILESTONE_KEYS = ['title', 'done', 'weight'];
export const HEALTH_KEYS = ['id', 'title', 'current', 'min', 'max', 'unit'];
export const RETRO_KEYS = ['learnings', 'summary'];
export const SOURCE_KEYS = ['from', 'query', 'path', 'select', 'search', 'command'];

/** A copy of `value` with its keys in `order` (keys not listed follow, as they were). */
export function ordered<T extends object>(value: T, order: string[]): T {
  const source = value as Record<string, unknown>;
  const keys = [...order.filter((k) => Object.hasOwn(source, k)), ...Object.keys(source).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.filter((k) => source[k] !== undefined).map((k) => [k, source[k]])) as T;
}
