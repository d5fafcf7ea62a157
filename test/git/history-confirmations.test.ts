// Check-ins that change nothing in the file (SPEC 9): a commit whose trailers name a key result
// that its changes leave where it was counts as a check-in of that key result, in history and
// in the timelines scoring reads.

import { describe, expect, it } from 'vitest';
import { checkinTimelines, readHistory, timingAsOf, type HistoryEvent } from '../../src/git/history.js';
import type { Config } from '../../src/model.js';
import { ALICE, BOB, CAROL, gitRepo, testEnv } from '../helpers/git.js';
import { asCommits, checkin, CONFIG, platform, type Step } from './history-fixtures.js';

const CYCLE = { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31', postBy: '2026-10-14' };
const config = { okrsDir: 'okrs', cycles: [CYCLE] } as unknown as Config;

function history(root: string, fullParse = false) {
  return readHistory({ root, config, cycle: CYCLE, env: testEnv(), fullParse });
}

const DRAFT: Step = { files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/platform.yaml': platform() }, message: 'Draft\n', author: ALICE, date: '2026-10-01' };

/** An empty commit: the message alone. */
function empty(message: string, date: string, author = BOB): Step {
  return { files: {}, message, author, date };
}

function confirmations(events: HistoryEvent[]) {
  return events.filter((e) => e.field === 'checkin').map((e) => [e.date, e.ref, e.change, e.kind, e.via, e.author.name, e.note ?? ''].join(' | '));
}

describe('a check-in that changed nothing', () => {
  it('is a check-in of its key result: dated, with its note, in history and in the timeline', async () => {
    const dir = gitRepo(asCommits([
      DRAFT,
      { files: { 'okrs/2026-Q4/platform.yaml': platform({ current: 30, confidence: 0.6 }) }, message: checkin({ ref: 'platform/O1/KR1', previous: 35, value: 30, confidence: 0.6, date: '2026-10-07' }), author: BOB, date: '2026-10-07' },
      empty(checkin({ ref: 'platform/O1/KR1', previous: 30, value: 30, confidence: 0.6, date: '2026-11-24', note: 'No movement this week' }), '2026-11-25'),
    ]));
    const result = await history(dir);
    expect(confirmations(result.events)).toEqual(['2026-11-24 | platform/O1/KR1 | unchanged | progress | checkin | Bob Stone | No movement this week']);
    expect(checkinTimelines(result.events).get('platform/O1/KR1')).toEqual([
      { date: '2026-10-07', value: 30, confidence: 0.6 },
      { date: '2026-11-24', value: 30, confidence: 0.6 },
    ]);
    // The file did not change: its date stays that of its last real change.
    expect(timingAsOf(result, '2026-12-01').fileDates.get('platform')).toBe('2026-10-07');
    // The incremental walk and the full parse agree.
    expect((await history(dir, true)).events).toEqual(result.events);
  });

  it('counts for a key result its commit left alone while changing another one', async () => {
    const dir = gitRepo(asCommits([
      DRAFT,
      { files: { 'okrs/2026-Q4/platform.yaml': platform({ designDone: true }) },
        message: `okr: 2 check-ins (platform/O1/KR2, platform/O1/KR1)\n\nplatform/O1/KR1: Still 35\n\nOKR-Ref: platform/O1/KR2\nOKR-Milestone: Design approved\nOKR-Date: 2026-11-02\nOKR-Ref: platform/O1/KR1\nOKR-Value: 35\nOKR-Date: 2026-11-02\n`,
        author: CAROL, date: '2026-11-02' },
    ]));
    const result = await history(dir);
    expect(confirmations(result.events)).toEqual(['2026-11-02 | platform/O1/KR1 | unchanged | progress | checkin | Carol Diaz | Still 35']);
    expect(result.events.filter((e) => e.ref === 'platform/O1/KR2' && e.kind === 'progress').map((e) => e.field)).toEqual(['milestones.done']);
  });

  it('adds nothing to a check-in that moved its key result, value or confidence alone', async () => {
    const dir = gitRepo(asCommits([
      DRAFT,
      { files: { 'okrs/2026-Q4/platform.yaml': platform({ confidence: 0.8 }) }, message: checkin({ ref: 'platform/O1/KR1', previous: 35, value: 35, confidence: 0.8, date: '2026-11-03' }), author: BOB, date: '2026-11-03' },
    ]));
    const result = await history(dir);
    expect(confirmations(result.events)).toEqual([]);
    // A new confidence with the same value is a check-in in its own right.
    expect(checkinTimelines(result.events).get('platform/O1/KR1')).toEqual([{ date: '2026-11-03', value: 35, confidence: 0.8 }]);
  });

  it('reads any trailer group opened by OKR-Ref, dated by the commit when it has no OKR-Date (okr sync)', async () => {
    const dir = gitRepo(asCommits([
      DRAFT,
      empty('okr sync: 1 value read, none changed\n\nOKR-Ref: platform/O1/KR1\nOKR-Value: 35\nOKR-Source: warehouse\n', '2026-11-09', ALICE),
    ]));
    const result = await history(dir);
    expect(confirmations(result.events)).toEqual(['2026-11-09 | platform/O1/KR1 | unchanged | progress | checkin | Alice Ng | ']);
  });

  it('follows a unit file renamed after the check-in', async () => {
    const dir = gitRepo(asCommits([
      DRAFT,
      empty(checkin({ ref: 'platform/O1/KR1', value: 35, date: '2026-10-20', note: 'Same' }), '2026-10-20'),
      { move: ['okrs/2026-Q4/platform.yaml', 'okrs/2026-Q4/platform-eng.yaml'], message: 'Rename\n', author: ALICE, date: '2026-10-21' },
      { files: { 'okrs/2026-Q4/platform-eng.yaml': platform({ unit: 'platform-eng' }) }, message: 'Its id\n', author: ALICE, date: '2026-10-22' },
    ]));
    const [event] = (await history(dir)).events.filter((e) => e.field === 'checkin');
    expect([event.ref, event.formerRef, event.unit, event.file]).toEqual(['platform-eng/O1/KR1', 'platform/O1/KR1', 'platform-eng', 'okrs/2026-Q4/platform.yaml']);
  });

  it('ignores trailers dated outside the cycle, naming no key result of it, or one added later', async () => {
    const dir = gitRepo(asCommits([
      DRAFT,
      // Same ids, another cycle's dates: the empty commit says nothing of which cycle it meant.
      empty(checkin({ ref: 'platform/O1/KR1', value: 35, date: '2026-09-28' }), '2026-10-02'),
      empty(checkin({ ref: 'platform/O1/KR1', value: 35, date: '2027-01-04' }), '2026-10-03'),
      empty(checkin({ ref: 'platform/O9/KR1', value: 1, date: '2026-10-04' }), '2026-10-04'),
      empty(checkin({ ref: 'nobody/O1/KR1', value: 1, date: '2026-10-05' }), '2026-10-05'),
      empty(checkin({ ref: 'platform/O1/KR3', value: 1, date: '2026-10-06' }), '2026-10-06'),
      { files: { 'okrs/2026-Q4/platform.yaml': platform({ kr3: true }) }, message: 'Add KR3\n', author: ALICE, date: '2026-10-07' },
      empty('Just a note\n\nOKR-Ref: not a reference\n', '2026-10-08'),
    ]));
    expect(confirmations((await history(dir)).events)).toEqual([]);
  });
});
