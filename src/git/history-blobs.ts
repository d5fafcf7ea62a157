// Reading file contents from git when the patches cannot give them: a patch made against a
// version no longer held (after a branch), a binary-looking file, a rename from outside the
// cycle. One `git cat-file --batch` process, started on the first request and kept for the
// rest, so even a history full of branches never costs a process per commit.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { gitEnvironment, type GitEnv } from './git.js';

export interface BlobReader {
  /** A blob (by id, or `<commit>:<path>`) with its id, or null if git has none. */
  read(spec: string): Promise<Blob | null>;
  /** Several blobs asked at once: one write, and git answers them in a row. */
  readAll(specs: readonly string[]): Promise<(Blob | null)[]>;
  /** Trees (by id, or `<commit>:./<folder>`) as their entries, null where git has no tree. */
  readTrees(specs: readonly string[]): Promise<(TreeEntry[] | null)[]>;
  close(): void;
}

export interface Blob {
  id: string;
  /** The contents as UTF-8 (history reads them so); `bytes` for a caller that checks the encoding. */
  text: string;
  bytes: Buffer;
}

export interface TreeEntry {
  /** Git's object mode: 100644/100755 a file, 120000 a link, 40000 a folder, 160000 a submodule. */
  mode: string;
  name: string;
  id: string;
}

/** A tree object's entries: `<mode> <name>\0<id as bytes>`, one after the other. */
function parseTree(bytes: Buffer, idLength: number): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (let at = 0; at < bytes.length;) {
    const space = bytes.indexOf(32, at);
    const nul = bytes.indexOf(0, space);
    entries.push({ mode: bytes.toString('latin1', at, space), name: bytes.toString('utf8', space + 1, nul), id: bytes.toString('hex', nul + 1, nul + 1 + idLength) });
    at = nul + 1 + idLength;
  }
  return entries;
}

export function openBlobReader(cwd: string, env: GitEnv): BlobReader {
  type Reply = Blob | TreeEntry[] | null;
  let child: ChildProcessWithoutNullStreams | null = null;
  let buffer: Buffer = Buffer.alloc(0);
  // Replies come in the order of the requests: many may be asked at once (a prefetch).
  const waiting: { type: 'blob' | 'tree'; resolve: (value: Reply) => void; reject: (error: Error) => void }[] = [];
  let failure: Error | null = null;

  const settle = () => {
    while (waiting.length > 0) {
      const newline = buffer.indexOf(10);
      if (newline === -1) return;
      const header = buffer.toString('utf8', 0, newline);
      const match = /^(\S+) (\S+) (\d+)$/.exec(header);
      if (!match) {
        // "<spec> missing" or "<spec> ambiguous"
        buffer = buffer.subarray(newline + 1);
        waiting.shift()!.resolve(null);
        continue;
      }
      const size = Number(match[3]);
      if (buffer.length < newline + 1 + size + 1) return;
      const bytes = buffer.subarray(newline + 1, newline + 1 + size);
      buffer = buffer.subarray(newline + 1 + size + 1);
      const waiter = waiting.shift()!;
      if (match[2] !== waiter.type) waiter.resolve(null);
      else if (waiter.type === 'tree') waiter.resolve(parseTree(bytes, match[1].length / 2));
      // The text is decoded when asked for: a revision's reader checks the bytes and decodes them itself.
      else waiter.resolve({ id: match[1], bytes, get text() { return bytes.toString('utf8'); } });
    }
  };

  const start = (): ChildProcessWithoutNullStreams => {
    // A reply may be awaited before the next request is made: git must flush every one.
    const proc = spawn('git', ['cat-file', '--batch'], { cwd, env: gitEnvironment(env, { GIT_FLUSH: '1' }) });
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      settle();
    });
    const fail = (error: Error) => {
      failure = error;
      for (const waiter of waiting.splice(0)) waiter.reject(error);
    };
    proc.on('error', fail);
    proc.on('close', () => fail(new Error('git cat-file stopped')));
    proc.stdin.on('error', fail);
    return proc;
  };

  const ask = (type: 'blob' | 'tree', specs: readonly string[]): Promise<Reply[]> => {
    if (failure) return Promise.reject(failure);
    if (specs.length === 0) return Promise.resolve([]);
    child ??= start();
    const replies = specs.map(() => new Promise<Reply>((resolve, reject) => waiting.push({ type, resolve, reject })));
    child.stdin.write(`${specs.join('\n')}\n`);
    return Promise.all(replies);
  };

  return {
    read(spec: string): Promise<Blob | null> {
      return this.readAll([spec]).then((replies) => replies[0]);
    },
    readAll: (specs) => ask('blob', specs) as Promise<(Blob | null)[]>,
    readTrees: (specs) => ask('tree', specs) as Promise<(TreeEntry[] | null)[]>,
    close() {
      if (child) {
        child.removeAllListeners('close');
        child.stdin.end();
        child = null;
      }
    },
  };
}
