// The repository lock: one okr process writes a repository at a time. The lock is a file
// made with link(2) from a complete temporary file (so it never exists half-written),
// holding who took it: pid, host, command, time and a random token. Others wait, polling,
// for a bounded time (OKR_LOCK_TIMEOUT seconds, default 30), then stop with a message naming
// the file and its holder. A lock whose holder is no longer alive on this host is stale and
// taken over: renamed away, checked to be the stale one, removed. (A lock library such as
// proper-lockfile judges staleness by age, which cannot tell a slow holder from a dead one
// and cannot say who holds the lock.)

import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { UsageError } from '../errors.js';
import { errnoOf, problemOf } from '../fs/fs-problem.js';
import type { GitEnv } from '../git/git.js';
import { readRepoState } from '../git/repo-state.js';

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
  token: string;
}

export interface HeldLock {
  path: string;
  release(): void;
}

export interface LockOptions {
  /** How long to wait for another holder, in milliseconds. */
  timeoutMs: number;
  /** What the holder is doing, shown to whoever waits (`okr checkin`). */
  command: string;
  /** Told once when the wait starts, so that a person knows why nothing happens. */
  onWait?: (holder: LockHolder | undefined) => void;
}

export const DEFAULT_LOCK_TIMEOUT_SECONDS = 30;
const LOCK_NAME = 'okr.lock';
/** A lock file nobody could have written (not our format) counts as stale after this. */
const UNREADABLE_STALE_MS = 10_000;

/** The lock of the repository at `root`: in its git folder, else beside okr.config.yaml. */
export async function lockPathFor(root: string, env: GitEnv): Promise<string> {
  const state = await readRepoState(root, env).catch(() => null);
  return state ? join(state.gitDir, LOCK_NAME) : join(root, `.${LOCK_NAME}`);
}

/** OKR_LOCK_TIMEOUT in seconds (0: do not wait at all). */
export function lockTimeoutMs(env: Record<string, string | undefined>): number {
  const value = env.OKR_LOCK_TIMEOUT;
  if (value === undefined || value.trim() === '') return DEFAULT_LOCK_TIMEOUT_SECONDS * 1000;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0) throw new UsageError(`OKR_LOCK_TIMEOUT must be a number of seconds, not '${value}'`);
  return seconds * 1000;
}

export async function acquireLock(path: string, options: LockOptions): Promise<HeldLock> {
  const me: LockHolder = {
    pid: process.pid, host: hostname(), command: options.command, since: new Date().toISOString(), token: randomBytes(8).toString('hex'),
  };
  const deadline = Date.now() + options.timeoutMs;
  let told = false;
  for (;;) {
    if (tryCreate(path, me)) return { path, release: () => release(path, me.token) };
    const holder = readHolder(path);
    if (holder === 'gone') continue;
    if (isStale(path, holder)) {
      takeOver(path, holder);
      continue;
    }
    if (Date.now() >= deadline) throw new UsageError(busyMessage(path, holder, options.timeoutMs));
    if (!told) {
      options.onWait?.(holder);
      told = true;
    }
    // Short, jittered polls: two waiters do not wake in step.
    await sleep(20 + Math.floor(Math.random() * 60));
  }
}

/** True when the lock was made; false when someone holds it. */
function tryCreate(path: string, me: LockHolder): boolean {
  const temp = `${path}.${me.pid}-${me.token}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(me)}\n`, { flag: 'wx' });
  } catch (error) {
    throw new UsageError(`cannot take the repository lock ${path}: ${problemOf(error).message}`);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    // A file system without hard links: an exclusive create is nearly as good.
    if (errnoOf(error) === 'EPERM' || errnoOf(error) === 'ENOTSUP' || errnoOf(error) === 'EOPNOTSUPP') return tryCreateExclusive(path, me);
    throw new UsageError(`cannot take the repository lock ${path}: ${problemOf(error).message}`);
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
}

function tryCreateExclusive(path: string, me: LockHolder): boolean {
  try {
    writeFileSync(path, `${JSON.stringify(me)}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') return false;
    throw new UsageError(`cannot take the repository lock ${path}: ${problemOf(error).message}`);
  }
}

/** The holder, undefined when the file is not ours to read, 'gone' when it was just released. */
function readHolder(path: string): LockHolder | undefined | 'gone' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return 'gone';
    return undefined;
  }
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    if (typeof holder.pid === 'number' && typeof holder.host === 'string' && typeof holder.token === 'string') return holder as LockHolder;
  } catch {
    // Not our format.
  }
  return undefined;
}

function isStale(path: string, holder: LockHolder | undefined): boolean {
  if (holder === undefined) {
    try {
      return Date.now() - statSync(path).mtimeMs > UNREADABLE_STALE_MS;
    } catch {
      return false;
    }
  }
  // A process on another host (a shared file system) cannot be asked: its lock is never stale.
  return holder.host === hostname() && !isAlive(holder.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return errnoOf(error) !== 'ESRCH';
  }
}

/**
 * Removes a stale lock without removing a live one that replaced it meanwhile: the lock is
 * renamed away (atomic), and only if the renamed file is the stale one is it deleted;
 * otherwise it is put back.
 */
function takeOver(path: string, stale: LockHolder | undefined): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // Someone else took it over first.
  }
  const moved = readHolder(aside);
  const same = stale === undefined ? moved === undefined : moved !== 'gone' && moved?.token === stale.token;
  if (!same) {
    try {
      linkSync(aside, path);
    } catch {
      // Another lock is in place already; the moved one's holder finds it gone on release.
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // Already gone.
  }
}

function release(path: string, token: string): void {
  const holder = readHolder(path);
  if (holder === undefined || holder === 'gone' || holder.token !== token) return;
  try {
    unlinkSync(path);
  } catch {
    // Gone already.
  }
}

function busyMessage(path: string, holder: LockHolder | undefined, timeoutMs: number): string {
  const who = holder
    ? `${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.since})`
    : 'a process that left no name in it';
  return `another okr process is writing this repository: ${path} is held by ${who}; waited ${Number((timeoutMs / 1000).toFixed(1))} s. `
    + 'Run the command again when it is done; if that process is gone, delete the lock file (OKR_LOCK_TIMEOUT sets the wait in seconds).';
}
