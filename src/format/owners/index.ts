// okr owners' formats (src/format/formatter.ts). `text`: the section okr would write, the
// differences found by --check, or what --write did; `json`: the outcome as data.

import type { OwnersOutcome } from '../../codeowners/outcome.js';
import type { Formats } from '../formatter.js';

export type OwnersFormat = 'text' | 'json';

export const OWNERS_FORMATS: Formats<OwnersFormat, OwnersOutcome> = {
  text: async () => (await import('./text.js')).formatOwnersText,
  json: async () => (await import('./json.js')).formatOwnersJson,
};
