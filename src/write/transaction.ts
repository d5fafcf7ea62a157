// The one way okr changes repository files (checkin, retro UNIT, new, next, import --write,
// owners --write, init; okr sync too): under the repository lock, read the files as they are
// now, let the change be planned and validated against exactly that, write every changed file
// atomically through the file-system edge, commit exactly those files, release. On any
// failure (a refusal, a write error, a commit hook saying no) every file is put back as it
// was: new files removed, folders made for them removed again when empty. All or none.
//
// Because the change is made from what is read under the lock, two processes writing at once
// cannot lose each other's work: the second one's change is planned on top of the first one's
// commit. Nothing that asks a person anything may run inside `change`: the lock is never held
// across a prompt.

import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { isInside } from '../fs/fs-problem.js';
import { MAX_REPOSITORY_FILE_BYTES, readRepositoryFile, readUserFile, type FileRead } from '../fs/read-file.js';
import { placeForWrite, removeEmptyFolders, removeFile, writeFileAtomic } from '../fs/write-file.js';
import { assertCanCommit, assertFilesCommittable, commitFiles } from '../git/commit.js';
import { GitError, GitStopped } from '../git/git.js';
import { acquireLock, lockPathFor, lockTimeoutMs, type LockHolder } from './lock.js';

export interface Change<T> {
  /** New text by path (relative to the root); null removes the file. Unchanged texts are skipped. */
  texts: Map<string, string | null>;
  /** What the command reports afterwards, and what the commit message is made from. */
  result: T;
  /**
   * Files the change is about that it leaves as they are: a check-in that confirms a value
   * (SPEC 9). They must hold what HEAD has, and when nothing else is written the commit is
   * made all the same, empty, carrying its message. Without them, no change is no commit.
   */
  unchanged?: string[];
}

export interface Transaction<T> {
  /** The folder paths are relative to: the okr root (the git top for CODEOWNERS). */
  root: string;
  /** Files read under the lock and handed to `change` (undefined: absent). */
  files?: string[];
  /**
   * Plans, checks and returns the change from the files as they are under the lock. Throws
   * (a UsageError, a refusal) to abort with nothing written.
   */
  change(current: Map<string, string | undefined>, head: string | null): Promise<Change<T>>;
  /** Commit the written files alone with this message; omitted: write only. */
  commit?: { message(result: T): string; fix?: string };
  /** Shown to a process that waits for this one (`okr checkin`). */
  command: string;
  env: Record<string, string | undefined>;
  /** Where the lock is (default: the repository's, see lock.ts). */
  lockFile?: string;
  /** Paths may lie outside the root: only for a file the user named (--out). */
  anywhere?: boolean;
  /** Missing folders are created (okr's own files); false for paths the user named. Default true. */
  createFolders?: boolean;
  /** Told when this process has to wait for another. */
  onWait?: (message: string) => void;
}

export interface Transacted<T> {
  /** Files written (or removed), as named in the change, in its order. */
  files: string[];
  /** The commit made, when one was asked for and something changed. */
  commit?: string;
  result: T;
}

interface PlannedWrite {
  file: string;
  /** The real path written: the file, or the target of its link. */
  target: string;
  text: string | null;
  /** The bytes there before; undefined when there was no file. */
  original?: Buffer;
}

interface Done {
  write: PlannedWrite;
  createdFolders: string[];
}

export async function transact<T>(tx: Transaction<T>): Promise<Transacted<T>> {
  const lockFile = tx.lockFile ?? await lockPathFor(tx.root, tx.env);
  const lock = await acquireLock(lockFile, {
    timeoutMs: lockTimeoutMs(tx.env),
    command: tx.command,
    onWait: (holder) => tx.onWait?.(waitMessage(holder)),
  });
  try {
    const state = tx.commit ? await assertCanCommit(tx.root, tx.env, tx.commit.fix) : undefined;
    const current = new Map((tx.files ?? []).map((file) => {
      const path = resolve(tx.root, file);
      return [file, bytesOf(tx.anywhere ? readUserFile(path, MAX_REPOSITORY_FILE_BYTES) : readRepositoryFile(tx.root, path), file)?.toString('utf8')];
    }));
    const { texts, result, unchanged = [] } = await tx.change(current, state?.head ?? null);
    const writes = planWrites(tx, texts);
    if (writes.length === 0 && (!state || unchanged.length === 0)) return { files: [], result };

    // What git commits is where the bytes really went (a link's target), relative to the root.
    const realRoot = realpathSync.native(tx.root);
    const paths = state ? writes.map((write) => committedPath(realRoot, write)) : [];
    const created = state ? writes.filter((write) => write.original === undefined).map((write) => committedPath(realRoot, write)) : [];
    const confirmed = state ? unchangedPaths(tx, realRoot, unchanged).filter((path) => !paths.includes(path)) : [];
    if (state) await assertFilesCommittable(state, tx.root, tx.env, [...paths, ...confirmed], created, tx.commit?.fix);

    const done: Done[] = [];
    const signals = deferSignals();
    try {
      for (const write of writes) done.push(apply(write, tx));
      const commit = state ? await commitFiles(tx.root, tx.env, paths, tx.commit!.message(result), created) : undefined;
      return { files: writes.map((write) => write.file), commit, result };
    } catch (error) {
      rollBack(done, error);
      // Ctrl-C reaches git and its hooks as it reaches okr, and git may fail from it before
      // okr's own signal event is handled: a git stopped by a signal is an interruption, and
      // after a git failure a signal on its way is waited for a moment.
      if (!signals.received() && error instanceof GitError) await signals.arrival(SIGNAL_GRACE_MS);
      throw signals.received() || error instanceof GitStopped ? new WriteInterrupted() : error;
    } finally {
      signals.restore();
    }
  } finally {
    lock.release();
  }
}

/** Ctrl-C while the files were being written and committed: they were all put back. */
export class WriteInterrupted extends Error {
  override name = 'WriteInterrupted';
  constructor() {
    super('interrupted; every file was put back as it was');
  }
}

/**
 * While files are written and committed, a Ctrl-C (or a terminal closing) does not kill okr
 * halfway: it reaches git and its hooks too, which stop, and okr puts the files back before
 * it stops. A signal after the commit succeeded changes nothing: the work is done.
 */
function deferSignals(): { received(): boolean; arrival(ms: number): Promise<void>; restore(): void } {
  let received = false;
  let arrived: (() => void) | undefined;
  const note = () => {
    received = true;
    arrived?.();
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, note);
  return {
    received: () => received,
    arrival: (ms) => new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      arrived = () => {
        clearTimeout(timer);
        resolve();
      };
    }),
    restore: () => {
      for (const signal of signals) process.off(signal, note);
    },
  };
}

/** How long a failed commit waits for a Ctrl-C that git may have seen first. */
const SIGNAL_GRACE_MS = 100;

/** The bytes read, undefined when there is no file, a usage error for anything else. */
function bytesOf(read: FileRead, file: string): Buffer | undefined {
  if (read.ok) return read.bytes;
  if (read.reason === 'missing') return undefined;
  throw new UsageError(`cannot change ${file}: ${read.message}`);
}

/** Where each text goes and what is there now; texts equal to the file are left out. */
function planWrites(tx: Transaction<unknown>, texts: Map<string, string | null>): PlannedWrite[] {
  const writes: PlannedWrite[] = [];
  const targets = new Map<string, string>();
  for (const [file, text] of texts) {
    const place = placeForWrite(resolve(tx.root, file), { root: tx.anywhere ? undefined : tx.root, createFolders: tx.createFolders ?? true, shown: file });
    // Kept to put the file back on failure; the place was checked, so its real path is read.
    const original = place.exists ? bytesOf(readUserFile(place.target, MAX_REPOSITORY_FILE_BYTES), file) : undefined;
    if (text === null ? original === undefined : original !== undefined && original.equals(Buffer.from(text))) continue;
    const other = targets.get(place.target);
    if (other !== undefined) throw new UsageError(`${other} and ${file} are the same file (one links to the other); nothing written`);
    targets.set(place.target, file);
    writes.push({ file, target: place.target, text, original });
  }
  return writes;
}

function apply(write: PlannedWrite, tx: Transaction<unknown>): Done {
  if (write.text === null) {
    removeFile(write.target, { shown: write.file });
    return { write, createdFolders: [] };
  }
  const written = writeFileAtomic(write.target, write.text, { createFolders: tx.createFolders ?? true, shown: write.file });
  return { write, createdFolders: written.createdFolders };
}

/** Puts every file back as it was, newest first; a failure here is added to the error's message. */
function rollBack(done: Done[], error: unknown): void {
  const failures: string[] = [];
  for (const { write, createdFolders } of done.reverse()) {
    try {
      if (write.original === undefined) removeFile(write.target, { shown: write.file });
      else writeFileAtomic(write.target, write.original, { shown: write.file });
      removeEmptyFolders(createdFolders);
    } catch (undoError) {
      failures.push(`${write.file} (${(undoError as Error).message})`);
    }
  }
  if (failures.length > 0 && error instanceof Error) {
    error.message += `; and these files could not be put back as they were: ${failures.join(', ')}`;
  }
}

/** The unchanged files as git names them: where a link leads, relative to the root. */
function unchangedPaths(tx: Transaction<unknown>, realRoot: string, files: string[]): string[] {
  return [...new Set(files)].map((file) => {
    const place = placeForWrite(resolve(tx.root, file), { root: tx.root, createFolders: false, shown: file });
    if (!place.exists) throw new UsageError(`${file} does not exist; there is nothing to check in on`);
    return committedPath(realRoot, { file, target: place.target, text: null });
  });
}

function committedPath(realRoot: string, write: PlannedWrite): string {
  if (!isInside(realRoot, write.target)) throw new UsageError(`${write.file} is outside the repository; it cannot be committed`);
  return relative(realRoot, write.target).split(sep).join('/');
}

function waitMessage(holder: LockHolder | undefined): string {
  return holder
    ? `waiting for ${holder.command} (pid ${holder.pid}) to finish writing the repository…`
    : 'waiting for another okr process to finish writing the repository…';
}
