// Runs okr in this process through `main(argv, io)`, as bin/okr.js does, with captured streams
// (markdownlint-cli2's test pattern): the same output as the binary, without starting node.
// The bin adds only EPIPE handling and process.exitCode; test/cli/spawned.test.ts covers it.

import { Readable } from 'node:stream';
import { main } from '../../src/cli.js';
import type { InputStream, OutputStream } from '../../src/terminal/io.js';
import { guardAgainstCrash, ROOT, type RunOptions, type RunResult } from './cli.js';
import { testEnv } from './git.js';

export interface InProcessOptions extends RunOptions {
  /** stdout and stderr claim to be a terminal (colour, progress); stdin never does. */
  tty?: boolean;
  /** The terminal's width, as a TTY stream reports it. */
  columns?: number;
}

export async function runOkr(args: string[], options: InProcessOptions = {}): Promise<RunResult> {
  const stdout = capture(options);
  const stderr = capture(options);
  const stdin: InputStream = Object.assign(Readable.from(options.input ? [options.input] : []), { isTTY: false });
  const code = await main(args, { stdin, stdout, stderr, env: testEnv(options.env), cwd: options.cwd ?? ROOT });
  return guardAgainstCrash({ code, stdout: stdout.text(), stderr: stderr.text() }, args, options);
}

/** Bad input ends in a message: never a stack trace, never "internal error" (ours alone). */
export function expectNoCrash(result: RunResult): void {
  guardAgainstCrash(result, [], {});
}

function capture(options: InProcessOptions): OutputStream & { text(): string } {
  const chunks: string[] = [];
  return {
    write: (chunk: string) => chunks.push(chunk) > 0,
    isTTY: options.tty === true,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    text: () => chunks.join(''),
  };
}
