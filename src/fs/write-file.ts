// The one way okr writes a file: only where a regular file or nothing is. A symbolic link to
// a regular file is written through (its target is replaced, the link stays); a FIFO, a
// device, a folder, a dangling link, or (when confined to a repository) a link leading out of
// it is refused with a usage error naming the path. Writes are atomic: the text goes to a
// temporary file in the target's real folder, is synced, and is renamed over the target (a
// reader sees the old bytes or the new, never half of each); the target's permissions stay.

import { randomBytes } from 'node:crypto';
import {
  closeSync, constants, fchmodSync, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmdirSync, rmSync,
  statSync, unlinkSync, writeFileSync, type Stats,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { UsageError } from '../errors.js';
import { DANGLING_LINK, errnoOf, isInside, kindOf, OUTSIDE_LINK, OUTSIDE_PATH, problemOf } from './fs-problem.js';

export interface WriteOptions {
  /** Confine the write to this folder (the repository): a link or a folder leading out is refused. */
  root?: string;
  /**
   * Create missing folders: for okr's own files (a new unit, a draft cycle). A path the user
   * named (`--out`) is never given folders it did not have: a missing one is a usage error.
   */
  createFolders?: boolean;
  /** The path as the person knows it, for messages (default: the path). */
  shown?: string;
}

export interface WritePlace {
  /** The real path the bytes go to: the path itself, or the target of the link standing there. */
  target: string;
  /** A regular file is there now. */
  exists: boolean;
  /** Its permission bits, kept when it is rewritten. */
  mode?: number;
  /** Folders (real paths, outermost first) that must be created before writing. */
  missing: string[];
}

export interface Written {
  target: string;
  /** Folders this write created, innermost first: what to remove again on a rollback. */
  createdFolders: string[];
}

/** Where a write to `path` would land, refusing every place okr must not write to. */
export function placeForWrite(path: string, options: WriteOptions = {}): WritePlace {
  const refuse = refuser(path, options);
  const realRoot = options.root === undefined ? undefined : realOrRefuse(options.root, refuse);
  let link: Stats | undefined;
  try {
    link = lstatSync(path);
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw refuse(problemOf(error).message);
  }
  if (link === undefined) return newFilePlace(path, realRoot, options, refuse);

  let real: string;
  try {
    real = realpathSync.native(path);
  } catch (error) {
    throw refuse(link.isSymbolicLink() && errnoOf(error) === 'ENOENT' ? `${DANGLING_LINK}; okr does not replace it` : problemOf(error).message);
  }
  if (realRoot !== undefined && !isInside(realRoot, real)) throw refuse(link.isSymbolicLink() ? OUTSIDE_LINK : OUTSIDE_PATH);
  const stats = link.isSymbolicLink() ? statOrRefuse(real, refuse) : link;
  if (!stats.isFile()) throw refuse(`${kindOf(stats)}, not a regular file; okr does not replace it`);
  return { target: real, exists: true, mode: stats.mode & 0o7777, missing: [] };
}

function newFilePlace(path: string, realRoot: string | undefined, options: WriteOptions, refuse: Refuse): WritePlace {
  // The nearest folder that exists; those below it are to be made.
  const missing: string[] = [];
  let existing = dirname(path);
  for (;;) {
    try {
      lstatSync(existing);
      break;
    } catch (error) {
      const code = errnoOf(error);
      if (code === 'ENOTDIR') throw refuse('a part of its path is a file, not a folder');
      if (code !== 'ENOENT' || dirname(existing) === existing) throw refuse(problemOf(error).message);
      missing.unshift(existing);
      existing = dirname(existing);
    }
  }
  if (missing.length > 0 && !options.createFolders) throw refuse(`its folder does not exist (${missing[missing.length - 1]}); create it first`);
  let realFolder: string;
  try {
    realFolder = realpathSync.native(existing);
  } catch (error) {
    throw refuse(errnoOf(error) === 'ENOENT' ? `${DANGLING_LINK} on its path` : problemOf(error).message);
  }
  if (!statOrRefuse(realFolder, refuse).isDirectory()) throw refuse('a part of its path is a file, not a folder');
  if (realRoot !== undefined && !isInside(realRoot, realFolder)) throw refuse(OUTSIDE_PATH);
  return {
    target: join(realFolder, relative(existing, path)),
    exists: false,
    missing: missing.map((folder) => join(realFolder, relative(existing, folder))),
  };
}

/** What a write takes: text, bytes, or text in chunks (a large report), written as they come. */
export type Content = string | Uint8Array | Iterable<string>;

/** Writes `content` to `path` atomically, through a link to a regular file; see the file's head. */
export function writeFileAtomic(path: string, content: Content, options: WriteOptions = {}): Written {
  const refuse = refuser(path, options);
  const place = placeForWrite(path, options);
  const createdFolders: string[] = [];
  try {
    for (const folder of place.missing) {
      try {
        mkdirSync(folder);
        createdFolders.unshift(folder);
      } catch (error) {
        if (errnoOf(error) !== 'EEXIST') throw error;
      }
    }
    replaceAtomically(place.target, content, place.mode);
  } catch (error) {
    removeEmptyFolders(createdFolders);
    throw refuse(problemOf(error).message);
  }
  return { target: place.target, createdFolders };
}

/** Removes the file (or the link) at `path`; nothing there is no error. */
export function removeFile(path: string, options: WriteOptions = {}): void {
  const refuse = refuser(path, options);
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return;
    throw refuse(problemOf(error).message);
  }
  if (!stats.isFile() && !stats.isSymbolicLink()) throw refuse(`${kindOf(stats)}, not a regular file; okr does not remove it`);
  try {
    unlinkSync(path);
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw refuse(problemOf(error).message);
  }
}

/** Makes a folder and the ones above it; a failure is a usage error that starts with `said`. */
export function makeFolder(path: string, said: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new UsageError(`${said}: ${problemOf(error).message}`);
  }
}

/** Removes folders (innermost first) that are still empty; one that is not stays. */
export function removeEmptyFolders(folders: string[]): void {
  for (const folder of folders) {
    try {
      rmdirSync(folder);
    } catch {
      // Something else is in it now: it stays.
    }
  }
}

/**
 * Appends to a regular file (created when absent, in a folder that exists), as
 * $GITHUB_STEP_SUMMARY is written to. A link is followed; anything else is refused.
 */
export function appendToFile(path: string, content: string, options: Pick<WriteOptions, 'shown'> = {}): void {
  const refuse = refuser(path, options);
  const place = placeForWrite(path, { shown: options.shown });
  let fd: number;
  try {
    fd = openSync(place.target, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NONBLOCK ?? 0), 0o666);
  } catch (error) {
    throw refuse(problemOf(error).message);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw refuse(`${kindOf(opened)}, not a regular file`);
    writeFileSync(fd, content);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw refuse(problemOf(error).message);
  } finally {
    closeSync(fd);
  }
}

/** The temporary file goes beside the target, so the rename stays within one folder. */
function replaceAtomically(target: string, content: Content, mode: number | undefined): void {
  const temp = join(dirname(target), `.${basename(target)}.okr-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', mode ?? 0o666);
    try {
      // The umask applies at creation; an existing file's permissions are kept exactly.
      if (mode !== undefined) fchmodSync(fd, mode);
      if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(fd, content);
      else for (const chunk of content) writeFileSync(fd, chunk);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(target));
}

/** The rename is durable once the folder is synced; where a folder cannot be synced, skip it. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows and some file systems cannot sync a folder.
  }
}

type Refuse = (message: string) => UsageError;

function refuser(path: string, options: Pick<WriteOptions, 'shown'>): Refuse {
  return (message) => new UsageError(`cannot write ${options.shown ?? path}: ${message}`);
}

function realOrRefuse(path: string, refuse: Refuse): string {
  try {
    return realpathSync.native(path);
  } catch (error) {
    throw refuse(`the repository folder cannot be read: ${problemOf(error).message}`);
  }
}

function statOrRefuse(path: string, refuse: Refuse): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw refuse(problemOf(error).message);
  }
}
