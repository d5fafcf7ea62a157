// okr checkin's formats (src/format/formatter.ts). `text`, the default, is a message for the
// person (the command writes it to stderr); `json` is data for scripts, on stdout.

import type { CheckinOutcome } from '../../checkin/outcome.js';
import type { Formats } from '../formatter.js';

export type CheckinFormat = 'text' | 'json';

export const CHECKIN_FORMATS: Formats<CheckinFormat, CheckinOutcome> = {
  text: async () => (await import('./text.js')).formatCheckinText,
  json: async () => (await import('./json.js')).formatCheckinJson,
};
