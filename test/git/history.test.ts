import { execFileSync } from 'node:child_process';
import { load, CORE_SCHEMA } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkinTimelines, lastChangeDates, readHistory, type HistoryEvent } from '../../src/git/history.js';
import { diffUnit, type FieldChange } from '../../src/git/history-unit-diff.js';
import type { Config } from '../../src/model.js';
import { tempRepo } from '../helpers/cli.js';
import { ALICE, BOB, CAROL, commit, gitRepo, runGit, shallowClone, testEnv } from '../helpers/git.js';
import { random } from './history-edits.js';
import { CONFIG, asCommits, checkin, historyRepo, platform, type Step } from './history-fixtures.js';

const CYCLE = { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31', postBy: '2026-10-14' };
const config = { okrsDir: 'okrs', cycles: [CYCLE] } as unknown as Config;

function history(root: string, extra: { since?: string; fullParse?: boolean } = {}) {
  return readHistory({ root, config, cycle: CYCLE, env: testEnv(), ...extra });
}

/** The events without what varies between runs (hashes) or is long (whole items). */
function brief(events: HistoryEvent[]) {
  return events.map((e) => [e.date, e.ref, e.field, e.change, short(e.from), short(e.to), e.via, e.author.name, e.midCycle ? 'mid-cycle' : e.stopped ? 'stopped' : ''].join(' | '));
}
function short(value: unknown): string {
  return value === undefined ? '' : typeof value === 'object' && value !== null ? `{${(value as { title?: string }).title ?? ''}}` : String(value);
}

describe('readHistory', () => {
  it('follows every change of every item, through check-ins and hand edits', async () => {
    const dir = historyRepo();
    const result = await history(dir);
    expect(result.shallow).toBe(false);
    expect(result.start).toBe('2026-10-01');
    const lines = brief(result.events).filter((line) => !line.startsWith('2026-10-01'));
    expect(lines).toEqual([
      '2026-10-07 | platform-eng/O1/KR1 | current | changed | 35 | 30 | checkin | Bob Stone | ',
      '2026-10-07 | platform-eng/O1/KR1 | confidence | changed | 0.5 | 0.6 | checkin | Bob Stone | ',
      '2026-10-20 | platform-eng/O1/KR1 | target | changed | 10 | 20 | edit | Carol Diaz | ',
      '2026-10-25 | platform-eng/O1/KR3 | keyResult | added |  | {No Sev-1 caused by a deploy} | edit | Alice Ng | mid-cycle',
      '2026-11-01 | platform-eng/O1/KR2 | milestones.done | changed | false | true | checkin | Bob Stone | ',
      '2026-11-10 | platform-eng/O1/KR1 | current | changed | 30 | 25 | checkin | Bob Stone | ',
      '2026-11-12 | platform-eng/O1/KR3 | keyResult | removed | {No Sev-1 caused by a deploy} |  | edit | Carol Diaz | stopped',
      '2026-11-15 | legacy | unit | removed | {} |  | edit | Alice Ng | stopped',
      '2026-11-15 | legacy/O1 | objective | removed | {Keep the lights on} |  | edit | Alice Ng | stopped',
      '2026-11-15 | legacy/O1/KR1 | keyResult | removed | {Migrate the last customers} |  | edit | Alice Ng | stopped',
      '2026-11-20 | billing/O1/KR1 | current | changed | 60 | 70 | checkin | Bob Stone | ',
    ]);
  });

  it('adds, before postBy, every item of the first commit without marking it mid-cycle', async () => {
    const result = await history(historyRepo());
    const first = result.events.filter((e) => e.date === '2026-10-01');
    expect(first.map((e) => e.ref)).toEqual([
      'billing', 'billing/O1', 'billing/O1/KR1', 'legacy', 'legacy/O1', 'legacy/O1/KR1',
      'platform-eng', 'platform-eng/O1', 'platform-eng/O1/KR1', 'platform-eng/O1/KR2',
    ]);
    expect(first.every((e) => e.change === 'added' && e.kind === 'definition' && !e.midCycle)).toBe(true);
    expect(first.find((e) => e.ref === 'platform-eng/O1/KR1')?.to).toEqual({ id: 'KR1', title: 'Cut deploy time', lead: 'bob', start: 40, target: 10, current: 35, confidence: 0.5 });
  });

  it('takes the check-in date, note and ref from the trailers, the rest from the commit', async () => {
    const dir = historyRepo();
    const result = await history(dir);
    const checkinEvent = result.events.find((e) => e.field === 'current' && e.to === 30)!;
    expect(checkinEvent).toMatchObject({ via: 'checkin', date: '2026-10-07', note: 'Pipeline rolled out', author: { name: 'Bob Stone', email: 'bob@acme.example' } });
    expect(checkinEvent.commit).toBe(runGit(dir, ['log', '--format=%H', '--grep=Pipeline rolled out']).trim());
    const eased = result.events.find((e) => e.field === 'target')!;
    expect(eased).toMatchObject({ via: 'edit', date: '2026-10-20', note: 'Ease the deploy-time target\n\nThe second build farm was cancelled.' });
  });

  it('names items by their unit as it is now, and as it was then', async () => {
    const result = await history(historyRepo());
    const before = result.events.find((e) => e.field === 'current' && e.to === 30)!;
    expect(before).toMatchObject({ ref: 'platform-eng/O1/KR1', formerRef: 'platform/O1/KR1', unit: 'platform-eng', file: 'okrs/2026-Q4/platform.yaml' });
    const after = result.events.find((e) => e.field === 'current' && e.to === 25)!;
    expect(after.formerRef).toBeUndefined();
    expect(after.file).toBe('okrs/2026-Q4/platform-eng.yaml');
  });

  it('reads CRLF files and leaves out files that are not YAML', async () => {
    const result = await history(historyRepo());
    expect(result.events.filter((e) => e.ref.startsWith('billing/O1/KR1') && e.change === 'changed')).toHaveLength(1);
    expect(result.events.some((e) => e.file.endsWith('README.md'))).toBe(false);
  });

  it('gives the same events parsing every version in full', async () => {
    const dir = historyRepo();
    expect((await history(dir)).events).toEqual((await history(dir, { fullParse: true })).events);
  });

  it('keeps the events since a date, or since a revision', async () => {
    const dir = historyRepo();
    const byDate = await history(dir, { since: '2026-11-10' });
    expect(byDate.events.map((e) => e.date)).toEqual(['2026-11-10', '2026-11-12', '2026-11-15', '2026-11-15', '2026-11-15', '2026-11-20']);
    const rev = runGit(dir, ['log', '--format=%H', '--grep=Legacy is gone']).trim();
    expect((await history(dir, { since: rev })).events.map((e) => e.ref)).toEqual(['billing/O1/KR1']);
    await expect(history(dir, { since: 'no-such-branch' })).rejects.toThrow(/neither a date \(YYYY-MM-DD\) nor a revision/);
  });

  it('gives scoring one check-in per day and the date each unit file last changed', async () => {
    const result = await history(historyRepo());
    const timelines = checkinTimelines(result.events);
    expect(timelines.get('platform-eng/O1/KR1')).toEqual([
      { date: '2026-10-07', value: 30, confidence: 0.6 },
      { date: '2026-11-10', value: 25, confidence: 0.6 },
    ]);
    expect(timelines.get('platform-eng/O1/KR2')).toEqual([{ date: '2026-11-01' }]);
    expect(timelines.has('legacy/O1/KR1')).toBe(false);
    expect(lastChangeDates(result)).toEqual(new Map([['billing', '2026-11-20'], ['platform-eng', '2026-11-12']]));
  });

  it('merges check-ins of one day into one', () => {
    const base = { unit: 'u', item: 'keyResult', kind: 'progress', change: 'changed', commit: 'c', author: ALICE, via: 'edit', file: 'f' } as const;
    const events: HistoryEvent[] = [
      { ...base, ref: 'u/O1/KR1', field: 'keyResult', kind: 'definition', change: 'added', to: { id: 'KR1', current: 1, confidence: 0.5 }, date: '2026-10-01' },
      { ...base, ref: 'u/O1/KR1', field: 'current', from: 1, to: 2, date: '2026-10-05' },
      { ...base, ref: 'u/O1/KR1', field: 'current', from: 2, to: 3, date: '2026-10-05' },
      { ...base, ref: 'u/O1/KR1', field: 'confidence', from: 0.5, to: 0.8, date: '2026-10-05' },
      { ...base, ref: 'u/O1/KR1', field: 'score', to: 0.4, date: '2026-10-09' },
    ];
    expect(checkinTimelines(events).get('u/O1/KR1')).toEqual([
      { date: '2026-10-05', value: 3, confidence: 0.8 },
      { date: '2026-10-09', value: 3, score: 0.4, confidence: 0.8 },
    ]);
  });

  it('counts a merge\'s changes once, on the branch that made them, and a change made in the merge itself', async () => {
    const dir = gitRepo([{ files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/platform.yaml': platform() }, message: 'Draft\n', author: ALICE, date: '2026-10-01' }]);
    runGit(dir, ['checkout', '-q', '-b', 'feature']);
    commit(dir, { files: { 'okrs/2026-Q4/platform.yaml': platform({ target: 15 }) }, message: 'Ease on a branch\n', author: CAROL, date: '2026-10-10' });
    runGit(dir, ['checkout', '-q', 'main']);
    commit(dir, { files: { 'okrs/2026-Q4/platform.yaml': platform({ current: 30 }) }, message: checkin({ ref: 'platform/O1/KR1', value: 30, date: '2026-10-11' }), author: BOB, date: '2026-10-11' });
    // The two changes touch neighbouring lines: the merge stops on a conflict, resolved by
    // hand with both changes, and the confidence moved on the way.
    expect(() => runGit(dir, ['merge', '-q', '--no-commit', '--no-ff', 'feature'])).toThrow();
    commit(dir, { files: { 'okrs/2026-Q4/platform.yaml': platform({ target: 15, current: 30, confidence: 0.9 }) }, message: 'Merge feature\n', author: ALICE, date: '2026-10-12' });
    const result = await history(dir);
    expect(brief(result.events).filter((line) => !line.startsWith('2026-10-01'))).toEqual([
      '2026-10-10 | platform/O1/KR1 | target | changed | 10 | 15 | edit | Carol Diaz | ',
      '2026-10-11 | platform/O1/KR1 | current | changed | 35 | 30 | checkin | Bob Stone | ',
      '2026-10-12 | platform/O1/KR1 | confidence | changed | 0.5 | 0.9 | edit | Alice Ng | ',
    ]);
  });

  it('starts a shallow clone\'s history where the clone starts, without calling its items new', async () => {
    const clone = shallowClone(historyRepo(), 3);
    const result = await history(clone);
    expect(result.shallow).toBe(true);
    expect(result.start).toBe('2026-11-12');
    expect(brief(result.events)).toEqual([
      '2026-11-15 | legacy | unit | removed | {} |  | edit | Alice Ng | stopped',
      '2026-11-15 | legacy/O1 | objective | removed | {Keep the lights on} |  | edit | Alice Ng | stopped',
      '2026-11-15 | legacy/O1/KR1 | keyResult | removed | {Migrate the last customers} |  | edit | Alice Ng | stopped',
      '2026-11-20 | billing/O1/KR1 | current | changed | 60 | 70 | checkin | Bob Stone | ',
    ]);
  });

  it('has nothing to say in a repository without commits, and refuses a folder outside git', async () => {
    const empty = gitRepo([], { 'okr.config.yaml': CONFIG });
    expect(await history(empty)).toEqual({ cycle: '2026-Q4', events: [], shallow: false, start: null, files: [] });
    await expect(history(tempRepo({ 'okr.config.yaml': CONFIG }))).rejects.toThrow(/not in a git repository/);
  });

  it('reads an OKR repository that is a folder inside a larger git repository', async () => {
    const dir = gitRepo([{ files: { 'okr/okr.config.yaml': CONFIG, 'okr/okrs/2026-Q4/platform.yaml': platform() }, message: 'Draft\n', author: ALICE, date: '2026-10-01' }]);
    commit(dir, { files: { 'okr/okrs/2026-Q4/platform.yaml': platform({ current: 20 }) }, message: 'Update\n', author: BOB, date: '2026-10-20' });
    const result = await history(`${dir}/okr`);
    expect(result.events.at(-1)).toMatchObject({ ref: 'platform/O1/KR1', field: 'current', to: 20, file: 'okrs/2026-Q4/platform.yaml' });
  });

  it('agrees with reading every version from git, on a random history', async () => {
    const rand = random(7);
    // Made in one go (gitRepo imports them): a move is a step like any other.
    const steps: Step[] = [{ files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/a.yaml': platform({ unit: 'a' }), 'okrs/2026-Q4/b.yaml': platform({ unit: 'b' }) }, message: 'Draft\n', author: ALICE, date: '2026-10-01' }];
    let paths = ['okrs/2026-Q4/a.yaml', 'okrs/2026-Q4/b.yaml'];
    for (let n = 0; n < 40; n++) {
      const path = rand.pick(paths);
      const unit = path.slice(path.lastIndexOf('/') + 1, -5);
      const date = `2026-10-${String(2 + Math.floor(n / 2)).padStart(2, '0')}`;
      const author = rand.pick([ALICE, BOB, CAROL]);
      const roll = rand.int(0, 9);
      if (roll === 0 && n > 10) {
        const to = `okrs/2026-Q4/${unit}${n}.yaml`;
        steps.push({ move: [path, to], message: 'Move\n', author, date });
        paths = paths.map((p) => (p === path ? to : p));
        continue;
      }
      const state = { unit, current: rand.int(0, 40), confidence: rand.pick([0.3, 0.5, 0.7]), target: rand.pick([10, 15]), kr3: rand.next() < 0.3, designDone: rand.next() < 0.5 };
      const text = roll === 1 ? `${platform(state)}broken: [\n` : platform(state);
      steps.push({ files: { [path]: text }, message: checkin({ ref: `${unit}/O1/KR1`, value: state.current, date }), author, date });
    }
    const dir = gitRepo(asCommits(steps));
    const result = await history(dir);
    const simplify = (changes: FieldChange[]) => changes.map((c) => `${c.ids.join('/')} ${c.field} ${c.change} ${JSON.stringify(c.from ?? null)} ${JSON.stringify(c.to ?? null)}`);
    // The oracle: every commit's files read from git, parsed, compared with the last readable version.
    const expected: string[] = [];
    const lastGood = new Map<string, unknown>();
    for (const hash of runGit(dir, ['rev-list', '--reverse', 'HEAD']).trim().split('\n')) {
      const changed = runGit(dir, ['diff-tree', '--root', '-r', '-M', '--name-status', '--no-commit-id', hash, '--', 'okrs/']).trim().split('\n').filter(Boolean);
      for (const line of changed) {
        const [status, from, to] = line.split('\t');
        const path = status.startsWith('R') ? to : from;
        if (status.startsWith('R')) lastGood.set(path, lastGood.get(from) ?? null);
        const text = execFileSync('git', ['show', `${hash}:${path}`], { cwd: dir, encoding: 'utf8' });
        let data: unknown;
        try {
          data = load(text, { schema: CORE_SCHEMA });
        } catch {
          continue; // unreadable: the changes count where it is readable again
        }
        expected.push(...simplify(diffUnit(lastGood.get(path) ?? null, data)));
        lastGood.set(path, data);
      }
    }
    const ids = (e: HistoryEvent) => e.ref.split('/').slice(1);
    // What the files say: check-ins that changed nothing come from trailers, not from the files.
    const actual = result.events.filter((e) => e.change !== 'unchanged').map((e) => simplify([{ item: e.item, ids: ids(e), kind: e.kind, field: e.field, change: e.change as 'changed' | 'added' | 'removed', from: e.from, to: e.to }])[0]);
    expect(actual).toEqual(expected);
  });
});

describe('a day of many check-ins', () => {
  it('is one entry of the timeline, with the day\'s last values', async () => {
    const steps: Step[] = [{ files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/platform.yaml': platform() }, message: 'Draft\n', author: ALICE, date: '2026-10-01' }];
    for (let n = 1; n <= 30; n++) steps.push({ files: { 'okrs/2026-Q4/platform.yaml': platform({ current: 35 - n }) }, message: checkin({ ref: 'platform/O1/KR1', value: 35 - n, date: '2026-10-20' }), author: BOB, date: '2026-10-20' });
    const dir = gitRepo(asCommits(steps));
    const result = await history(dir);
    expect(result.events.filter((e) => e.field === 'current')).toHaveLength(30);
    expect(checkinTimelines(result.events).get('platform/O1/KR1')).toEqual([{ date: '2026-10-20', value: 5, confidence: 0.5 }]);
  });
});

