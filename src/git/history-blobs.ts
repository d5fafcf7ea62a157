// Reading file contents from git when the patches cannot give them: a patch made against a
// version no longer held (after a branch), a binary-looking file, a rename from outside the
// cycle. One `git cat-file --batch` process, started on the first request and kept for the
// rest, so even a history full of branches never costs a process per commit.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { gitEnvironment } from './history-log.js';

export interface BlobReader {
  /** The content of an object (a blob id, or `<commit>:<path>`), or null if git has none. */
  read(spec: string): Promise<string | null>;
  close(): void;
}

export function openBlobReader(cwd: string): BlobReader {
  let child: ChildProcessWithoutNullStreams | null = null;
  let buffer: Buffer = Buffer.alloc(0);
  let waiting: { resolve: (value: string | null) => void; reject: (error: Error) => void } | null = null;
  let failure: Error | null = null;
  // Requests are made one at a time (history awaits each), so one reply is read at a time.
  let queue = Promise.resolve();

  const settle = () => {
    if (!waiting) return;
    const newline = buffer.indexOf(10);
    if (newline === -1) return;
    const header = buffer.toString('utf8', 0, newline);
    const match = /^\S+ (\S+) (\d+)$/.exec(header);
    if (!match) {
      // "<spec> missing" or "<spec> ambiguous"
      buffer = buffer.subarray(newline + 1);
      const done = waiting;
      waiting = null;
      done.resolve(null);
      return;
    }
    const size = Number(match[2]);
    if (buffer.length < newline + 1 + size + 1) return;
    const content = buffer.toString('utf8', newline + 1, newline + 1 + size);
    buffer = buffer.subarray(newline + 1 + size + 1);
    const done = waiting;
    waiting = null;
    done.resolve(match[1] === 'blob' ? content : null);
  };

  const start = (): ChildProcessWithoutNullStreams => {
    const proc = spawn('git', ['cat-file', '--batch'], { cwd, env: gitEnvironment() });
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      settle();
    });
    const fail = (error: Error) => {
      failure = error;
      waiting?.reject(error);
      waiting = null;
    };
    proc.on('error', fail);
    proc.on('close', () => fail(new Error('git cat-file stopped')));
    proc.stdin.on('error', fail);
    return proc;
  };

  return {
    read(spec: string): Promise<string | null> {
      const result = queue.then(() => new Promise<string | null>((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        child ??= start();
        waiting = { resolve, reject };
        child.stdin.write(`${spec}\n`);
      }));
      queue = result.then(() => undefined, () => undefined);
      return result;
    },
    close() {
      if (child) {
        child.removeAllListeners('close');
        child.stdin.end();
        child = null;
      }
    },
  };
}
