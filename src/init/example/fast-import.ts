// A whole history in one git process: `git fast-import` reads commits (author, committer,
// dates, message, file contents) from a stream, so ten weeks of check-ins cost one process
// rather than one `git commit` each.

import { git } from '../../git/git.js';

export interface Signature {
  name: string;
  email: string;
}

export interface ImportCommit {
  author: Signature;
  /** Seconds since the epoch; author and committer date alike. */
  time: number;
  message: string;
  /** Repository-relative paths (with `/`) and their full new contents. */
  files: Map<string, string>;
}

export function fastImportStream(ref: string, commits: ImportCommit[]): string {
  const parts: string[] = ['feature done\n'];
  for (const commit of commits) {
    const who = `${commit.author.name} <${commit.author.email}> ${commit.time} +0000`;
    parts.push(`commit ${ref}\n`, `author ${who}\n`, `committer ${who}\n`, data(commit.message));
    for (const [path, content] of commit.files) parts.push(`M 100644 inline ${quotePath(path)}\n`, data(content));
    parts.push('\n');
  }
  parts.push('done\n');
  return parts.join('');
}

/** Writes the commits onto `ref` of the repository at `cwd`; the ref must not exist yet. */
export async function fastImport(cwd: string, ref: string, commits: ImportCommit[], env: Record<string, string | undefined>): Promise<void> {
  await git(['fast-import', '--quiet'], { cwd, env, input: fastImportStream(ref, commits) });
}

// `data <n>` counts bytes, not characters: names and notes hold non-ASCII text.
function data(text: string): string {
  return `data ${Buffer.byteLength(text, 'utf8')}\n${text}\n`;
}

function quotePath(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : JSON.stringify(path);
}
