// Lists the files under a folder of the repository without ever leaving it. Entries are
// examined with lstat: a symbolic link to a folder inside the repository is followed once
// (a set of real paths ends loops), one leading out is reported and not entered (`ln -s /
// okrs/2026-Q4/root` must not walk the disk), a dangling one is reported. Anything named
// like a wanted file is listed whatever it is (a folder, a FIFO, a link out): the reader
// refuses it with a message naming the path, so it is reported, never silently skipped.

import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DANGLING_LINK, errnoOf, isInside, kindOf, problemOf } from './fs-problem.js';

const FILE_NOT_FOLDER = 'a file where a folder of unit files should be';
const LINK_OUT = 'a symbolic link leading outside the repository; it is not followed, and nothing under it is read';

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
  const start = openFolder(root, folder, listing);
  if (start === undefined) return listing;
  walk({ realRoot: start.realRoot, visited: new Set([start.real]), wanted, listing }, folder, start.real);
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
  const listing: Listing = { files: [], problems: [], missing: false };
  const entries: FolderEntry[] = [];
  const start = openFolder(root, folder, listing);
  for (const name of start ? namesIn(start.real, folder, listing) : []) {
    const entry = examine(start!.realRoot, start!.real, name);
    if (entry.kind === 'broken') listing.problems.push({ path: `${folder}/${name}`, message: entry.message });
    else if (entry.kind !== 'skip') entries.push({ name, folder: entry.kind === 'folder' });
  }
  return { entries, problems: listing.problems, missing: listing.missing };
}

interface Walk {
  realRoot: string;
  /** Real paths of the folders entered: a link back to one of them ends there. */
  visited: Set<string>;
  wanted: (name: string) => boolean;
  listing: Listing;
}

function walk(context: Walk, folder: string, real: string): void {
  for (const name of namesIn(real, folder, context.listing)) {
    const path = `${folder}/${name}`;
    const entry = examine(context.realRoot, real, name);
    const isWanted = context.wanted(name);
    if (entry.kind === 'folder') {
      // A folder named like a unit file is listed too: the reader says what it is.
      if (isWanted) context.listing.files.push(path);
      if (!context.visited.has(entry.real)) {
        context.visited.add(entry.real);
        walk(context, path, entry.real);
      }
    } else if (entry.kind !== 'skip') {
      // A link named like a unit file that leads out or to nothing is listed: the reader refuses it.
      if (isWanted) context.listing.files.push(path);
      else if (entry.kind === 'broken') context.listing.problems.push({ path, message: entry.message });
    }
  }
}

/** What an entry of a folder is, its links followed only as far as the repository goes. */
type Entry =
  | { kind: 'folder'; real: string }
  | { kind: 'file' }
  | { kind: 'broken'; message: string }
  | { kind: 'skip' };

function examine(realRoot: string, realFolder: string, name: string): Entry {
  const path = join(realFolder, name);
  let stats = lstatSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return { kind: 'skip' }; // Gone since it was listed.
  let real = path;
  if (stats.isSymbolicLink()) {
    // Emacs marks a file being edited with a dangling link `.#name`: not the user's file.
    if (name.startsWith('.#')) return { kind: 'skip' };
    try {
      real = realpathSync.native(path);
      stats = statSync(real);
    } catch (error) {
      return { kind: 'broken', message: errnoOf(error) === 'ENOENT' ? DANGLING_LINK : `a symbolic link that cannot be followed: ${problemOf(error).message}` };
    }
    if (!isInside(realRoot, real)) return { kind: 'broken', message: LINK_OUT };
  }
  return stats.isDirectory() ? { kind: 'folder', real } : { kind: 'file' };
}

function namesIn(real: string, folder: string, listing: Listing): string[] {
  try {
    return readdirSync(real).sort();
  } catch (error) {
    listing.problems.push({ path: folder, message: `cannot be listed: ${problemOf(error).message}` });
    return [];
  }
}

/** The real path of the folder to list, or undefined (with the reason recorded) when there is none. */
function openFolder(root: string, folder: string, listing: Listing): { real: string; realRoot: string } | undefined {
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync.native(root);
    real = realpathSync.native(join(root, folder));
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT') listing.missing = true;
    else if (code === 'ENOTDIR') listing.problems.push({ path: firstFileOnPath(root, folder), message: FILE_NOT_FOLDER });
    else listing.problems.push({ path: folder, message: `cannot be listed: ${problemOf(error).message}` });
    return undefined;
  }
  if (!isInside(realRoot, real)) {
    listing.problems.push({ path: folder, message: 'leads outside the repository through a symbolic link; it is not read' });
    return undefined;
  }
  const stats = statSync(real, { throwIfNoEntry: false });
  if (stats === undefined) {
    listing.missing = true;
    return undefined;
  }
  if (!stats.isDirectory()) {
    listing.problems.push({ path: folder, message: stats.isFile() ? FILE_NOT_FOLDER : `${kindOf(stats)} where a folder should be` });
    return undefined;
  }
  return { real, realRoot };
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
