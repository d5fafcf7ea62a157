// `okr score --format csv`: one row per unit, objective and key result, unrounded scores.

import type { ScoreView } from '../view/score-view.js';
import { csvLine } from './csv.js';
import { scoreRows } from './score-rows.js';

export function formatScoreCsv(view: ScoreView): string {
  let out = csvLine(['ref', 'kind', 'title', 'type', 'score', 'manual_score', 'grade', 'status', 'confidence', 'lead', 'flags', 'note']);
  for (const row of scoreRows(view)) {
    out += csvLine([row.ref, row.kind, row.title, row.type, row.score, row.manual, row.grade, row.status, row.confidence, row.lead, row.flags.join(' '), row.note]);
  }
  return out;
}
