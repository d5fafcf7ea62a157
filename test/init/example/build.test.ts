import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { parseCheckinMessage } from '../../../src/git/checkin-message.js';
import { buildExample } from '../../../src/init/example/build.js';
import { tempRepo } from '../../helpers/cli.js';

/** A clock after the whole story, so that no date is held back as future. */
const LATER = Date.parse('2027-07-01T00:00:00Z');

const day = (time: number): string => new Date(time * 1000).toISOString().slice(0, 10);

describe('the demo history', () => {
  const root = tempRepo();
  const layout = { root, top: root };

  it.each([
    ['2026-11-16', '2026-11-16'],
    ['2026-11-23', '2026-11-23'],
    ['2026-12-31', '2026-12-31'],
    ['2027-06-01', '2026-12-31'],
  ])('as of %s runs from the posting of Q3 in July to %s, in order', (asOf, end) => {
    // buildExample checks that the last versions are the example's files, or throws.
    const build = buildExample(layout, asOf, LATER);
    expect(build.from).toBe('2026-07-08');
    expect(build.to).toBe(end);
    const times = build.commits.map((c) => c.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
    expect(day(times[0])).toBe('2026-07-08');
    expect(day(times[1])).toBe('2026-09-14');
    expect(day(times.at(-1)!)).toBe(end);
  });

  it('is the same on every run', () => {
    expect(buildExample(layout, '2026-11-23').commits).toEqual(buildExample(layout, '2026-11-23').commits);
  });

  it('dates each check-in by its commit, and touches only its unit file', () => {
    const build = buildExample(layout, '2026-11-23');
    const checkins = build.commits.filter((c) => c.message.startsWith('okr: '));
    expect(checkins.length).toBeGreaterThan(100);
    for (const commit of checkins) {
      const parsed = parseCheckinMessage(commit.message);
      expect(parsed.checkins.length).toBeGreaterThan(0);
      for (const checkin of parsed.checkins) expect(checkin.date).toBe(day(commit.time));
      expect([...commit.files.keys()]).toHaveLength(1);
    }
  });

  it('lets a quiet lead go stale: no check-in by Omar in the last two weeks', () => {
    const build = buildExample(layout, '2026-11-23');
    const omar = build.commits.filter((c) => c.author.name === 'Omar Haddad' && c.message.startsWith('okr: '));
    expect(omar.length).toBeGreaterThan(0);
    expect(day(omar.at(-1)!.time) <= '2026-11-09').toBe(true);
  });

  it('needs a few weeks of the cycle behind it', () => {
    expect(() => buildExample({ root: join(root, 'x'), top: join(root, 'x') }, '2026-11-01')).toThrow(UsageError);
    expect(() => buildExample(layout, '2026-11-01')).toThrow('at least 2026-11-16');
  });
});
