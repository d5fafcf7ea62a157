// okr tree [REF]: the cascade, from the company down (or from REF), with scores and status.

import { jsonText } from '../escape/json.js';
import { formatTreeText } from '../format/tree-text.js';
import { openCycle, type StageOptions } from '../repository/cycle-stages.js';
import { colorsFor } from '../terminal/color.js';
import type { Io } from '../terminal/io.js';
import { selectRef } from '../view/select.js';
import { buildTree } from '../view/tree.js';

export interface TreeOptions extends StageOptions {
  format?: 'text' | 'json';
}

export async function run(options: TreeOptions, [ref]: string[], io: Io): Promise<number> {
  const stages = await openCycle(options, io);
  // Scoring first: it starts git reading the history while the files load.
  const scored = await stages.scored();
  const checked = await stages.checked();
  const roots = buildTree(checked.cascade, scored, selectRef(checked.cascade, ref));
  if (options.format === 'json') {
    io.stdout.write(jsonText({ cycle: stages.cycle.id, asOf: scored.asOf, overall: scored.overall, grade: scored.grade, tree: roots }));
  } else {
    io.stdout.write(formatTreeText(roots, colorsFor(io.stdout, io.env, options.color)));
  }
  return 0;
}
