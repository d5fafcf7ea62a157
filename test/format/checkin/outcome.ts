// A check-in outcome in the shape src/checkin/outcome.ts makes, for the formatter tests: a value
// that did not move, a milestone with a hostile title, and a binary key result whose score
// entered by hand wins.

import type { CheckinOutcome } from '../../../src/checkin/outcome.js';
import { HOSTILE } from '../fixtures.js';

export function outcome(commit: string | null = 'c03a4e6c07d021b774a02bbdaf520702f0355014', files = ['okrs/2026-Q4/platform.yaml']): CheckinOutcome {
  return {
    cycle: '2026-Q4',
    commit,
    files,
    checkins: [
      { ref: 'platform/O2/KR1', date: '2026-11-20', value: 6, previous: 6, unit: 'min', confidence: 0.8, note: 'No movement', unchanged: true,
        after: { score: 0.75, computed: 0.75, manual: null, status: 'on_track' }, warnings: [] },
      { ref: 'platform/O1/KR2', date: '2026-11-20', milestone: HOSTILE, unchanged: false,
        after: { score: 0.4, computed: 0.4, manual: null, status: 'at_risk' }, warnings: [] },
      { ref: 'platform/O1/KR3', date: '2026-11-20', done: true, unchanged: false,
        after: { score: 0.5, computed: 1, manual: 0.5, status: 'on_track' }, warnings: ['platform/O1/KR3 has a score entered by hand (0.5)'] },
    ],
  };
}
