// Where the loader reads a repository's files from: the working tree on disk, or a revision's
// tree held in memory (tree-source.ts). Both answer the same four questions with the same
// checks and the same words, so every command loads a revision exactly as it loads the
// working tree, and nothing is extracted to disk to get there.

import { realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { errnoOf, isInside } from './fs-problem.js';
import { listFiles, listFolder, type FolderEntry, type Listing, type PathProblem } from './list-files.js';
import { readRepositoryFile, type FileRead, type RealPaths } from './read-file.js';
import { treeSource, type StoredTree } from './tree-source.js';

export interface FolderListing {
  entries: FolderEntry[];
  problems: PathProblem[];
  missing: boolean;
}

/** What a folder the config names (okrsDir) is: a folder inside the repository, or why not. */
export type FolderCheck =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'root-itself' }
  /** `message` follows the folder's name: "is not a folder (/repo/okrs)". */
  | { ok: false; reason: 'other'; message: string };

export interface FileSource {
  /** The repository root on disk: paths are relative to it, and absolute paths joined to it. */
  root: string;
  /** A revision's source: the commit its files come from. */
  commit?: string;
  /** A regular file inside the repository, at most `limit` bytes; never an exception. */
  readFile(path: string, limit: number, realPaths?: RealPaths): FileRead;
  /** Wanted entries under a folder, at any depth (list-files.ts says what is listed). */
  listFiles(folder: string, wanted: (name: string) => boolean): Listing;
  /** The entries of one folder. */
  listFolder(folder: string): FolderListing;
  checkFolder(folder: string): FolderCheck;
  /** What a loading thread needs to open the same source (structured-cloneable). */
  spec: SourceSpec;
}

/** A source as it crosses to a worker thread: a tree's bytes travel in shared memory. */
export type SourceSpec = { root: string; tree?: StoredTree };

/** A root folder given as a path means the working tree there. */
export type FilesOrRoot = FileSource | string;

export function filesOf(place: FilesOrRoot): FileSource {
  return typeof place === 'string' ? workingTree(place) : place;
}

export function sourceFromSpec(spec: SourceSpec): FileSource {
  return spec.tree ? treeSource(spec.tree, spec.root) : workingTree(spec.root);
}

export function workingTree(root: string): FileSource {
  return {
    root,
    readFile: (path, limit, realPaths) => readRepositoryFile(root, path, limit, realPaths),
    listFiles: (folder, wanted) => listFiles(root, folder, wanted),
    listFolder: (folder) => listFolder(root, folder),
    checkFolder: (folder) => checkDiskFolder(root, folder),
    spec: { root },
  };
}

/** A folder on disk: there, a folder, and (links followed) inside the repository but not its root. */
function checkDiskFolder(root: string, folder: string): FolderCheck {
  const path = join(root, folder);
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
    return { ok: false, reason: 'other', message: `cannot be read (${path}: ${code ?? (error as Error).message})` };
  }
  if (!stat.isDirectory()) return { ok: false, reason: 'other', message: `is not a folder (${path}); it must be the folder holding one folder per cycle` };
  // A symbolic link may point anywhere: what counts is where the folder really is.
  const realRoot = realpathSync(root);
  const real = realpathSync(path);
  if (real === realRoot) return { ok: false, reason: 'root-itself' };
  if (!isInside(realRoot, real)) return { ok: false, reason: 'other', message: `leads outside the repository (to ${real}); unit files must live inside it` };
  return { ok: true };
}
