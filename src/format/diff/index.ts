// okr diff's formats (src/format/formatter.ts).

import type { ChangesReport } from '../../diff/changes.js';
import type { Formats } from '../formatter.js';

export type DiffFormat = 'md' | 'json';

export const DIFF_FORMATS: Formats<DiffFormat, ChangesReport> = {
  md: async () => (await import('./md.js')).formatChangesMarkdown,
  json: async () => (await import('./json.js')).formatChangesJson,
};
