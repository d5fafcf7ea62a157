// What the cycle-wide rules need of a unit file, and nothing more: ids, links, people and the
// fields that decide a key result's type. `okr validate` checks each file on its own where it
// is read (the schema and the rules of one unit, located there), and sends on only this
// skeleton, with the positions of the places a cycle-wide rule may report on. So a large
// cycle's documents, texts and node spans are never all held at once, and locating a
// cross-file finding costs no second parse.

import type { DocPath, KeyResultDoc, ObjectiveDoc, UnitDoc } from '../model.js';
import type { Locate } from './yaml/positions.js';

/**
 * The unit with only what the cycle-wide rules read: `unique-ids`, `ref-resolves`,
 * `no-cycles`, `kr-has-lead`, `kr-measurable` (a key result's title and measure),
 * `align-upward` and `company-anchor`, and the cascade's type inference.
 */
export function skeletonOf(doc: UnitDoc): UnitDoc {
  return {
    cycle: doc.cycle,
    unit: doc.unit,
    level: doc.level,
    ...defined({ parent: doc.parent, lead: doc.lead, members: doc.members }),
    objectives: doc.objectives.map((objective): ObjectiveDoc => ({
      id: objective.id,
      title: '',
      ...defined({ alignsTo: objective.alignsTo, standalone: objective.standalone, type: objective.type }),
      keyResults: objective.keyResults.map((kr): KeyResultDoc => ({
        id: kr.id,
        title: kr.title,
        ...defined({
          lead: kr.lead, contributors: kr.contributors, type: kr.type, status: kr.status,
          start: kr.start, target: kr.target, current: kr.current, min: kr.min, max: kr.max, done: kr.done,
          // Only that there are milestones decides the type.
          milestones: kr.milestones && [],
        }),
      })),
    })),
    ...defined({ healthMetrics: doc.healthMetrics?.map((metric) => ({ id: metric.id, title: '' })) }),
  };
}

/**
 * The places a cycle-wide rule reports on, in one fixed order that both sides (the thread
 * that read the file, the one that runs the rules) work out from the skeleton alone.
 */
export function referencePaths(skeleton: UnitDoc): DocPath[] {
  const paths: DocPath[] = [['unit'], ['level'], ['parent'], ['lead']];
  skeleton.members?.forEach((_, i) => paths.push(['members', i]));
  skeleton.objectives.forEach((objective, o) => {
    const at: DocPath = ['objectives', o];
    paths.push(at, [...at, 'id'], [...at, 'alignsTo']);
    if (Array.isArray(objective.alignsTo)) objective.alignsTo.forEach((_, j) => paths.push([...at, 'alignsTo', j]));
    objective.keyResults.forEach((kr, k) => {
      const krAt: DocPath = [...at, 'keyResults', k];
      paths.push(krAt, [...krAt, 'id'], [...krAt, 'title'], [...krAt, 'lead']);
      kr.contributors?.forEach((_, j) => paths.push([...krAt, 'contributors', j]));
    });
  });
  skeleton.healthMetrics?.forEach((_, i) => paths.push(['healthMetrics', i, 'id']));
  return paths;
}

/** Four numbers per reference path (line, column, end line, end column); 0 where it is absent. */
export function referencePositions(skeleton: UnitDoc, locate: Locate): Int32Array {
  const paths = referencePaths(skeleton);
  const positions = new Int32Array(paths.length * 4);
  paths.forEach((path, i) => {
    const span = locate(path);
    if (!span) return;
    positions.set([span.line, span.column, span.endLine, span.endColumn], i * 4);
  });
  return positions;
}

/** A lookup from a path to its span, over the positions sent with a skeleton. */
export function positionsLookup(skeleton: UnitDoc, positions: Int32Array): Locate {
  const index = new Map(referencePaths(skeleton).map((path, i) => [path.join('\u0000'), i]));
  return (path, atKey = false) => {
    const i = atKey ? undefined : index.get(path.join('\u0000'));
    if (i === undefined || positions[i * 4] === 0) return undefined;
    return { line: positions[i * 4], column: positions[i * 4 + 1], endLine: positions[i * 4 + 2], endColumn: positions[i * 4 + 3] };
  };
}

/** The entries whose value is not undefined (a skeleton writes no empty keys). */
function defined<T extends Record<string, unknown>>(entries: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(entries) as (keyof T)[]) if (entries[key] !== undefined) out[key] = entries[key];
  return out;
}
