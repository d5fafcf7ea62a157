// okr people's formats (src/format/formatter.ts).

import type { PeopleReport } from '../../people/build.js';
import type { Formats } from '../formatter.js';

export type PeopleFormat = 'table' | 'md' | 'json';

export const PEOPLE_FORMATS: Formats<PeopleFormat, PeopleReport> = {
  table: async () => (await import('./table.js')).formatPeopleTable,
  md: async () => (await import('./md.js')).formatPeopleMarkdown,
  json: async () => (await import('./json.js')).formatPeopleJson,
};
