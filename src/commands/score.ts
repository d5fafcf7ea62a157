// okr score [UNIT|REF]: the scores of a cycle, or of one unit, objective or key result.

import { formatOutput } from '../format/formatter.js';
import { SCORE_FORMATS, type ScoreFormat } from '../format/score/index.js';
import { openCycle, type StageOptions } from '../repository/cycle-stages.js';
import type { Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { buildScoreView } from '../view/score-view.js';
import { fileProblems, selectScored } from '../view/file-problems.js';
import { writeOutput } from '../output/write-output.js';

export interface ScoreOptions extends StageOptions {
  format?: ScoreFormat;
}

export async function run(options: ScoreOptions, [ref]: string[], io: Io): Promise<number> {
  const stages = await openCycle(options, io);
  // Scoring first: it starts git reading the history while the files load.
  const scored = await stages.scored();
  const checked = await stages.checked();
  const problems = fileProblems(checked, stages.repo.root);
  // The whole cycle names every file that does not validate; a REF shows only what it names.
  const selection = selectScored(checked.cascade, ref, problems);
  const view = buildScoreView(checked.cascade.unitList, scored, selection, selection.kind === 'all' ? problems : []);
  await writeOutput(await formatOutput(SCORE_FORMATS, options.format ?? 'table', view, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  return 0;
}
