// The notes of a key result's check-ins, from the history's events.

import { describe, expect, it } from 'vitest';
import { checkinNotes } from '../../src/git/checkin-notes.js';
import { added, change } from '../report/helpers.js';

describe('checkinNotes', () => {
  it('takes each commit\'s note once per key result, trimmed, oldest first', () => {
    const events = [
      change('a/O1/KR1', 'current', 5, '2026-01-12', { note: '  Two customers live.\n', commit: 'c2' }),
      change('a/O1/KR1', 'confidence', 0.7, '2026-01-12', { note: '  Two customers live.\n', commit: 'c2' }),
      change('a/O1/KR1', 'current', 3, '2026-01-05', { note: 'First week.', commit: 'c1' }),
      change('a/O1/KR2', 'current', 1, '2026-01-12', { note: 'Other key result.', commit: 'c2' }),
    ];
    expect(checkinNotes(events)).toEqual(new Map([
      ['a/O1/KR1', [{ date: '2026-01-05', text: 'First week.' }, { date: '2026-01-12', text: 'Two customers live.' }]],
      ['a/O1/KR2', [{ date: '2026-01-12', text: 'Other key result.' }]],
    ]));
  });

  it('counts a hand edit of a value with its commit message, and leaves out goal changes and empty notes', () => {
    const events = [
      added('a/O1/KR1', { id: 'KR1', title: 'T' }, '2026-01-01'),
      change('a/O1/KR1', 'target', 20, '2026-01-02', { note: 'Ease the target', via: 'edit' }),
      change('a/O1/KR1', 'current', 4, '2026-01-03', { note: 'From the monthly review', via: 'edit', commit: 'c3' }),
      change('a/O1/KR1', 'current', 5, '2026-01-04', { note: '   ', commit: 'c4' }),
      change('a/O1', 'title', 'New', '2026-01-05', { note: 'Retitle' }),
    ];
    expect(checkinNotes(events)).toEqual(new Map([['a/O1/KR1', [{ date: '2026-01-03', text: 'From the monthly review' }]]]));
  });
});
