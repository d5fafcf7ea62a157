// okr tree [REF]: the cascade, from the company down (or from REF), with scores and status.

import { formatOutput } from '../format/formatter.js';
import { TREE_FORMATS, type TreeFormat } from '../format/tree/index.js';
import { openCycle, type StageOptions } from '../repository/cycle-stages.js';
import type { Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { fileProblems, selectScored } from '../view/file-problems.js';
import { selectRef } from '../view/select.js';
import { buildTree, limitDepth } from '../view/tree.js';
import { UsageError } from '../errors.js';
import { writeOutput } from '../output/write-output.js';

export interface TreeOptions extends StageOptions {
  format?: TreeFormat;
  /** --depth: levels of objectives shown. */
  depth?: number;
}

export async function run(options: TreeOptions, [ref]: string[], io: Io): Promise<number> {
  const stages = await openCycle(options, io);
  // Scoring first: it starts git reading the history while the files load.
  const scored = await stages.scored();
  const checked = await stages.checked();
  if (options.depth === 0) throw new UsageError('--depth expects 1 or more: the levels of objectives to show');
  const selection = ref === undefined ? selectRef(checked.cascade, ref) : selectScored(checked.cascade, ref, fileProblems(checked, stages.repo.root));
  const whole = buildTree(checked.cascade, scored, selection);
  const tree = options.depth === undefined ? whole : limitDepth(whole, options.depth);
  const view = { cycle: stages.cycle.id, asOf: scored.asOf, overall: scored.overall, grade: scored.grade, tree };
  await writeOutput(await formatOutput(TREE_FORMATS, options.format ?? 'text', view, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  return 0;
}
