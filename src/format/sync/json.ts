// `okr sync --format json`: { cycle, mode, commit, summary, rows }, a row per key result read
// (SyncRow in src/sync/plan.ts): its value before and after, the source, and why it failed.

import { jsonText } from '../../escape/json.js';
import { countRows, type SyncResult } from '../../sync/result.js';
import type { Formatter } from '../formatter.js';

export const formatSyncJson: Formatter<SyncResult> = ({ cycle, mode, commit, rows }) => jsonText({ cycle, mode, commit, summary: countRows(rows), rows });
