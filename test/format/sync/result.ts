// A sync result with one row of each outcome, and text from outside (a script's reason, a
// source name) that tries to act on a terminal or a CI log.

import type { SyncResult } from '../../../src/sync/result.js';

export const SCRIPT_SAID = 'warehouse down \x1b[2J\n::error::owned @everyone';

export function syncResult(mode: SyncResult['mode'] = 'write'): SyncResult {
  return {
    cycle: '2026-Q4',
    mode,
    commit: mode === 'write' ? '0123456789abcdef0123456789abcdef01234567' : null,
    rows: [
      { ref: 'growth/O1/KR1', source: 'warehouse', old: 12, new: 17.5, unit: 'h', outcome: 'changed' },
      { ref: 'growth/O1/KR2', source: 'node scripts/metric.mjs data/signups.csv activated signups', old: 20, new: 20, unit: '%', outcome: 'unchanged' },
      { ref: 'growth/O1/KR3', source: 'github', old: false, new: true, unit: null, outcome: 'changed' },
      { ref: 'growth/O2/KR1', source: 'node scripts/fail.js', old: 4, new: null, unit: null, outcome: 'failed', reason: `'node' exited with code 1: ${SCRIPT_SAID}` },
    ],
  };
}
