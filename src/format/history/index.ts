// okr history's formats (src/format/formatter.ts).

import type { HistoryView } from '../../view/history.js';
import type { Formats } from '../formatter.js';

export type HistoryFormat = 'table' | 'json' | 'md';

export const HISTORY_FORMATS: Formats<HistoryFormat, HistoryView> = {
  table: async () => (await import('./table.js')).formatHistoryTable,
  json: async () => (await import('./json.js')).formatHistoryJson,
  md: async () => (await import('./md.js')).formatHistoryMarkdown,
};
