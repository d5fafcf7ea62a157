// okr sync's formats (src/format/formatter.ts).

import type { SyncResult } from '../../sync/result.js';
import type { Formats } from '../formatter.js';

export type SyncFormat = 'table' | 'json';

export const SYNC_FORMATS: Formats<SyncFormat, SyncResult> = {
  table: async () => (await import('./table.js')).formatSyncTable,
  json: async () => (await import('./json.js')).formatSyncJson,
};
