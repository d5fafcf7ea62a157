// okr retro's formats (src/format/formatter.ts).

import type { RetroReport } from '../../retro/model.js';
import type { Formats } from '../formatter.js';

export type RetroFormat = 'md' | 'json';

export const RETRO_FORMATS: Formats<RetroFormat, RetroReport> = {
  md: async () => (await import('./md.js')).formatRetroMarkdown,
  json: async () => (await import('./json.js')).formatRetroJson,
};
