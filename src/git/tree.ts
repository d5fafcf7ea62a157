// The files of a revision, read from git's objects: one `git ls-tree` for the paths and one
// `git cat-file --batch` for their contents. Nothing is extracted to disk (no `git archive`,
// no tar, no time stamps from the future), and what a tree holds that is not a regular file
// (a symbolic link, a submodule) is said, not followed: in a revision, as in a working tree,
// only regular files inside the repository are read.

import { openBlobReader } from './history-blobs.js';
import { GitError, gitRaw, type GitEnv } from './git.js';

export interface TreeFile {
  /** Relative to the folder the tree was read for, forward slashes. */
  path: string;
  /** The bytes as stored: the reader checks their encoding as it does a file's. */
  bytes: Buffer;
}

export interface TreeProblem {
  path: string;
  message: string;
}

export interface RevisionTree {
  commit: string;
  files: TreeFile[];
  /** Entries that are not regular files: links and submodules, named. */
  problems: TreeProblem[];
}

/** Git's object modes: 100644/100755 files, 120000 links, 160000 submodules (gitlinks). */
const REGULAR = /^100(?:644|755)$/;

/**
 * Every wanted regular file under `paths` (relative to `cwd`, which may be a subfolder of the
 * repository) at `commit`, a full commit hash (revision.ts resolves what the user gave), and
 * every entry there that is not a regular file.
 */
export async function readTree(cwd: string, commit: string, paths: string[], wanted: (path: string) => boolean, env: GitEnv): Promise<RevisionTree> {
  // Without --full-tree, ls-tree lists paths relative to cwd, as the working tree has them.
  const listed = await gitRaw(['-c', 'core.quotePath=false', '--literal-pathspecs', 'ls-tree', '-r', '-z', commit, '--', ...paths], { cwd, env });
  if (listed.code !== 0) throw new GitError(`cannot read ${commit.slice(0, 12)}: ${listed.stderr.trim().split('\n')[0] ?? 'git ls-tree failed'}`);
  const blobs: { path: string; id: string }[] = [];
  const problems: TreeProblem[] = [];
  for (const entry of listed.stdout.split('\0')) {
    if (entry === '') continue;
    const tab = entry.indexOf('\t');
    const [mode, , id] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    // What is not a regular file is named whatever its name: a link may stand for a folder.
    if (REGULAR.test(mode)) {
      if (wanted(path)) blobs.push({ path, id });
    } else problems.push({ path, message: mode === '120000' ? 'a symbolic link in this revision; okr reads only regular files' : 'not a regular file in this revision (a submodule)' });
  }
  const reader = openBlobReader(cwd, env);
  try {
    const replies = await reader.readAll(blobs.map((blob) => blob.id));
    const files = blobs.flatMap((blob, i) => (replies[i] ? [{ path: blob.path, bytes: replies[i]!.bytes }] : []));
    return { commit, files, problems };
  } finally {
    reader.close();
  }
}
