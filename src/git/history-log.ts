// One `git log -p` over a cycle's folder, read as it streams: git computes the next diffs
// while we apply the last ones, so the whole history costs about one pass of git.
//
// Each commit is printed as NUL-separated fields, then its patch:
//
//   \0<hash>\0<parents>\0<author name>\0<author email>\0<author time>\0<message>\0<patch text>
//
// NUL is safe as a separator: git refuses it in commit messages and author names, and a
// file holding NUL is "binary", so its content never appears in a patch. A merge is printed
// once per parent (`--diff-merges=separate`), each time with its diff against that parent;
// the copies are grouped back into one record here.

import { spawn } from 'node:child_process';
import { GitError } from './git.js';

export interface LogRecord {
  hash: string;
  parents: string[];
  author: { name: string; email: string };
  /** Author time, seconds since the epoch. */
  time: number;
  message: string;
  /** The patch text, one per parent for a merge (the first against the first parent). */
  patches: string[];
}

/** The arguments of the one `git log` that history reads. */
export function historyLogArgs(pathspec: string): string[] {
  return [
    // Whatever the user's config says: no pager, colour, external diff, prefixes other than
    // a/ and b/, quoted non-ASCII paths, or --follow (which needs a single file).
    '-c', 'core.quotePath=false', '-c', 'log.follow=false', '-c', 'log.showSignature=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false',
    'log', 'HEAD', '--reverse', '--topo-order', '--no-color', '--no-ext-diff', '--no-textconv', '--root',
    '-p', '--unified=0', '-M', '--full-index', '--diff-merges=separate', '--src-prefix=a/', '--dst-prefix=b/',
    '--format=%x00%H%x00%P%x00%an%x00%ae%x00%at%x00%B%x00',
    '--', pathspec,
  ];
}

/** Git's environment for parsing: a fixed locale, no pager, never a prompt (as in git.ts). */
export function gitEnvironment(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...env, LC_ALL: 'C', GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', GIT_FLUSH: '0' };
}

/**
 * Runs git and yields its stdout as it arrives, as bytes: fields are decoded one by one, so
 * that each string held later is its own and not a slice pinning a large chunk in memory. A
 * non-zero exit becomes a GitError with git's own message once the output is read.
 */
export async function* streamGit(args: string[], cwd: string): AsyncGenerator<Buffer> {
  const child = spawn('git', args, { cwd, env: gitEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    stderr += text;
  });
  const exit = new Promise<number>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `git ${args[0]}: ${error.message}`));
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
  exit.catch(() => undefined); // observed below; keeps an early failure from being unhandled
  let finished = false;
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer;
    finished = true;
  } finally {
    if (!finished) child.kill();
  }
  const code = await exit;
  if (code !== 0) {
    const first = stderr.trim().split('\n').find((line) => line.trim() !== '')?.replace(/^(fatal|error): /, '');
    throw new GitError(`git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''} failed: ${first || `exit code ${code}`}`);
  }
}

const FIELDS = 7; // hash, parents, name, email, time, message, patch

/** Splits the streamed log into commit records, a merge's per-parent copies grouped into one. */
export async function* readLogRecords(chunks: AsyncIterable<Buffer>): AsyncGenerator<LogRecord> {
  let fields: string[] = [];
  let pending: LogRecord | null = null;
  // The part of a field that arrived in earlier chunks.
  let carry: Buffer[] = [];
  let started = false;
  const take = (): LogRecord | null => {
    const [hash, parents, name, email, time, message, patch] = fields;
    fields = [];
    if (pending && pending.hash === hash) {
      pending.patches.push(patch);
      return null;
    }
    const done = pending;
    pending = { hash, parents: parents === '' ? [] : parents.split(' '), author: { name, email }, time: Number(time), message, patches: [patch] };
    return done;
  };
  const field = (chunk: Buffer, from: number, to: number): string => {
    if (carry.length === 0) return chunk.toString('utf8', from, to);
    const whole = Buffer.concat([...carry, chunk.subarray(from, to)]).toString('utf8');
    carry = [];
    return whole;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nul = chunk.indexOf(0); nul !== -1; nul = chunk.indexOf(0, start)) {
      const text = field(chunk, start, nul);
      start = nul + 1;
      // Nothing comes before the first NUL.
      if (!started) {
        started = true;
        continue;
      }
      fields.push(text);
      if (fields.length === FIELDS) {
        const done = take();
        if (done) yield done;
      }
    }
    if (start < chunk.length) carry.push(chunk.subarray(start));
  }
  if (started) {
    fields.push(field(Buffer.alloc(0), 0, 0));
    if (fields.length === FIELDS) {
      const done = take();
      if (done) yield done;
    }
  }
  if (pending) yield pending;
}
