// `okr score --format csv`: one row per unit, objective and key result, unrounded scores.
// Cells are written by src/escape/csv.ts, so no title runs as a formula in a spreadsheet.

import { csvLine } from '../../escape/csv.js';
import { terminalText } from '../../escape/terminal.js';
import type { ScoreView } from '../../view/score-view.js';
import type { Formatter } from '../formatter.js';
import { scoreRows } from './rows.js';

export const formatScoreCsv: Formatter<ScoreView> = (view, { tty }) => {
  let out = csvLine(['ref', 'kind', 'title', 'type', 'score', 'manual_score', 'grade', 'status', 'confidence', 'lead', 'flags', 'note']);
  for (const row of scoreRows(view)) {
    out += csvLine([row.ref, row.kind, row.title, row.type, row.score, row.manual, row.grade, row.status, row.confidence, row.lead, row.flags.join(' '), row.note]);
  }
  // Data for a file or a pipe as it is; on a terminal, a person reads it: controls shown.
  return tty ? terminalText(out) : out;
};
