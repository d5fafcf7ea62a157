// Turns what an import wants for one unit into the new text of its file: byte-preserving
// edits of an existing file (src/edit: setScalars for values, appendToSequence for new items),
// or a whole new file. Alongside, a line per change for the dry run.

import { Document, isScalar, isSeq, visit } from 'yaml';
import { appendToSequence, EditError, setScalars } from '../edit/index.js';
import type { DocPath, KeyResultDoc, ObjectiveDoc, UnitDoc } from '../model.js';
import { KR_KEYS, OBJECTIVE_KEYS, ordered, UNIT_KEYS } from './columns.js';
import type { WantedKeyResult, WantedObjective, WantedUnit } from './wanted.js';

export interface PlannedFile {
  /** Repository-relative. */
  file: string;
  /** The text on disk; undefined for a new file. */
  original?: string;
  text: string;
  /** What changes, one line each: `+ ...` added, `~ ... from → to` changed. */
  changes: string[];
}

/** Refused: the wanted change cannot be written as an edit. */
export class PlanError extends Error {}

type Op = { kind: 'set'; path: DocPath; value: string | number | boolean } | { kind: 'append'; path: DocPath; item: unknown };

/** A new unit file: the modeline, then the document in the SPEC's key order. */
export function planNewUnit(file: string, modeline: string, wanted: WantedUnit): PlannedFile {
  const doc = ordered({
    cycle: wanted.cycle,
    unit: wanted.unit,
    ...wanted.fields,
    objectives: wanted.objectives.map(newObjective),
  }, UNIT_KEYS);
  const krs = doc.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  return {
    file,
    text: `${modeline}\n${yamlText(doc)}`,
    changes: [`+ unit ${wanted.unit} (new file): ${doc.objectives.length} objective(s), ${krs} key result(s)`,
      ...doc.objectives.flatMap((o) => [`+ objective ${o.id}: ${o.title ?? ''}`, ...o.keyResults.map((k) => `+ key result ${o.id}/${k.id}: ${k.title ?? ''}`)])],
  };
}

export function planUnitUpdate(file: string, original: string, doc: UnitDoc, wanted: WantedUnit): PlannedFile {
  const ops: Op[] = [];
  const changes: string[] = [];
  merge(ops, changes, [], doc as unknown as Record<string, unknown>, wanted.fields, '');
  wanted.objectives.forEach((wo) => {
    const index = doc.objectives.findIndex((o) => o.id === wo.id);
    if (index < 0) {
      const item = newObjective(wo);
      ops.push({ kind: 'append', path: ['objectives'], item });
      changes.push(`+ objective ${wo.id}: ${item.title ?? ''}`, ...item.keyResults.map((k) => `+ key result ${wo.id}/${k.id}: ${k.title ?? ''}`));
      return;
    }
    const existing = doc.objectives[index];
    merge(ops, changes, ['objectives', index], existing as unknown as Record<string, unknown>, wo.fields, `${wo.id} `);
    for (const wk of wo.keyResults) {
      const k = existing.keyResults.findIndex((kr) => kr.id === wk.id);
      if (k < 0) {
        const item = newKeyResult(wk);
        ops.push({ kind: 'append', path: ['objectives', index, 'keyResults'], item });
        changes.push(`+ key result ${wo.id}/${wk.id}: ${item.title ?? ''}`);
      } else {
        merge(ops, changes, ['objectives', index, 'keyResults', k], existing.keyResults[k] as unknown as Record<string, unknown>, wk.fields, `${wo.id}/${wk.id} `);
      }
    }
  });
  let text = original;
  try {
    for (const op of ops) text = op.kind === 'set' ? setScalars(text, [{ path: op.path, value: op.value }]) : appendToSequence(text, op.path, op.item);
  } catch (error) {
    if (error instanceof EditError) throw new PlanError(`cannot edit ${file} in place: ${error.message}`);
    throw error;
  }
  return { file, original, text, changes };
}

/** Block maps and lists, except that a list of plain values reads best on one line: `members: [bob, carol]`. */
function yamlText(doc: object): string {
  const document = new Document(doc);
  visit(document, {
    Seq(_key, node) {
      if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function newObjective(wanted: WantedObjective): ObjectiveDoc {
  return ordered({ id: wanted.id, ...wanted.fields, keyResults: wanted.keyResults.map(newKeyResult) }, OBJECTIVE_KEYS) as ObjectiveDoc;
}

function newKeyResult(wanted: WantedKeyResult): KeyResultDoc {
  return ordered({ id: wanted.id, ...wanted.fields }, KR_KEYS) as KeyResultDoc;
}

/**
 * Edits that make `current` hold every value of `wanted`: scalars set, list items beyond the
 * current ones appended, maps walked. A list that would lose items is refused: import never
 * removes (an empty cell leaves a value alone, so there is no way to say "remove" either).
 */
function merge(ops: Op[], changes: string[], path: DocPath, current: unknown, wanted: unknown, label: string): void {
  const name = (p: DocPath) => label + p.slice(path.length).map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[');
  const walk = (p: DocPath, have: unknown, want: unknown): void => {
    if (want === undefined) return;
    // `alignsTo: engineering/O1` and `[engineering/O1]` say the same.
    if (Array.isArray(want) && typeof have === 'string' && want.length === 1) return walk(p, have, want[0]);
    if (Array.isArray(want)) {
      if (have !== undefined && !Array.isArray(have)) throw new PlanError(`${name(p)} is not a list in the file; edit it by hand`);
      const items = (have as unknown[] | undefined) ?? [];
      if (want.length < items.length) {
        throw new PlanError(`${name(p)} has ${items.length} item(s) in the file but ${want.length} in the import; import does not remove, edit the file by hand`);
      }
      want.forEach((item, i) => {
        if (i < items.length) walk([...p, i], items[i], item);
        else {
          ops.push({ kind: 'append', path: p, item });
          changes.push(`+ ${name(p)}: ${JSON.stringify(item)}`);
        }
      });
      return;
    }
    if (typeof want === 'object' && want !== null) {
      for (const [key, value] of Object.entries(want)) walk([...p, key], (have as Record<string, unknown> | undefined)?.[key], value);
      return;
    }
    if (have === want) return;
    if (typeof have === 'object' && have !== null) throw new PlanError(`${name(p)} is a ${Array.isArray(have) ? 'list' : 'map'} in the file, not a single value`);
    ops.push({ kind: 'set', path: p, value: want as string | number | boolean });
    changes.push(`~ ${name(p)}: ${have === undefined ? '(none)' : JSON.stringify(have)} → ${JSON.stringify(want)}`);
  };
  for (const [key, value] of Object.entries(wanted as Record<string, unknown>)) walk([...path, key], (current as Record<string, unknown>)[key], value);
}
