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
import { GitError, gitEnvironment, type GitEnv } from './git.js';

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
    // Newest first, as git walks: it prints the first commit at once (--reverse would wait
    // for the whole walk), and history is rebuilt backwards (history-walk.ts).
    // --sparse: commits that leave the folder as it was are listed too (with no patch), so a
    // check-in that confirms a value with an empty commit (SPEC 9) is read with the rest. The
    // walk is git's usual one; only more of it is printed.
    'log', 'HEAD', '--sparse', '--no-color', '--no-ext-diff', '--no-textconv', '--root',
    '-p', '--unified=0', '-M', '--full-index', '--diff-merges=separate', '--src-prefix=a/', '--dst-prefix=b/',
    '--format=%x00%H%x00%P%x00%an%x00%ae%x00%at%x00%B%x00',
    '--', pathspec,
  ];
}

/**
 * Git's environment for parsing: a fixed locale, no pager, never a prompt (as in git.ts), and
 * output written in large blocks rather than flushed after every commit.
 */
export function streamEnvironment(env: GitEnv): NodeJS.ProcessEnv {
  return gitEnvironment(env, { GIT_FLUSH: '0' });
}

export interface GitStream {
  /** Git's stdout as text, as it arrives; throws a GitError after a non-zero exit. */
  chunks: AsyncGenerator<string>;
  /** Stops git when its output is not wanted after all. */
  stop(): void;
}

/**
 * Starts git at once and reads its stdout ahead without limit, so git never waits on a
 * full pipe while we work: the two run side by side.
 */
export function streamGit(args: string[], cwd: string, env: GitEnv): GitStream {
  const child = spawn('git', args, { cwd, env: streamEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: string[] = [];
  let stderr = '';
  let exitCode: number | null = null;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    chunks.push(text);
    notify();
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    stderr += text;
  });
  child.on('error', (error: NodeJS.ErrnoException) => {
    failure = new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `git ${args[0]}: ${error.message}`);
    notify();
  });
  child.on('close', (code) => {
    exitCode = code ?? 1;
    notify();
  });
  const stop = () => {
    if (exitCode === null) child.kill();
  };
  async function* read(): AsyncGenerator<string> {
    let finished = false;
    try {
      for (let next = 0; ; ) {
        if (next < chunks.length) {
          const chunk = chunks[next];
          chunks[next++] = '';
          yield chunk;
          continue;
        }
        if (failure) throw failure;
        if (exitCode !== null) break;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      finished = true;
    } finally {
      if (!finished) stop();
    }
    if (exitCode !== 0) {
      const first = stderr.trim().split('\n').find((line) => line.trim() !== '')?.replace(/^(fatal|error): /, '');
      throw new GitError(`git ${args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? ''} failed: ${first || `exit code ${exitCode}`}`);
    }
  }
  return { chunks: read(), stop };
}

const FIELDS = 7; // hash, parents, name, email, time, message, patch

/**
 * Splits the streamed log into commit records, a merge's per-parent copies grouped into
 * one. Fed chunk by chunk; each call returns the records completed so far.
 */
export function createRecordSplitter(): { push(chunk: string): LogRecord[]; end(): LogRecord[] } {
  let fields: string[] = [];
  let pending: LogRecord | null = null;
  // The start of a field that goes on in the next chunk (a large patch spans many).
  let pieces: string[] = [];
  let started = false;
  const take = (out: LogRecord[]) => {
    const [hash, parents, name, email, time, message, patch] = fields;
    fields = [];
    if (pending && pending.hash === hash) {
      pending.patches.push(patch);
      return;
    }
    if (pending) out.push(pending);
    pending = { hash, parents: parents === '' ? [] : parents.split(' '), author: { name, email }, time: Number(time), message, patches: [patch] };
  };
  return {
    push(chunk: string): LogRecord[] {
      const out: LogRecord[] = [];
      let start = 0;
      for (let nul = chunk.indexOf('\0'); nul !== -1; nul = chunk.indexOf('\0', start)) {
        let field = chunk.slice(start, nul);
        if (pieces.length > 0) {
          pieces.push(field);
          field = pieces.join('');
          pieces = [];
        }
        start = nul + 1;
        if (!started) {
          started = true; // nothing comes before the first NUL
          continue;
        }
        fields.push(field);
        if (fields.length === FIELDS) take(out);
      }
      if (start < chunk.length) pieces.push(chunk.slice(start));
      return out;
    },
    end(): LogRecord[] {
      const out: LogRecord[] = [];
      if (started) {
        fields.push(pieces.join(''));
        pieces = [];
        if (fields.length === FIELDS) take(out);
      }
      if (pending) out.push(pending);
      pending = null;
      return out;
    },
  };
}
