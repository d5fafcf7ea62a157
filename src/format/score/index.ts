// okr score's formats (src/format/formatter.ts).

import type { ScoreView } from '../../view/score-view.js';
import type { Formats } from '../formatter.js';

export type ScoreFormat = 'table' | 'json' | 'md' | 'csv';

export const SCORE_FORMATS: Formats<ScoreFormat, ScoreView> = {
  table: async () => (await import('./table.js')).formatScoreTable,
  json: async () => (await import('./json.js')).formatScoreJson,
  md: async () => (await import('./md.js')).formatScoreMarkdown,
  csv: async () => (await import('./csv.js')).formatScoreCsv,
};
