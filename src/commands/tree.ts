// okr tree [REF]: the cascade, from the company down (or from REF), with scores and status.

import { jsonText } from '../escape/json.js';
import { formatTreeText } from '../format/tree-text.js';
import { colorsFor } from '../terminal/color.js';
import type { Io } from '../terminal/io.js';
import { loadScoredView, type ViewOptions } from '../view/scored-cycle.js';
import { selectRef } from '../view/select.js';
import { buildTree } from '../view/tree.js';

export interface TreeOptions extends ViewOptions {
  format?: 'text' | 'json';
}

export async function run(options: TreeOptions, [ref]: string[], io: Io): Promise<number> {
  const { cycle, checked, scored } = await loadScoredView(options, io);
  const roots = buildTree(checked.cascade, scored, selectRef(checked.cascade, ref));
  if (options.format === 'json') {
    io.stdout.write(jsonText({ cycle: cycle.id, asOf: scored.asOf, overall: scored.overall, grade: scored.grade, tree: roots }));
  } else {
    io.stdout.write(formatTreeText(roots, colorsFor(io.stdout, io.env, options.color)));
  }
  return 0;
}
