// `okr score --format csv`: one row per unit, objective and key result, unrounded scores.
// Cells are written by src/escape/csv.ts, so no title runs as a formula in a spreadsheet. The
// columns added since the first version come last, so a script that reads by position still
// finds the others where they were.

import { csvLine } from '../../escape/csv.js';
import { terminalText } from '../../escape/terminal.js';
import type { ScoreView } from '../../view/score-view.js';
import type { Formatter } from '../formatter.js';
import { scoreRows } from './rows.js';

export const formatScoreCsv: Formatter<ScoreView> = (view, { tty }) => {
  let out = csvLine(['ref', 'kind', 'title', 'type', 'score', 'manual_score', 'grade', 'status', 'confidence', 'lead', 'flags', 'note', 'computed_score', 'confidence_trend', 'latest_note_date', 'latest_note']);
  for (const row of scoreRows(view)) {
    // Flags as words a script can split on spaces.
    const flags = [row.flags.includes('optimistic') ? 'optimistic' : '', row.statusWords.includes('stale') ? 'stale' : '', row.manual !== null ? 'hand-scored' : ''].filter(Boolean);
    const trend = row.confidenceTrend ? `${row.confidenceTrend.values.join(' ')} ${row.confidenceTrend.direction}` : '';
    out += csvLine([
      row.ref, row.kind, row.title, row.type, row.score, row.manual, row.grade, row.status, row.confidence, row.lead, flags.join(' '), row.note,
      row.kind === 'keyResult' ? row.computed : null, trend, row.latestNote?.date, row.latestNote?.text,
    ]);
  }
  // Data for a file or a pipe as it is; on a terminal, a person reads it: controls shown.
  return tty ? terminalText(out) : out;
};
