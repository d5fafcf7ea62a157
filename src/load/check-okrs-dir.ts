// `okrsDir` is where every unit file lives. A folder that is not there, is a file, or lies
// outside the repository would let `okr validate` say "no problems" about files it never
// read, or read files that are not the repository's: each is a configuration error.

import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative, sep, win32 } from 'node:path';
import type { Finding } from '../model.js';

/** `./okrs/`, `okrs//` and `okrs` are one folder: compare and join with one spelling. */
export function normaliseOkrsDir(dir: string): string {
  return posix.normalize(dir.split('\\').join('/')).replace(/(.)\/+$/, '$1');
}

export interface OkrsDirChecks {
  /**
   * No error when the folder is missing: a revision extracted from git has none where it had
   * no file yet, and a command that writes unit files creates it.
   */
  mayBeMissing?: boolean;
}

export function checkOkrsDir(root: string, written: string | undefined, file: string, checks: OkrsDirChecks = {}): Finding[] {
  const dir = normaliseOkrsDir(written ?? 'okrs');
  const name = written === undefined ? `okrsDir '${dir}' (the default)` : `okrsDir '${written}'`;
  const refuse = (message: string): Finding[] => [{ file, path: ['okrsDir'], message: `${name} ${message}`, severity: 'error', rule: 'config' }];
  if (isAbsolute(dir) || win32.isAbsolute(dir)) return refuse('is an absolute path; give the folder relative to the config file, inside the repository');
  if (dir === '..' || dir.startsWith('../')) return refuse(`leaves the repository (${root}); unit files must live inside it`);
  const rootItself = 'is the repository root itself; keep the cycle folders in a folder of their own (okrs)';
  if (dir === '.') return refuse(rootItself);
  const path = join(root, dir);
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return checks.mayBeMissing ? [] : refuse(`does not exist (${path}); create it, or correct okrsDir`);
    return refuse(`cannot be read (${path}: ${code ?? (error as Error).message})`);
  }
  if (!stat.isDirectory()) return refuse(`is not a folder (${path}); it must be the folder holding one folder per cycle`);
  // A symbolic link may point anywhere: what counts is where the folder really is.
  const real = relative(realpathSync(root), realpathSync(path));
  if (real === '') return refuse(rootItself);
  if (real === '..' || real.startsWith(`..${sep}`) || isAbsolute(real)) return refuse(`leads outside the repository (to ${realpathSync(path)}); unit files must live inside it`);
  return [];
}
