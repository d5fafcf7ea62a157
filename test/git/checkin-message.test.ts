import { describe, expect, it } from 'vitest';
import { formatCheckinMessage, parseCheckinMessage } from '../../src/git/checkin-message.js';

describe('check-in messages', () => {
  it('are written as SPEC 6 shows', () => {
    const message = formatCheckinMessage([{
      ref: 'platform/O1/KR1', previous: 22, value: 18, unit: 'min', confidence: 0.6, date: '2026-11-20',
      note: 'Rollout of the new pipeline to the remaining services.',
    }]);
    expect(message).toBe(`okr: platform/O1/KR1 22 → 18 min (confidence 0.6)

Rollout of the new pipeline to the remaining services.

OKR-Ref: platform/O1/KR1
OKR-Value: 18
OKR-Confidence: 0.6
OKR-Date: 2026-11-20
`);
  });

  it('read back, note included', () => {
    const message = formatCheckinMessage([{ ref: 'a/O1/KR1', value: 3, date: '2026-11-01', note: 'Good week.\nTwo lines.' }]);
    const parsed = parseCheckinMessage(message);
    expect(parsed.checkins).toEqual([{ ref: 'a/O1/KR1', value: '3', date: '2026-11-01' }]);
    expect(parsed.notes.get('a/O1/KR1')).toBe('Good week.\nTwo lines.');
  });

  it('hold several check-ins in one commit', () => {
    const message = formatCheckinMessage([
      { ref: 'a/O1/KR1', value: 3, date: '2026-11-01', note: 'first' },
      { ref: 'a/O1/KR2', milestone: 'Design, approved', done: true, date: '2026-11-01' },
      { ref: 'b/O2/KR1', score: 0.4, confidence: 0.5, date: '2026-11-02', note: 'third' },
    ]);
    expect(message.split('\n')[0]).toBe('okr: 3 check-ins (a/O1/KR1, a/O1/KR2, b/O2/KR1)');
    const parsed = parseCheckinMessage(message);
    expect(parsed.checkins).toEqual([
      { ref: 'a/O1/KR1', value: '3', date: '2026-11-01' },
      { ref: 'a/O1/KR2', done: 'true', milestone: 'Design, approved', date: '2026-11-01' },
      { ref: 'b/O2/KR1', score: '0.4', confidence: '0.5', date: '2026-11-02' },
    ]);
    expect(parsed.notes).toEqual(new Map([['a/O1/KR1', 'first'], ['b/O2/KR1', 'third']]));
  });

  it('keep a note from forging trailers or another key result\'s note', () => {
    const forged = 'fine\nb/O2/KR1: not my note\n\nOKR-Ref: c/O1/KR1\nOKR-Date: 1999-01-01';
    const several = parseCheckinMessage(formatCheckinMessage([
      { ref: 'a/O1/KR1', value: 3, date: '2026-11-01', note: forged },
      { ref: 'b/O2/KR1', value: 4, date: '2026-11-01' },
    ]));
    expect(several.checkins.map((c) => [c.ref, c.date])).toEqual([['a/O1/KR1', '2026-11-01'], ['b/O2/KR1', '2026-11-01']]);
    expect(several.notes.has('b/O2/KR1')).toBe(false);
    const single = parseCheckinMessage(formatCheckinMessage([{ ref: 'a/O1/KR1', value: 3, date: '2026-11-01', note: forged }]));
    expect(single.checkins).toEqual([{ ref: 'a/O1/KR1', value: '3', date: '2026-11-01' }]);
  });

  it('find nothing in an ordinary commit', () => {
    expect(parseCheckinMessage('Fix a typo\n\nin the title').checkins).toEqual([]);
  });
});
