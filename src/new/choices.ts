// The lists a person picks from: units, parents, people, and the goals of the cascade an
// objective can align to. Each line shows the id or reference first, padded into a column,
// so that typing its first letters jumps to it.

import type { Cascade, UnitNode } from '../graph/cascade.js';
import { LEVEL_RANK, LEVELS, type Config, type Level } from '../model.js';
import type { Choice } from '../terminal/prompts.js';

/** Units from the top of the organisation down, in file order within a level. */
function byLevel(units: UnitNode[]): UnitNode[] {
  return [...units].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
}

/** `key  text` lines with the keys in one column. */
function columns<T extends string>(rows: { value: T; key: string; text: string }[]): Choice<T>[] {
  const width = Math.max(0, ...rows.map((row) => row.key.length));
  return rows.map((row) => ({ value: row.value, name: row.text ? `${row.key.padEnd(width)}  ${row.text}` : row.key, short: row.key }));
}

export function levelChoices(): Choice<Level>[] {
  return LEVELS.map((level) => ({ value: level, name: level }));
}

export function unitChoices(cascade: Cascade): Choice<string>[] {
  return columns(byLevel([...cascade.units.values()]).map((u) => ({ value: u.id, key: u.id, text: `${u.doc.name ?? ''} (${u.level})`.trim() })));
}

/** Units of a higher level than `level`: the org-chart parents it may have. */
export function parentChoices(cascade: Cascade, level: Level): Choice<string>[] {
  const above = [...cascade.units.values()].filter((u) => LEVEL_RANK[u.level] < LEVEL_RANK[level]);
  return columns(byLevel(above).map((u) => ({ value: u.id, key: u.id, text: `${u.doc.name ?? ''} (${u.level})`.trim() })));
}

export function personChoices(config: Config): Choice<string>[] | undefined {
  if (!config.people) return undefined;
  return columns(Object.entries(config.people).map(([id, person]) => ({ value: id, key: id, text: person.name ?? '' })));
}

/**
 * The goals an objective of `unit` can align to: objectives and key results of units of a
 * higher level (rule `align-upward`), each objective followed by its key results.
 */
export function alignChoices(cascade: Cascade, unit: UnitNode): Choice<string>[] {
  const rows: { value: string; key: string; text: string }[] = [];
  for (const above of byLevel([...cascade.units.values()]).filter((u) => LEVEL_RANK[u.level] < LEVEL_RANK[unit.level])) {
    for (const objective of above.objectives) {
      rows.push({ value: objective.ref, key: objective.ref, text: objective.doc.title });
      for (const kr of objective.keyResults) rows.push({ value: kr.ref, key: kr.ref, text: kr.doc.title });
    }
  }
  return columns(rows);
}

export function objectiveChoices(cascade: Cascade): Choice<string>[] {
  const objectives = byLevel([...cascade.units.values()]).flatMap((u) => u.objectives);
  return columns(objectives.map((o) => ({ value: o.ref, key: o.ref, text: o.doc.title })));
}
