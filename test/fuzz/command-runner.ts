// Runs okr commands in a worker thread (command-worker.js), one at a time, each with a time
// limit. A command past its limit is a hang: the worker is stopped and a fresh one takes its
// place, so one hang costs one failure, not the run.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export type Outcome =
  | { kind: 'done'; code: number; stdout: string; stderr: string; ms: number }
  /** The worker itself died (an exception outside main's promise, out of memory). */
  | { kind: 'crashed'; message: string; ms: number }
  | { kind: 'hung'; ms: number };

export interface CommandRunner {
  run(argv: string[], cwd: string, env: Record<string, string>, limitMs: number): Promise<Outcome>;
  close(): Promise<void>;
}

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'command-worker.js');

export function createCommandRunner(): CommandRunner {
  let worker: Worker | undefined;
  let next = 0;
  const fresh = () => {
    const created = new Worker(WORKER, { stdout: true, stderr: true });
    // Whatever okr writes to the real process streams (it never should) is not the fuzzer's output.
    created.stdout.resume();
    created.stderr.resume();
    return created;
  };
  // A hung worker may sit in a blocking system call and never end: it is let go, not awaited.
  const abandon = () => {
    const old = worker;
    worker = undefined;
    if (old) {
      old.removeAllListeners();
      old.on('error', () => {});
      old.unref();
      void old.terminate();
    }
  };

  return {
    run(argv, cwd, env, limitMs) {
      worker ??= fresh();
      const current = worker;
      const id = next++;
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      return new Promise<Outcome>((resolve) => {
        const finish = (outcome: Outcome) => {
          clearTimeout(timer);
          current.off('message', onMessage);
          current.off('error', onError);
          current.off('exit', onExit);
          resolve(outcome);
        };
        const onMessage = (message: { id: number; code: number; stdout: string; stderr: string }) => {
          if (message.id === id) finish({ kind: 'done', code: message.code, stdout: message.stdout, stderr: message.stderr, ms: elapsed() });
        };
        const onError = (error: Error) => {
          abandon();
          finish({ kind: 'crashed', message: error.stack ?? String(error), ms: elapsed() });
        };
        const onExit = (code: number) => {
          abandon();
          finish({ kind: 'crashed', message: `the worker exited with code ${code}`, ms: elapsed() });
        };
        const timer = setTimeout(() => {
          abandon();
          finish({ kind: 'hung', ms: elapsed() });
        }, limitMs);
        current.on('message', onMessage);
        current.on('error', onError);
        current.on('exit', onExit);
        current.postMessage({ id, argv, cwd, env });
      });
    },
    async close() {
      const last = worker;
      worker = undefined;
      if (last) await last.terminate();
    },
  };
}
