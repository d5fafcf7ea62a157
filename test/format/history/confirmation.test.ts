// A check-in that changed nothing (SPEC 9) reads as one in okr history's table and markdown.

import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../src/git/history.js';
import { historyRow } from '../../../src/format/history/rows.js';

const EVENT: HistoryEvent = {
  ref: 'platform/O2/KR1', unit: 'platform', item: 'keyResult', kind: 'progress', field: 'checkin', change: 'unchanged',
  date: '2026-11-20', commit: 'c03a4e6c07d021b774a02bbdaf520702f0355014', author: { name: 'Carol Díaz', email: 'carol@acme.example' },
  via: 'checkin', note: 'No movement this week\n\nStill waiting on the vendor.', file: 'okrs/2026-Q4/platform.yaml',
};

describe('a check-in with no change, in okr history', () => {
  it('says so, with its note and how it was made', () => {
    expect(historyRow(EVENT)).toEqual({
      date: '2026-11-20', ref: 'platform/O2/KR1', change: 'checked in, no change', marker: null, kind: 'progress',
      author: 'Carol Díaz', via: 'check-in', commit: 'c03a4e6', note: 'No movement this week',
    });
  });
});
