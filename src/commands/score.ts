// okr score [UNIT|REF]: the scores of a cycle, or of one unit, objective or key result.

import { jsonText } from '../escape/json.js';
import { terminalText } from '../escape/terminal.js';
import { formatScoreCsv } from '../format/score-csv.js';
import { formatScoreMarkdown } from '../format/score-md.js';
import { formatScoreTable } from '../format/score-table.js';
import { openCycle, type StageOptions } from '../repository/cycle-stages.js';
import { colorsFor } from '../terminal/color.js';
import type { Io } from '../terminal/io.js';
import { buildScoreView } from '../view/score-view.js';
import { selectRef } from '../view/select.js';

export interface ScoreOptions extends StageOptions {
  format?: 'table' | 'json' | 'md' | 'csv';
}

export async function run(options: ScoreOptions, [ref]: string[], io: Io): Promise<number> {
  const stages = await openCycle(options, io);
  // Scoring first: it starts git reading the history while the files load.
  const scored = await stages.scored();
  const checked = await stages.checked();
  const view = buildScoreView(checked.cascade.unitList, scored, selectRef(checked.cascade, ref));
  switch (options.format ?? 'table') {
    case 'json':
      io.stdout.write(jsonText(view));
      break;
    case 'md':
      io.stdout.write(formatScoreMarkdown(view));
      break;
    case 'csv':
      // Data for a file or a pipe as it is; on a terminal, a person reads it: controls shown.
      io.stdout.write(io.stdout.isTTY ? terminalText(formatScoreCsv(view)) : formatScoreCsv(view));
      break;
    default:
      io.stdout.write(formatScoreTable(view, colorsFor(io.stdout, io.env, options.color), io.stdout.columns));
  }
  return 0;
}
