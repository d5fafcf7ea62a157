// okr remind's formats (src/format/formatter.ts); the drafts of --emails are email.ts's.

import type { Reminders } from '../../remind/types.js';
import type { Formats } from '../formatter.js';

export type RemindFormat = 'md' | 'json';

export const REMIND_FORMATS: Formats<RemindFormat, Reminders> = {
  md: async () => (await import('./md.js')).formatRemindMarkdown,
  json: async () => (await import('./json.js')).formatRemindJson,
};
