// Two real `okr checkin` processes at once on one unit file, several pairs, half on different
// key results and half on the same one; the history is then audited from git alone
// (bench/concurrent-checkins.js, which `node bench/concurrent-checkins.js` runs for 50 pairs).

import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark is plain JavaScript.
import { runConcurrentCheckins } from '../../bench/concurrent-checkins.js';

interface Audit {
  pairs: number;
  processes: number;
  succeeded: number;
  commits: number;
  failed: unknown[];
  lost: unknown[];
  misattributed: unknown[];
}

describe('concurrent check-ins', () => {
  it('lose nothing: every process exits 0 with its own value, under its own message, in the history of HEAD', { timeout: 180_000 }, async () => {
    const audit = await runConcurrentCheckins({ pairs: 5 }) as Audit;
    expect(audit.failed).toEqual([]);
    expect(audit.lost).toEqual([]);
    expect(audit.misattributed).toEqual([]);
    expect(audit.succeeded).toBe(10);
    expect(audit.commits).toBe(10);
  });
});
