// Where the repository holding a folder is, read from the files git itself reads, without
// starting git: every command asks, and in a CI job or a test a process costs more than the
// whole answer. Only the plain case is answered here (a `.git` folder above the folder, loose
// or packed refs, the folder's owner running okr); anything else (GIT_DIR and its kin, a
// `.git` file of a worktree or submodule, core.worktree, another ref storage, a folder owned
// by someone else, a file-system boundary on the way) returns undefined, and git is asked.
// test/git/repo-discovery.test.ts holds the answers to `git rev-parse`'s in each case.

import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { readUserFile } from '../fs/read-file.js';
import type { GitEnv } from './git.js';

export interface DiscoveredRepo {
  top: string;
  gitDir: string;
  /** The commit HEAD points at, or null before the first commit. */
  head: string | null;
  shallow: boolean;
}

/** Variables that change where git looks or what it finds: with any of them, git is asked. */
const DISCOVERY_VARIABLES = [
  'GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_OBJECT_DIRECTORY', 'GIT_NAMESPACE', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT',
];

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * The repository holding `cwd` as git would find it, null when git would find none, or
 * undefined when only git can tell.
 */
export function discoverRepo(cwd: string, env: GitEnv): DiscoveredRepo | null | undefined {
  if (DISCOVERY_VARIABLES.some((name) => env[name] !== undefined)) return undefined;
  const uid = process.geteuid?.();
  if (uid === undefined) return undefined;
  let dir: string;
  try {
    dir = realpathSync(cwd);
  } catch {
    return undefined;
  }
  const device = statOrNull(dir)?.dev;
  for (;;) {
    // Past a mount point git stops looking (GIT_DISCOVERY_ACROSS_FILESYSTEM): finding a
    // repository there is for git to judge; finding none is the same answer either way.
    const crossed = statOrNull(dir)?.dev !== device;
    const dotGit = lstatOrNull(join(dir, '.git'));
    if (dotGit?.isFile() || dotGit?.isSymbolicLink()) return undefined; // a worktree, a submodule: git knows
    if (dotGit?.isDirectory() && isGitDir(join(dir, '.git'))) return crossed ? undefined : readPlainRepo(dir, uid);
    if (isGitDir(dir)) return undefined; // inside a bare repository or a .git folder
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** What git's is_git_directory() asks: HEAD, objects/ and refs/ (or a commondir). */
function isGitDir(dir: string): boolean {
  return lstatOrNull(join(dir, 'HEAD'))?.isFile() === true
    && (statOrNull(join(dir, 'objects'))?.isDirectory() === true || lstatOrNull(join(dir, 'commondir')) !== null)
    && statOrNull(join(dir, 'refs'))?.isDirectory() === true;
}

function readPlainRepo(top: string, uid: number): DiscoveredRepo | undefined {
  const gitDir = join(top, '.git');
  // Owned by someone else, git refuses it unless safe.directory says otherwise.
  if (statOrNull(top)?.uid !== uid || statOrNull(gitDir)?.uid !== uid) return undefined;
  if (lstatOrNull(join(gitDir, 'commondir')) !== null) return undefined;
  const config = readText(join(gitDir, 'config'));
  // A work tree set elsewhere, extensions (another ref storage), includes: git knows.
  if (config === undefined || /^\s*(?:worktree|\[extensions|\[include)/im.test(config)) return undefined;
  // core.bare set true in any of git's spellings (a bare key alone means true).
  const bare = /^\s*bare\s*(?:=\s*(\S*))?\s*$/im.exec(config);
  if (bare && !/^(?:false|no|off|0)$/i.test(bare[1] ?? 'true')) return undefined;
  const head = resolveHead(gitDir);
  if (head === undefined) return undefined;
  // Git calls a repository shallow when the file is there at all, even empty.
  const shallow = lstatOrNull(join(gitDir, 'shallow'));
  if (shallow !== null && !shallow.isFile()) return undefined;
  return { top, gitDir, head, shallow: shallow !== null };
}

/** HEAD's commit: a detached id, or a branch's loose or packed ref; null on an unborn branch. */
function resolveHead(gitDir: string): string | null | undefined {
  const head = readText(join(gitDir, 'HEAD'), 512)?.trim();
  if (head === undefined) return undefined;
  if (OBJECT_ID.test(head)) return head;
  const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
  if (ref === undefined || ref.split('/').some((part) => part === '..' || part === '')) return undefined;
  const loose = lstatOrNull(join(gitDir, ref));
  if (loose?.isFile()) {
    const id = readText(join(gitDir, ref), 512)?.trim();
    return id !== undefined && OBJECT_ID.test(id) ? id : undefined; // a symbolic ref: git knows
  }
  if (loose) return undefined;
  const packed = readText(join(gitDir, 'packed-refs'));
  if (packed === undefined) return null;
  for (const line of packed.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0 && line.slice(space + 1) === ref && OBJECT_ID.test(line.slice(0, space))) return line.slice(0, space);
  }
  return null;
}

/** A regular file's text (not through a link), or undefined when it is anything else or larger than `limit`. */
function readText(path: string, limit = 4 * 1024 * 1024): string | undefined {
  if (lstatOrNull(path)?.isFile() !== true) return undefined;
  const read = readUserFile(path, limit);
  return read.ok ? read.bytes.toString('utf8') : undefined;
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
