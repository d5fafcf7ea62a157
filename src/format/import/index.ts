// okr import's formats (src/format/formatter.ts). `text` lists the files and their changes (a
// dry run's output, or what --write did); `json` is the outcome as data.

import type { ImportOutcome } from '../../interchange/outcome.js';
import type { Formats } from '../formatter.js';

export type ImportFormat = 'text' | 'json';

export const IMPORT_FORMATS: Formats<ImportFormat, ImportOutcome> = {
  text: async () => (await import('./text.js')).formatImportText,
  json: async () => (await import('./json.js')).formatImportJson,
};
