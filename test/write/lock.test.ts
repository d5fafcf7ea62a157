// The repository lock on real files and real processes: held, waited for (bounded), handed
// over on release, taken over from a holder that is dead, never from one that may be alive.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { acquireLock, lockPathFor, lockTimeoutMs } from '../../src/write/lock.js';
import { tempRepo } from '../helpers/cli.js';
import { gitRepo, testEnv } from '../helpers/git.js';

const lockIn = () => join(tempRepo(), '.okr.lock');

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('acquireLock', () => {
  it('holds the lock with who took it, and removes it on release', async () => {
    const path = lockIn();
    const lock = await acquireLock(path, { timeoutMs: 1000, command: 'okr checkin' });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname(), command: 'okr checkin' });
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('makes a second taker wait, bounded, then stop with a message naming the file and the holder', async () => {
    const path = lockIn();
    const held = await acquireLock(path, { timeoutMs: 1000, command: 'okr checkin' });
    const waits: unknown[] = [];
    const error = await acquireLock(path, { timeoutMs: 300, command: 'okr new', onWait: (holder) => waits.push(holder) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(`${path} is held by okr checkin (pid ${process.pid} on ${hostname()}`);
    expect((error as Error).message).toContain('waited 0.3 s');
    expect(waits).toHaveLength(1);
    held.release();
  });

  it('hands the lock to the one waiting when it is released', async () => {
    const path = lockIn();
    const first = await acquireLock(path, { timeoutMs: 1000, command: 'first' });
    const second = acquireLock(path, { timeoutMs: 10_000, command: 'second' });
    setTimeout(() => first.release(), 200);
    const lock = await second;
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ command: 'second' });
    lock.release();
  });

  it('takes over a lock whose holder is no longer alive on this host', async () => {
    const path = lockIn();
    writeFileSync(path, JSON.stringify({ pid: deadPid(), host: hostname(), command: 'okr checkin', since: '2026-01-01T00:00:00Z', token: 'dead' }));
    const lock = await acquireLock(path, { timeoutMs: 0, command: 'okr retro' });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, command: 'okr retro' });
    lock.release();
  });

  it('never takes over a lock held from another host, which it cannot ask', async () => {
    const path = lockIn();
    writeFileSync(path, JSON.stringify({ pid: deadPid(), host: 'elsewhere.example', command: 'okr checkin', since: '2026-01-01T00:00:00Z', token: 'far' }));
    await expect(acquireLock(path, { timeoutMs: 100, command: 'okr new' })).rejects.toThrow('held by okr checkin');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ token: 'far' });
  });

  it('takes over a lock file nobody could have written only once it is old', async () => {
    const path = lockIn();
    writeFileSync(path, 'not ours');
    await expect(acquireLock(path, { timeoutMs: 100, command: 'okr new' })).rejects.toThrow('a process that left no name in it');
    utimesSync(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const lock = await acquireLock(path, { timeoutMs: 100, command: 'okr new' });
    lock.release();
  });
});

describe('lockTimeoutMs and lockPathFor', () => {
  it('reads OKR_LOCK_TIMEOUT in seconds, 30 by default', () => {
    expect(lockTimeoutMs({})).toBe(30_000);
    expect(lockTimeoutMs({ OKR_LOCK_TIMEOUT: '2.5' })).toBe(2500);
    expect(lockTimeoutMs({ OKR_LOCK_TIMEOUT: '0' })).toBe(0);
    expect(() => lockTimeoutMs({ OKR_LOCK_TIMEOUT: 'soon' })).toThrow("OKR_LOCK_TIMEOUT must be a number of seconds, not 'soon'");
  });

  it('puts the lock in the git folder, or beside the config outside git', async () => {
    const repo = gitRepo();
    expect(await lockPathFor(repo, testEnv())).toBe(join(realpathSync(repo), '.git', 'okr.lock'));
    const plain = tempRepo();
    expect(await lockPathFor(plain, testEnv())).toBe(join(plain, '.okr.lock'));
  });
});
