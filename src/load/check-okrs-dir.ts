// `okrsDir` is where every unit file lives. A folder that is not there, is a file, or lies
// outside the repository would let `okr validate` say "no problems" about files it never
// read, or read files that are not the repository's: each is a configuration error.

import { isAbsolute, join, posix, win32 } from 'node:path';
import { filesOf, type FilesOrRoot } from '../fs/file-source.js';
import type { Finding } from '../model.js';

/** `./okrs/`, `okrs//` and `okrs` are one folder: compare and join with one spelling. */
export function normaliseOkrsDir(dir: string): string {
  return posix.normalize(dir.split('\\').join('/')).replace(/(.)\/+$/, '$1');
}

export interface OkrsDirChecks {
  /**
   * No error when the folder is missing: a revision read from git has none where it had
   * no file yet, and a command that writes unit files creates it.
   */
  mayBeMissing?: boolean;
}

export function checkOkrsDir(place: FilesOrRoot, written: string | undefined, file: string, checks: OkrsDirChecks = {}): Finding[] {
  const files = filesOf(place);
  const dir = normaliseOkrsDir(written ?? 'okrs');
  const name = written === undefined ? `okrsDir '${dir}' (the default)` : `okrsDir '${written}'`;
  const refuse = (message: string): Finding[] => [{ file, path: ['okrsDir'], message: `${name} ${message}`, severity: 'error', rule: 'config' }];
  if (isAbsolute(dir) || win32.isAbsolute(dir)) return refuse('is an absolute path; give the folder relative to the config file, inside the repository');
  if (dir === '..' || dir.startsWith('../')) return refuse(`leaves the repository (${files.root}); unit files must live inside it`);
  const rootItself = 'is the repository root itself; keep the cycle folders in a folder of their own (okrs)';
  if (dir === '.') return refuse(rootItself);
  const found = files.checkFolder(dir);
  if (found.ok) return [];
  if (found.reason === 'other') return refuse(found.message);
  if (found.reason === 'root-itself') return refuse(rootItself);
  return checks.mayBeMissing ? [] : refuse(`does not exist (${join(files.root, dir)}); create it, or correct okrsDir`);
}
