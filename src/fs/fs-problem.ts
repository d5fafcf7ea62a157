// What is wrong with a path, in words a person can act on: every errno the file system can
// give, and every kind of file okr will neither read nor replace. Messages name what the path
// is, never what it holds, so nothing of a file outside the repository reaches the output.

import type { Stats } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/** Why a path could not be read or written: `missing` is often not an error for the caller. */
export type ProblemReason = 'missing' | 'not-regular' | 'outside' | 'too-large' | 'unreadable';

export interface FsProblem {
  reason: ProblemReason;
  /** A phrase that follows the path: `okrs/x.yaml: ${message}`. */
  message: string;
}

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'a folder, not a file',
  ENOTDIR: 'a part of its path is a file, not a folder',
  ELOOP: 'too many levels of symbolic links (a link loop)',
  ENAMETOOLONG: 'the name is too long',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  EIO: 'an input/output error',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  EFBIG: 'the file is too large',
  EEXIST: 'something else appeared there meanwhile',
};

/** The errno of a failed fs call, or undefined for anything else (a bug of ours). */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** A failed fs call as a problem; anything that is not an fs error is thrown on. */
export function problemOf(error: unknown): FsProblem {
  const code = errnoOf(error);
  if (code === undefined) throw error;
  if (code === 'ENOENT') return { reason: 'missing', message: ERRNO.ENOENT };
  if (code === 'EISDIR') return { reason: 'not-regular', message: ERRNO.EISDIR };
  return { reason: 'unreadable', message: ERRNO[code] ?? `the file system says ${code}` };
}

/** What a path is when it is not a regular file, as a noun phrase. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'a special file';
}

export function notRegular(stats: Stats, what = 'a regular file'): FsProblem {
  return { reason: 'not-regular', message: `${kindOf(stats)}, not ${what}` };
}

/** Whether `real` is `realRoot` or inside it; both must be real paths (no links). */
export function isInside(realRoot: string, real: string): boolean {
  const rel = relative(realRoot, real);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export const OUTSIDE_LINK = 'a symbolic link leading outside the repository; okr reads and writes only files inside it';
export const OUTSIDE_PATH = 'outside the repository (a folder on its path is a symbolic link leading out of it)';
export const DANGLING_LINK = 'a symbolic link to nothing (its target does not exist)';

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
