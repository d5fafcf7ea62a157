// okr tree [REF]: the cascade, from the company down (or from REF), with scores and status.

import { formatOutput } from '../format/formatter.js';
import { TREE_FORMATS, type TreeFormat } from '../format/tree/index.js';
import { openCycle, type StageOptions } from '../repository/cycle-stages.js';
import type { Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { selectRef } from '../view/select.js';
import { buildTree } from '../view/tree.js';
import { writeOutput } from '../output/write-output.js';

export interface TreeOptions extends StageOptions {
  format?: TreeFormat;
}

export async function run(options: TreeOptions, [ref]: string[], io: Io): Promise<number> {
  const stages = await openCycle(options, io);
  // Scoring first: it starts git reading the history while the files load.
  const scored = await stages.scored();
  const checked = await stages.checked();
  const tree = buildTree(checked.cascade, scored, selectRef(checked.cascade, ref));
  const view = { cycle: stages.cycle.id, asOf: scored.asOf, overall: scored.overall, grade: scored.grade, tree };
  await writeOutput(await formatOutput(TREE_FORMATS, options.format ?? 'text', view, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  return 0;
}
