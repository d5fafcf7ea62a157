// Check-ins that change no file, as okr sync makes them when a source says what the file says:
// history turns their trailer groups into check-ins that changed nothing (SPEC 9), each with the
// source that confirmed the value, of the cycle its OKR-Cycle names; they count as check-ins
// for staleness and never move a value.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCheckinMessage } from '../../src/git/checkin-message.js';
import { checkinTimelines, readHistory, type HistoryEvent } from '../../src/git/history.js';
import { loadConfig } from '../../src/load/load-config.js';
import { MINIMAL_CONFIG } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { ALICE, BOB, gitRepo, isolatedGitEnv, testEnv, type CommitSpec } from '../helpers/git.js';

const UNIT = `cycle: 2026-Q4
unit: growth
level: company
lead: ann
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Signups from 0 to 100, lead: ann, start: 0, target: 100, current: 10, source: { command: "node x.js" } }
      - { id: KR2, title: Deals from 0 to 10, lead: ann, start: 0, target: 10, current: 2 }
`;
const FILE = 'okrs/2026-Q4/growth.yaml';

/** An empty commit whose trailers say one key result was read and found the same. */
function confirmed(date: string, extra: { ref?: string; value?: number; cycle?: string } = {}): CommitSpec {
  const message = formatCheckinMessage([{
    ref: extra.ref ?? 'growth/O1/KR1', value: extra.value ?? 10, date, source: 'node x.js', ...(extra.cycle === '' ? {} : { cycle: extra.cycle ?? '2026-Q4' }),
  }], 'okr sync: 1 confirmed');
  return { files: {}, message, date, author: BOB };
}

const POSTED: CommitSpec = { files: { 'okr.config.yaml': MINIMAL_CONFIG, [FILE]: UNIT }, message: 'Post Q4', date: '2026-10-05', author: ALICE };

function repository(extra: CommitSpec[]): string {
  return gitRepo([POSTED, ...extra]);
}

async function history(dir: string) {
  const { config } = await loadConfig(dir, join(dir, 'okr.config.yaml'));
  const cycle = config!.cycles[0];
  return readHistory({ root: dir, config: config!, cycle, env: testEnv() });
}

const confirmations = (events: HistoryEvent[]) => events.filter((e) => e.change === 'unchanged');

describe('trailer-only check-ins', () => {
  it('become check-ins that changed nothing, with the source and the date', async () => {
    const dir = repository([confirmed('2026-11-10')]);
    const events = confirmations((await history(dir)).events);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      ref: 'growth/O1/KR1', unit: 'growth', item: 'keyResult', kind: 'progress', field: 'checkin', change: 'unchanged',
      date: '2026-11-10', author: BOB, via: 'checkin', source: 'node x.js', file: FILE,
    });
  });

  it('leave out what belongs elsewhere: another cycle named, a key result that does not exist, a date outside the cycle', async () => {
    const dir = repository([
      confirmed('2026-11-10', { cycle: '2026-Q3' }),
      confirmed('2026-11-11', { cycle: '2026-Q4x' }),
      confirmed('2026-11-12', { ref: 'growth/O1/KR9' }),
      confirmed('2027-02-01'),
      confirmed('2026-11-13', { cycle: '' }),
      confirmed('2026-11-14'),
    ]);
    const events = confirmations((await history(dir)).events);
    expect(events.map((e) => e.date)).toEqual(['2026-11-13', '2026-11-14']);
  });

  it('are placed by date among the other events, oldest first', async () => {
    const dir = repository([
      confirmed('2026-10-20'),
      { files: { [FILE]: UNIT.replace('current: 2 }', 'current: 5 }') }, message: 'Deals', date: '2026-11-01' },
      confirmed('2026-11-10'),
    ]);
    const events = (await history(dir)).events.filter((e) => e.item === 'keyResult' && e.field !== 'keyResult');
    expect(events.map((e) => `${e.date} ${e.ref} ${e.change}`)).toEqual([
      '2026-10-20 growth/O1/KR1 unchanged', '2026-11-01 growth/O1/KR2 changed', '2026-11-10 growth/O1/KR1 unchanged',
    ]);
  });

  it('count as check-ins in the timeline, and keep the value the files had', async () => {
    // The trailer says 99; no file says so, and a confirmation moves nothing.
    const dir = repository([confirmed('2026-11-10', { value: 99 })]);
    const timeline = checkinTimelines((await history(dir)).events).get('growth/O1/KR1');
    expect(timeline).toEqual([{ date: '2026-11-10', value: 10 }]);
  });

  it('are not counted twice when the same commit also changed the value', async () => {
    const message = formatCheckinMessage([{ ref: 'growth/O1/KR1', value: 12, previous: 10, date: '2026-11-10', source: 'node x.js', cycle: '2026-Q4' }]);
    const dir = repository([{ files: { [FILE]: UNIT.replace('current: 10,', 'current: 12,') }, message, date: '2026-11-10' }]);
    const events = (await history(dir)).events.filter((e) => e.ref === 'growth/O1/KR1' && e.kind === 'progress');
    expect(events.map((e) => [e.field, e.change, e.source])).toEqual([['current', 'changed', 'node x.js']]);
  });

  it('keep a key result from going stale, in okr score', async () => {
    const score = async (dir: string) => {
      const result = await runOkr(['-C', dir, 'score', '--format', 'json', '--cycle', '2026-Q4', '--as-of', '2026-11-16'], { env: isolatedGitEnv(join(dir, '.home')) });
      return JSON.parse(result.stdout).units[0].objectives[0].keyResults[0];
    };
    expect(await score(repository([]))).toMatchObject({ ref: 'growth/O1/KR1', stale: true, lastCheckin: null });
    expect(await score(repository([confirmed('2026-11-14')]))).toMatchObject({ ref: 'growth/O1/KR1', stale: false, lastCheckin: '2026-11-14' });
  });

  it('show in okr history as a value confirmed by its source', async () => {
    const dir = repository([confirmed('2026-11-10')]);
    const result = await runOkr(['-C', dir, 'history', 'growth/O1/KR1', '--format', 'md', '--cycle', '2026-Q4'], { env: isolatedGitEnv(join(dir, '.home')) });
    expect(result.stdout).toContain('| 2026-11-10 | `growth/O1/KR1` | checked in, no change from node x.js | Bob Stone | sync |');
  });
});
