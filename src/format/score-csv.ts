// `okr score --format csv`: one row per unit, objective and key result, unrounded scores.
// Cells are written by src/escape/csv.ts, so no title runs as a formula in a spreadsheet.

import { csvLine } from '../escape/csv.js';
import type { ScoreView } from '../view/score-view.js';
import { scoreRows } from './score-rows.js';

export function formatScoreCsv(view: ScoreView): string {
  let out = csvLine(['ref', 'kind', 'title', 'type', 'score', 'manual_score', 'grade', 'status', 'confidence', 'lead', 'flags', 'note']);
  for (const row of scoreRows(view)) {
    out += csvLine([row.ref, row.kind, row.title, row.type, row.score, row.manual, row.grade, row.status, row.confidence, row.lead, row.flags.join(' '), row.note]);
  }
  return out;
}
