import { describe, expect, it } from 'vitest';
import { formatSyncJson } from '../../../src/format/sync/json.js';
import { PIPE } from '../expect-output.js';
import { SCRIPT_SAID, syncResult } from './result.js';

describe('okr sync, json', () => {
  it('gives every row and the totals, and reads back to the same text', () => {
    const text = formatSyncJson(syncResult(), PIPE);
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ cycle: '2026-Q4', mode: 'write', commit: '0123456789abcdef0123456789abcdef01234567', summary: { read: 4, changed: 2, unchanged: 1, failed: 1 } });
    expect(parsed.rows).toEqual(syncResult().rows);
    expect(parsed.rows[3].reason).toContain(SCRIPT_SAID);
    expect(text).not.toContain('\x1b');
  });
});
