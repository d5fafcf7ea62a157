// The files of the repository as it stood at a revision (--at, --base, okr diff BASE HEAD),
// read from git's objects into memory (src/git/tree.ts, src/fs/tree-source.ts): the config,
// the OKR folder and the people file, and nothing else. Nothing is extracted to disk, so no
// tar, no temporary folder, no time stamps from the future, and a link in the revision is
// named rather than followed.

import { posix } from 'node:path';
import type { FileSource } from '../fs/file-source.js';
import { storeTree, treeSource } from '../fs/tree-source.js';
import { GitError } from '../git/git.js';
import { resolveRevisionOrDate } from '../git/revision.js';
import { readTree, type TreeFile, type TreeProblem } from '../git/tree.js';
import { normaliseOkrsDir } from '../load/check-okrs-dir.js';
import { peopleFilePath } from '../load/load-people.js';
import { parseYaml } from '../load/yaml/parse.js';
import { isYamlFile } from '../load/yaml-files.js';
import type { Repository, Revision } from './repository.js';

export interface RevisionFiles {
  revision: Revision;
  files: FileSource;
  /** The config file is there (as a file or as something okr will refuse to read). */
  hasConfig: boolean;
}

export async function readRevisionFiles(current: Repository, rev: string, flag: string): Promise<RevisionFiles> {
  const state = await current.gitState();
  if (!state) throw new GitError(`${flag} needs a git repository, and ${current.checkout} is not in one`);
  if (!state.head) throw new GitError('this repository has no commits yet');
  const { commit, date } = await resolveRevisionOrDate(current.checkout, rev, flag, current.env);
  const read = async (paths: string[]) => {
    const wanted = new Set(paths);
    return readTree(current.checkout, commit, paths, (path) => wanted.has(path) || isYamlFile(path), current.env);
  };
  // The folders today's config names, which are nearly always the revision's too.
  const asked = [current.configFile, ...insideOnly([current.config.okrsDir, ...peopleFileOf(current.configFile, current.configSource.data)])];
  const first = await read(asked);
  const files: TreeFile[] = [...first.files];
  const others: TreeProblem[] = [...first.problems];
  const config = first.files.find((file) => file.path === current.configFile);
  if (config) {
    const more = pathsNamedBy(current.configFile, config.bytes).filter((path) => !asked.some((done) => path === done || path.startsWith(`${done}/`)));
    if (more.length > 0) {
      const second = await read(more);
      files.push(...second.files);
      others.push(...second.problems);
    }
  }
  const hasConfig = config !== undefined || others.some((other) => other.path === current.configFile);
  return { revision: { label: rev, commit, date }, files: treeSource(storeTree(commit, files, others), current.root), hasConfig };
}

/** The OKR folder and people file a config names, where they are paths inside the repository. */
function pathsNamedBy(configFile: string, bytes: Buffer): string[] {
  const parsed = parseYaml(bytes.toString('utf8'), configFile);
  if (!parsed.ok || typeof parsed.data !== 'object' || parsed.data === null) return [];
  const doc = parsed.data as { okrsDir?: unknown };
  const okrsDir = typeof doc.okrsDir === 'string' ? normaliseOkrsDir(doc.okrsDir) : 'okrs';
  // What leaves the repository is refused by the config's checks, not looked for here.
  return insideOnly([okrsDir, ...peopleFileOf(configFile, doc)]);
}

function insideOnly(paths: string[]): string[] {
  return paths.filter((path) => path !== '.' && path !== '..' && !path.startsWith('../') && !posix.isAbsolute(path));
}

function peopleFileOf(configFile: string, doc: unknown): string[] {
  const people = (doc as { people?: unknown } | undefined)?.people;
  if (typeof people !== 'string') return [];
  const dir = posix.dirname(configFile);
  return [peopleFilePath(dir === '.' ? '' : dir, people)];
}
