// `okr export`: the units of a cycle as CSV, one row per key result (columns.ts says which).
// Cells are written by src/escape/csv.ts: text that a spreadsheet would run as a formula is
// neutralised, numbers stay numbers, and `okr import` undoes exactly that.

import { UsageError } from '../errors.js';
import { csvLine } from '../escape/csv.js';
import type { KeyResultDoc, LoadedUnit, ObjectiveDoc, UnitDoc } from '../model.js';
import { COLUMNS, HEALTH_KEYS, MILESTONE_KEYS, ordered, RETRO_KEYS, SOURCE_KEYS, type Column } from './columns.js';

/** Rows per chunk: a few hundred kilobytes of CSV, however many units there are. */
const ROWS_PER_CHUNK = 500;

/** The CSV in chunks of rows, so that a cycle of any size is written without one string of it all (src/output/write-output.ts). */
export function* exportCsvChunks(units: LoadedUnit[], cycleFolder: string): Generator<string> {
  let out = csvLine(COLUMNS.map((c) => c.name));
  let rows = 0;
  const sorted = [...units].sort((a, b) => a.file.localeCompare(b.file));
  for (const unit of sorted) {
    const file = unit.file.slice(unit.file.indexOf(`/${cycleFolder}/`) + cycleFolder.length + 2);
    const row = (objective?: ObjectiveDoc, kr?: KeyResultDoc) => csvLine(COLUMNS.map((c) => carried(cell(c, unit.doc, file, objective, kr), c, unit, objective, kr)));
    const lines: string[] = [];
    if (unit.doc.objectives.length === 0) lines.push(row());
    for (const objective of unit.doc.objectives) {
      if (objective.keyResults.length === 0) lines.push(row(objective));
      for (const kr of objective.keyResults) lines.push(row(objective, kr));
    }
    out += lines.join('');
    rows += lines.length;
    if (rows >= ROWS_PER_CHUNK) {
      yield out;
      out = '';
      rows = 0;
    }
  }
  yield out;
}

function cell(column: Column, unit: UnitDoc, file: string, objective?: ObjectiveDoc, kr?: KeyResultDoc): unknown {
  if (column.owner === 'cycle') return unit.cycle;
  if (column.owner === 'file') return file === `${unit.unit}.yaml` ? '' : file;
  const owner = column.owner === 'unit' ? unit : column.owner === 'objective' ? objective : kr;
  const value = (owner as Record<string, unknown> | undefined)?.[column.key];
  return value === undefined || value === null ? '' : format(column, value);
}

/**
 * A NUL (written `"\0"` in YAML) has no place in a CSV file: okr import, like any reader of
 * text, takes it for a binary file. Refused with its place, rather than exported unreadable.
 */
function carried(value: unknown, column: Column, unit: LoadedUnit, objective?: ObjectiveDoc, kr?: KeyResultDoc): unknown {
  if (typeof value !== 'string' || !value.includes('\0')) return value;
  const where = [unit.doc.unit, column.owner === 'objective' || column.owner === 'kr' ? objective?.id : undefined, column.owner === 'kr' ? kr?.id : undefined].filter(Boolean).join('/');
  throw new UsageError(`cannot export: the ${column.name} of ${where} (${unit.file}) holds a NUL character, which a CSV file cannot carry; remove it from the file`);
}

function format(column: Column, value: unknown): unknown {
  switch (column.kind.type) {
    case 'list':
      return Array.isArray(value) ? value.join(' ') : String(value);
    case 'json': {
      const shape = column.kind.shape;
      if (shape === 'retro') return JSON.stringify(ordered(value as object, RETRO_KEYS));
      if (shape === 'source') return JSON.stringify(ordered(value as object, SOURCE_KEYS));
      const keys = shape === 'milestones' ? MILESTONE_KEYS : HEALTH_KEYS;
      return JSON.stringify((value as object[]).map((item) => ordered(item, keys)));
    }
    default:
      return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
  }
}
