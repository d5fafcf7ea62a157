// A revision's files held in memory, read as the working tree is (file-source.ts): the same
// size limit, the same listing, and what is not a regular file (a symbolic link, a submodule)
// named where it stands, never followed, since a revision has no disk to follow it on. The
// bytes sit in one SharedArrayBuffer, so loading threads read them without a copy.

import { join } from 'node:path';
import { formatBytes } from './fs-problem.js';
import type { FileSource, FolderCheck, FolderListing } from './file-source.js';
import type { Listing, PathProblem } from './list-files.js';
import type { FileRead } from './read-file.js';

export interface StoredTree {
  /** The commit the files come from. */
  commit: string;
  /** Every regular file's bytes, one after another. */
  bytes: SharedArrayBuffer;
  /** Path (relative to the root, forward slashes) → [offset, length] in `bytes`. */
  files: Map<string, [number, number]>;
  /** Entries that are not regular files: path → what it is ("a symbolic link in this revision"). */
  others: Map<string, string>;
}

/** The files and other entries of a revision, packed for sharing. */
export function storeTree(commit: string, files: readonly { path: string; bytes: Uint8Array }[], others: readonly { path: string; message: string }[]): StoredTree {
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  const bytes = new SharedArrayBuffer(total);
  const view = new Uint8Array(bytes);
  const index = new Map<string, [number, number]>();
  let offset = 0;
  for (const file of files) {
    view.set(file.bytes, offset);
    index.set(file.path, [offset, file.bytes.length]);
    offset += file.bytes.length;
  }
  return { commit, bytes, files: index, others: new Map(others.map(({ path, message }) => [path, message])) };
}

const FILE_NOT_FOLDER = 'a file where a folder of unit files should be';
const NOT_ENTERED = 'it is not followed, and nothing under it is read';

type Kind = 'file' | 'folder' | 'other';

export function treeSource(tree: StoredTree, root: string): FileSource {
  let folders: Map<string, Map<string, Kind>> | undefined;
  // Folders exist in git only as the paths of what they hold.
  const foldersOf = () => {
    if (folders) return folders;
    folders = new Map([['', new Map()]]);
    const add = (path: string, kind: Kind) => {
      const parts = path.split('/');
      for (let i = 0; i < parts.length; i++) {
        const parent = parts.slice(0, i).join('/');
        let entries = folders!.get(parent);
        if (!entries) folders!.set(parent, (entries = new Map()));
        entries.set(parts[i], i === parts.length - 1 ? kind : 'folder');
      }
    };
    for (const path of tree.files.keys()) add(path, 'file');
    for (const path of tree.others.keys()) add(path, 'other');
    return folders;
  };
  const kindOf = (path: string): Kind | undefined => {
    if (tree.files.has(path)) return 'file';
    if (tree.others.has(path)) return 'other';
    return foldersOf().has(path) ? 'folder' : undefined;
  };
  /** A link or file on the way to `path` (not `path` itself): what stops the way there. */
  const blockedAt = (path: string): string | undefined => {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      const kind = kindOf(prefix);
      if (kind === 'file' || kind === 'other') return prefix;
    }
    return undefined;
  };
  /** Why a folder cannot be entered: a problem at the path that stops it, or missing. */
  const openFolder = (folder: string): { problem?: PathProblem; missing?: boolean } => {
    const blocked = blockedAt(folder) ?? (kindOf(folder) === 'folder' || kindOf(folder) === undefined ? undefined : folder);
    if (blocked !== undefined) {
      const other = tree.others.get(blocked);
      return { problem: { path: blocked, message: other === undefined ? FILE_NOT_FOLDER : `${other}; ${NOT_ENTERED}` } };
    }
    return foldersOf().has(folder) ? {} : { missing: true };
  };

  return {
    root,
    commit: tree.commit,
    spec: { root, tree },
    readFile(path: string, limit: number): FileRead {
      const at = tree.files.get(path);
      if (at) {
        const [offset, length] = at;
        if (length > limit) return { ok: false, reason: 'too-large', size: length, message: `larger than the ${formatBytes(limit)} okr reads (${formatBytes(length)})` };
        // A copy: text decoders refuse views of shared memory.
        return { ok: true, bytes: Buffer.from(new Uint8Array(tree.bytes, offset, length)), real: join(root, path) };
      }
      const other = tree.others.get(path);
      if (other !== undefined) return { ok: false, reason: 'not-regular', message: other };
      if (kindOf(path) === 'folder') return { ok: false, reason: 'not-regular', message: 'a folder, not a regular file' };
      const blocked = blockedAt(path);
      if (blocked !== undefined && tree.others.has(blocked)) {
        return { ok: false, reason: 'not-regular', message: `on a path through ${blocked}, ${tree.others.get(blocked)}; okr does not follow it` };
      }
      return { ok: false, reason: 'missing', message: 'no such file or folder' };
    },
    listFiles(folder: string, wanted: (name: string) => boolean): Listing {
      const listing: Listing = { files: [], problems: [], missing: false };
      const opened = openFolder(folder);
      if (opened.problem) listing.problems.push(opened.problem);
      if (opened.missing) listing.missing = true;
      if (opened.problem || opened.missing) return listing;
      const walk = (path: string) => {
        for (const [name, kind] of foldersOf().get(path) ?? []) {
          const child = `${path}/${name}`;
          // Anything named like a wanted file is listed, whatever it is: the reader says what.
          if (wanted(name)) listing.files.push(child);
          if (kind === 'folder') walk(child);
          else if (kind === 'other' && !wanted(name)) listing.problems.push({ path: child, message: `${tree.others.get(child)}; ${NOT_ENTERED}` });
        }
      };
      walk(folder);
      listing.files.sort();
      listing.problems.sort((a, b) => (a.path < b.path ? -1 : 1));
      return listing;
    },
    listFolder(folder: string): FolderListing {
      const listing: FolderListing = { entries: [], problems: [], missing: false };
      const opened = openFolder(folder);
      if (opened.problem) listing.problems.push(opened.problem);
      if (opened.missing) listing.missing = true;
      if (opened.problem || opened.missing) return listing;
      const names = [...foldersOf().get(folder) ?? []].sort(([a], [b]) => (a < b ? -1 : 1));
      for (const [name, kind] of names) {
        const path = `${folder}/${name}`;
        if (kind === 'other') listing.problems.push({ path, message: `${tree.others.get(path)}; ${NOT_ENTERED}` });
        else listing.entries.push({ name, folder: kind === 'folder' });
      }
      return listing;
    },
    checkFolder(folder: string): FolderCheck {
      const blocked = blockedAt(folder) ?? folder;
      const kind = kindOf(blocked);
      if (kind === undefined) return { ok: false, reason: 'missing' };
      if (kind === 'folder') return { ok: true };
      const what = kind === 'file' ? 'a file, not a folder' : tree.others.get(blocked)!;
      const where = `revision ${tree.commit.slice(0, 12)}`;
      return { ok: false, reason: 'other', message: blocked === folder ? `is ${what} (${where})` : `cannot be reached in ${where}: ${blocked} is ${what}` };
    },
  };
}
