// Runs `okr` in-process through main(argv, io), as markdownlint-cli2's tests do: real files in
// a temporary folder, captured streams, an injected environment, no process per case.

import { main } from '../../src/cli.js';
import type { RunResult } from './cli.js';

export interface InProcessOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  stdin?: string | Uint8Array;
}

export async function runOkr(args: string[], options: InProcessOptions): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin;
  const stdin = input === undefined ? undefined : {
    async *[Symbol.asyncIterator]() {
      yield input;
    },
  };
  const code = await main(args, {
    stdin,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
    cwd: options.cwd,
  });
  return { code, stdout, stderr };
}

/** Bad input ends in a message: never a stack trace, never "internal error" (ours alone). */
export function expectNoCrash(result: RunResult): void {
  const output = result.stdout + result.stderr;
  if (/internal error/.test(output) || /^\s+at .+[(:]\d+/m.test(output)) throw new Error(`crashed:\n${output}`);
}
