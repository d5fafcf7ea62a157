// Runs okr commands for the repository fuzzer, in a worker thread, through main() of the
// build (dist/) with captured streams, as bin/okr.js would. A thread rather than the fuzzer's
// own: a command that hangs (a blocking read, a loop) can be stopped with worker.terminate(),
// and is a failure with its seed instead of a fuzzer that never ends.

import { Readable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import { main } from '../../dist/cli.js';

function capture() {
  const chunks = [];
  return { stream: { write: (chunk) => chunks.push(String(chunk)) > 0, isTTY: false }, text: () => chunks.join('') };
}

parentPort.on('message', async ({ id, argv, cwd, env }) => {
  const stdout = capture();
  const stderr = capture();
  const stdin = Object.assign(Readable.from([]), { isTTY: false });
  try {
    const code = await main(argv, { stdin, stdout: stdout.stream, stderr: stderr.stream, env, cwd });
    parentPort.postMessage({ id, code, stdout: stdout.text(), stderr: stderr.text() });
  } catch (error) {
    // main() handles every error itself: one escaping it is a crash like any other.
    const thrown = error instanceof Error ? error.stack : String(error);
    parentPort.postMessage({ id, code: -1, stdout: stdout.text(), stderr: `${stderr.text()}\nmain() threw: ${thrown}` });
  }
});
