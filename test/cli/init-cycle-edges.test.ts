// okr init at the edges of a cycle: late in a quarter it starts with the next one and says so
// (--quarter decides for scripts), and the demo never writes a commit dated after now.

import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { hasStackTrace, tempRepo, type RunResult } from '../helpers/cli.js';
import { ALICE, isolatedGitEnv, runGit } from '../helpers/git.js';
import { runOkr } from '../helpers/run-okr.js';

async function run(args: string[], cwd: string): Promise<RunResult> {
  const result = await runOkr(args, { cwd, env: isolatedGitEnv(join(cwd, '.home'), ALICE) });
  expect(hasStackTrace(result.stderr)).toBe(false);
  return result;
}

function cycles(dir: string): { id: string; start: string; end: string; postBy: string }[] {
  return parse(readFileSync(join(dir, 'okr.config.yaml'), 'utf8')).cycles;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('okr init late in a quarter', () => {
  it('starts with the next quarter when less than a third of this one is left, and says why', async () => {
    const cwd = tempRepo();
    const result = await run(['init', 'repo', '--as-of', '2026-12-07'], cwd);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('first cycle 2027-Q1 (2027-01-01 to 2027-03-31)');
    expect(result.stderr).toContain('Note: 2026-Q4 has 24 days left and its postBy (2026-10-14) has passed, so the first cycle is the next quarter, 2027-Q1 (--quarter current starts with 2026-Q4 instead).');
    expect(cycles(join(cwd, 'repo'))).toEqual([{ id: '2027-Q1', start: '2027-01-01', end: '2027-03-31', postBy: '2027-01-14', midpoint: '2027-02-14', retroBy: '2027-04-09' }]);
    expect(runGit(join(cwd, 'repo'), ['ls-files', '--others', '--exclude-standard'])).toContain('okrs/2027-Q1/company.yaml');
  });

  it('keeps the current quarter with --quarter current, and says its postBy has passed', async () => {
    const cwd = tempRepo();
    const result = await run(['init', 'repo', '--as-of', '2026-12-07', '--quarter', 'current'], cwd);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('first cycle 2026-Q4 (2026-10-01 to 2026-12-31)');
    expect(result.stderr).toContain('Note: 2026-Q4 is under way: its postBy (2026-10-14) has passed');
    expect(result.stderr).not.toContain('next quarter');
    expect(cycles(join(cwd, 'repo'))[0]).toMatchObject({ id: '2026-Q4', postBy: '2026-10-14' });
  });

  it('keeps the current quarter while a third of it is left, noting a postBy that has passed', async () => {
    const cwd = tempRepo();
    const result = await run(['init', 'repo', '--as-of', '2026-11-23'], cwd);
    expect(result.stderr).toContain('first cycle 2026-Q4');
    expect(result.stderr).toContain('its postBy (2026-10-14) has passed');
    const early = await run(['init', 'early', '--as-of', '2026-10-05'], cwd);
    expect(early.stderr).toContain('first cycle 2026-Q4');
    expect(early.stderr).not.toContain('Note: 2026-Q4');
  });

  it('starts with the next quarter on request, the year turning over', async () => {
    const cwd = tempRepo();
    const result = await run(['init', 'repo', '--as-of', '2026-10-05', '--quarter', 'next'], cwd);
    expect(result.stderr).toContain('first cycle 2027-Q1 (2027-01-01 to 2027-03-31)');
    expect(result.stderr).not.toContain('Note: 2026-Q4');
  });

  it.each([
    [['--quarter', 'next', '--start', '2027-01-01'], '--quarter picks a calendar quarter and --start/--end give the dates: use one or the other'],
    [['--quarter', 'later'], "argument 'later' is invalid. Allowed choices are current, next."],
    [['--example', '--quarter', 'next'], '--quarter cannot be used with it'],
  ])('refuses %j', async (flags, message) => {
    const cwd = tempRepo();
    const result = await run(['init', 'repo', '--as-of', '2026-12-07', ...flags], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('okr init --example never writes the future', () => {
  /** Every commit's author and committer time, in seconds. */
  function commitTimes(dir: string): number[] {
    return runGit(dir, ['log', '--format=%at %ct']).trim().split('\n').flatMap((line) => line.split(' ').map(Number));
  }

  it('ends a day early when today\'s commits would come later than now', async () => {
    const now = Date.parse('2026-12-07T08:00:00Z');
    vi.useFakeTimers({ toFake: ['Date'], now });
    const cwd = tempRepo();
    const result = await run(['init', '--example'], cwd);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/from 2026-07-08 to 2026-12-06 /);
    expect(Math.max(...commitTimes(cwd))).toBeLessThanOrEqual(now / 1000);
    expect(result.stderr).toContain('okr tree --as-of 2026-12-06');
  });

  it('keeps today when its commits are behind now', async () => {
    const now = Date.parse('2026-12-07T23:30:00Z');
    vi.useFakeTimers({ toFake: ['Date'], now });
    const cwd = tempRepo();
    const result = await run(['init', '--example'], cwd);
    expect(result.stderr).toMatch(/from 2026-07-08 to 2026-12-07 /);
    const times = commitTimes(cwd);
    expect(Math.max(...times)).toBeLessThanOrEqual(now / 1000);
    expect(new Date(Math.max(...times) * 1000).toISOString().slice(0, 10)).toBe('2026-12-07');
  });

  it('stops at today when --as-of is later, and says so', async () => {
    const now = Date.parse('2026-12-07T20:00:00Z');
    vi.useFakeTimers({ toFake: ['Date'], now });
    const cwd = tempRepo();
    const result = await run(['init', '--example', '--as-of', '2026-12-20'], cwd);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Note: the history ends today, 2026-12-07, not on 2026-12-20: the demo writes no commit dated in the future.');
    expect(Math.max(...commitTimes(cwd))).toBeLessThanOrEqual(now / 1000);
  });

  it('refuses a today too early for the story, naming the date', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-10T12:00:00Z') });
    const cwd = tempRepo();
    const result = await run(['init', 'demo', '--example'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2026-11-10 is too early');
    expect(result.stderr).toContain('runs to at least 2026-11-16');
  });

  it('posts the previous cycle before its postBy, so its retrospective lists nothing as added mid-cycle', async () => {
    const cwd = tempRepo();
    expect((await run(['init', '--example', '--as-of', '2026-11-23'], cwd)).code).toBe(0);
    const retro = await run(['retro', '--cycle', '2026-Q3', '--format', 'json', '--as-of', '2026-11-23'], cwd);
    expect(retro.code).toBe(0);
    const data = JSON.parse(retro.stdout);
    expect(data.changes.history).toBe('full');
    expect(data.changes.addedMidCycle).toEqual([]);
    // The posted Q3 had no final scores yet; the close brought them.
    const posted = parse(runGit(cwd, ['show', `${firstCommit(cwd)}:okrs/2026-Q3/platform.yaml`]));
    expect(posted.status).toBe('committed');
    expect(posted.objectives[0].keyResults[0].score).toBeUndefined();
    expect(posted.retro).toBeUndefined();
    const config = parse(runGit(cwd, ['show', `${firstCommit(cwd)}:okr.config.yaml`]));
    expect(config.cycles.map((c: { id: string }) => c.id)).toEqual(['2026-Q3']);
  });
});

function firstCommit(dir: string): string {
  return runGit(dir, ['rev-list', '--max-parents=0', 'HEAD']).trim();
}
