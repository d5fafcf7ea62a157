// Lists the files under a folder of the repository without ever leaving it. Entries are
// examined with lstat: a symbolic link to a folder inside the repository is followed once
// (a set of real paths ends loops), one leading out is reported and not entered (`ln -s /
// okrs/2026-Q4/root` must not walk the disk), a dangling one is reported. Anything named
// like a wanted file is listed whatever it is (a folder, a FIFO, a link out): the reader
// refuses it with a message naming the path, so it is reported, never silently skipped.

import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { DANGLING_LINK, errnoOf, isInside, kindOf, problemOf } from './fs-problem.js';

const FILE_NOT_FOLDER = 'a file where a folder of unit files should be';

export interface PathProblem {
  /** Root-relative, forward slashes. */
  path: string;
  message: string;
}

export interface Listing {
  /** Root-relative paths (forward slashes) of the wanted entries, sorted. */
  files: string[];
  problems: PathProblem[];
  /** The folder itself does not exist. */
  missing: boolean;
}

/**
 * Wanted entries under `folder` (root-relative, forward slashes), at any depth. `wanted`
 * sees the entry's name. Nothing here throws for anything the file system can be.
 */
export function listFiles(root: string, folder: string, wanted: (name: string) => boolean): Listing {
  const listing: Listing = { files: [], problems: [], missing: false };
  let realRoot: string;
  try {
    realRoot = realpathSync.native(root);
  } catch (error) {
    listing.problems.push({ path: '.', message: `the repository folder cannot be read: ${problemOf(error).message}` });
    return listing;
  }
  const start = openFolder(root, realRoot, folder, listing);
  if (start === undefined) return listing;
  walk(root, realRoot, folder, start, new Set([start]), wanted, listing);
  listing.files.sort();
  return listing;
}

export interface FolderEntry {
  name: string;
  /** A folder (or a link to one inside the repository), or anything else. */
  folder: boolean;
}

/**
 * The entries of one folder, links resolved as `listFiles` does: a link leading out of the
 * repository or to nothing is a problem, not an entry. Sorted by name.
 */
export function listFolder(root: string, folder: string): { entries: FolderEntry[]; problems: PathProblem[]; missing: boolean } {
  const result = { entries: [] as FolderEntry[], problems: [] as PathProblem[], missing: false };
  let realRoot: string;
  try {
    realRoot = realpathSync.native(root);
  } catch {
    return result;
  }
  const listing: Listing = { files: [], problems: result.problems, missing: false };
  const real = openFolder(root, realRoot, folder, listing);
  result.missing = listing.missing;
  if (real === undefined) return result;
  let names: string[];
  try {
    names = readdirSync(real).sort();
  } catch (error) {
    result.problems.push({ path: folder, message: `cannot be listed: ${problemOf(error).message}` });
    return result;
  }
  for (const name of names) {
    let stats: Stats;
    try {
      stats = lstatSync(join(real, name));
      if (stats.isSymbolicLink()) {
        if (name.startsWith('.#')) continue;
        const target = realpathSync.native(join(real, name));
        if (!isInside(realRoot, target)) {
          result.problems.push({ path: `${folder}/${name}`, message: 'a symbolic link leading outside the repository; it is not followed, and nothing under it is read' });
          continue;
        }
        stats = statSync(target);
      }
    } catch (error) {
      if (errnoOf(error) === 'ENOENT' && lstatSync(join(real, name), { throwIfNoEntry: false })?.isSymbolicLink()) {
        result.problems.push({ path: `${folder}/${name}`, message: DANGLING_LINK });
      }
      continue;
    }
    result.entries.push({ name, folder: stats.isDirectory() });
  }
  return result;
}

/** The real path of the folder to list, or undefined (with the reason recorded) when there is none. */
function openFolder(root: string, realRoot: string, folder: string, listing: Listing): string | undefined {
  let real: string;
  try {
    real = realpathSync.native(join(root, folder));
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT') {
      listing.missing = true;
    } else if (code === 'ENOTDIR') {
      const file = firstFileOnPath(root, folder);
      listing.problems.push({ path: file, message: FILE_NOT_FOLDER });
    } else {
      listing.problems.push({ path: folder, message: `cannot be listed: ${problemOf(error).message}` });
    }
    return undefined;
  }
  if (!isInside(realRoot, real)) {
    listing.problems.push({ path: folder, message: 'leads outside the repository through a symbolic link; it is not read' });
    return undefined;
  }
  let stats: Stats;
  try {
    stats = statSync(real);
  } catch (error) {
    listing.problems.push({ path: folder, message: `cannot be listed: ${problemOf(error).message}` });
    return undefined;
  }
  if (!stats.isDirectory()) {
    listing.problems.push({ path: folder, message: stats.isFile() ? FILE_NOT_FOLDER : `${kindOf(stats)} where a folder should be` });
    return undefined;
  }
  return real;
}

function walk(root: string, realRoot: string, folder: string, real: string, visited: Set<string>, wanted: (name: string) => boolean, listing: Listing): void {
  let names: string[];
  try {
    names = readdirSync(real).sort();
  } catch (error) {
    listing.problems.push({ path: folder, message: `cannot be listed: ${problemOf(error).message}` });
    return;
  }
  for (const name of names) {
    const path = `${folder}/${name}`;
    let stats: Stats;
    try {
      stats = lstatSync(join(real, name));
    } catch {
      continue; // Gone since it was listed.
    }
    const isWanted = wanted(name);
    if (stats.isDirectory()) {
      // A folder named like a unit file is listed too: the reader says what it is.
      if (isWanted) listing.files.push(path);
      enter(root, realRoot, path, join(real, name), visited, wanted, listing);
    } else if (stats.isSymbolicLink()) {
      followLink(root, realRoot, path, join(real, name), name, visited, wanted, listing);
    } else if (isWanted) {
      listing.files.push(path);
    }
  }
}

function enter(root: string, realRoot: string, path: string, real: string, visited: Set<string>, wanted: (name: string) => boolean, listing: Listing): void {
  if (visited.has(real)) return;
  visited.add(real);
  walk(root, realRoot, path, real, visited, wanted, listing);
}

function followLink(root: string, realRoot: string, path: string, linkPath: string, name: string, visited: Set<string>, wanted: (name: string) => boolean, listing: Listing): void {
  // Emacs marks a file being edited with a dangling link `.#name`: not the user's file.
  if (name.startsWith('.#')) return;
  let target: string;
  try {
    target = realpathSync.native(linkPath);
  } catch (error) {
    if (wanted(name)) listing.files.push(path);
    else listing.problems.push({ path, message: errnoOf(error) === 'ENOENT' ? DANGLING_LINK : `a symbolic link that cannot be followed: ${problemOf(error).message}` });
    return;
  }
  if (!isInside(realRoot, target)) {
    if (wanted(name)) listing.files.push(path);
    else listing.problems.push({ path, message: 'a symbolic link leading outside the repository; it is not followed, and nothing under it is read' });
    return;
  }
  let stats: Stats;
  try {
    stats = statSync(target);
  } catch {
    return;
  }
  if (stats.isDirectory()) enter(root, realRoot, path, target, visited, wanted, listing);
  else if (wanted(name)) listing.files.push(path);
}

/** The first part of `folder` that is not a folder (`okrs` when okrs is a file). */
function firstFileOnPath(root: string, folder: string): string {
  const parts = folder.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const path = parts.slice(0, i).join('/');
    try {
      if (!statSync(join(root, path)).isDirectory()) return path;
    } catch {
      return path;
    }
  }
  return folder;
}
