// The one way okr reads a file it was given or found: checked, not trusted. The path is
// examined with lstat and realpath before it is opened, so a symbolic link leading out of the
// repository is refused unread; FIFOs, devices and folders are refused unopened; the open
// itself is non-blocking and the descriptor is checked again with fstat (a FIFO swapped in
// meanwhile never blocks), and no more than the limit is read, so /dev/zero or a huge file
// costs nothing. Every failure is a problem with words, never an exception.

import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { UsageError } from '../errors.js';
import { DANGLING_LINK, formatBytes, isInside, notRegular, OUTSIDE_LINK, OUTSIDE_PATH, problemOf, type FsProblem } from './fs-problem.js';

export type FileRead = { ok: true; bytes: Buffer; real: string } | ({ ok: false; size?: number } & FsProblem);

/** Unit files, the config, CODEOWNERS: anything an OKR repository holds is far below this. */
export const MAX_REPOSITORY_FILE_BYTES = 8 * 1024 * 1024;
/** Files named on the command line (a CSV to import, check-ins to record). */
export const MAX_INPUT_FILE_BYTES = 64 * 1024 * 1024;

// O_NONBLOCK: opening a FIFO never waits for a writer. O_NOFOLLOW: the checked real path is
// opened, not a link put there since. Both are 0 where the platform lacks them (Windows).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * Folders' real paths, worked out once while many files are read (one load of a cycle): the
 * common case then costs an open, an fstat and a read. Never kept longer than that reading,
 * since folders can be replaced by links between two commands of one process.
 */
export type RealPaths = Map<string, string | null>;

/**
 * A file of the repository at `root`: `path` is relative to it (or absolute). It must be a
 * regular file whose real path lies inside the root's real path.
 */
export function readRepositoryFile(root: string, path: string, limit = MAX_REPOSITORY_FILE_BYTES, realPaths: RealPaths = new Map()): FileRead {
  const realRoot = realPathOf(root, realPaths);
  if (realRoot === null) {
    try {
      realpathSync.native(root);
    } catch (error) {
      return { ok: false, ...problemOf(error) };
    }
  }
  const absolute = isAbsolute(path) ? path : join(root, path);
  return readDirect(absolute, limit, realRoot!, realPaths) ?? readChecked(absolute, limit, realRoot!);
}

/**
 * The usual file, quickly: in a folder whose real path lies inside the repository, and not a
 * link itself (O_NOFOLLOW refuses one), opened by its real path. Anything else (a link, a
 * FIFO, an error) is undefined here and takes the careful path, which says what it is.
 */
function readDirect(absolute: string, limit: number, realRoot: string, realPaths: RealPaths): FileRead | undefined {
  const realDir = realPathOf(dirname(absolute), realPaths);
  if (realDir === null || !isInside(realRoot, realDir)) return undefined;
  const real = join(realDir, basename(absolute));
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return undefined;
    if (opened.size > limit) return tooLarge(opened.size, limit);
    return readAtMost(fd, limit, real, opened.size);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function realPathOf(path: string, realPaths: RealPaths): string | null {
  let real = realPaths.get(path);
  if (real === undefined) {
    try {
      real = realpathSync.native(path);
    } catch {
      real = null;
    }
    realPaths.set(path, real);
  }
  return real;
}

/** A file the user named (`import FILE`, `checkin --from FILE`): anywhere, but a regular file. */
export function readUserFile(path: string, limit = MAX_INPUT_FILE_BYTES): FileRead {
  return readChecked(path, limit, undefined);
}

/** The text of a repository file as UTF-8 (byte order mark kept), undefined when it is absent. */
export function readRepositoryText(root: string, path: string, limit?: number): { text?: string; problem?: FsProblem } {
  const read = readRepositoryFile(root, path, limit);
  if (read.ok) return { text: read.bytes.toString('utf8') };
  return read.reason === 'missing' ? {} : { problem: read };
}

function readChecked(path: string, limit: number, realRoot: string | undefined): FileRead {
  let link: Stats;
  let real: string;
  try {
    link = lstatSync(path);
  } catch (error) {
    return { ok: false, ...problemOf(error) };
  }
  try {
    real = realpathSync.native(path);
  } catch (error) {
    const problem = problemOf(error);
    return { ok: false, ...(link.isSymbolicLink() && problem.reason === 'missing' ? { reason: 'unreadable', message: DANGLING_LINK } : problem) };
  }
  if (realRoot !== undefined && !isInside(realRoot, real)) {
    return { ok: false, reason: 'outside', message: link.isSymbolicLink() ? OUTSIDE_LINK : OUTSIDE_PATH };
  }
  let target: Stats;
  try {
    target = link.isSymbolicLink() ? statSync(real) : link;
  } catch (error) {
    return { ok: false, ...problemOf(error) };
  }
  // Nothing but a regular file is ever opened: opening a device can have effects of its own.
  if (!target.isFile()) return { ok: false, ...notRegular(target) };
  if (target.size > limit) return tooLarge(target.size, limit);

  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, ...problemOf(error) };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { ok: false, ...notRegular(opened) };
    return readAtMost(fd, limit, real);
  } catch (error) {
    return { ok: false, ...problemOf(error) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads to the end, or one byte past the limit to know the file is too large. `expected` (the
 * size fstat gave) sizes the first read, so a file that does not change is read in one call.
 */
function readAtMost(fd: number, limit: number, real: string, expected = 64 * 1024 - 1): FileRead {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let size = Math.min(expected + 1, limit + 1); ; size = Math.min(64 * 1024, limit + 1 - total)) {
    const chunk = Buffer.allocUnsafe(size);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) return tooLarge(total, limit);
    // A regular file reads short only at its end: no read is needed to see it.
    if (n < chunk.length && chunks.length === 1) break;
  }
  return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total), real };
}

function tooLarge(size: number, limit: number): FileRead {
  return { ok: false, reason: 'too-large', size, message: `larger than the ${formatBytes(limit)} okr reads (${formatBytes(size)} or more)` };
}

/**
 * The bytes of a file the user named, or a usage error naming it (`shown`: how the user
 * wrote it, `--from x.csv`). Missing, a folder, a FIFO, too large: each said plainly.
 */
export function readInputBytes(path: string, shown: string, limit = MAX_INPUT_FILE_BYTES): Buffer {
  const read = readUserFile(path, limit);
  if (read.ok) return read.bytes;
  throw new UsageError(`${shown}: ${read.reason === 'missing' ? 'no such file' : read.message}`);
}

/** The same, as UTF-8 text. */
export function readInputText(path: string, shown: string, limit?: number): string {
  return readInputBytes(path, shown, limit).toString('utf8');
}
