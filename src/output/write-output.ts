// The one way a command's output leaves okr: to stdout, or with --out to a file written
// atomically (src/fs/write-file.ts). Output given in chunks (src/format/formatter.ts) is
// written a chunk at a time, and when the stream says its buffer is full (write returns false)
// the next chunk waits for 'drain': a reader slower than okr, a pipe into `head`, holds okr
// back instead of filling memory with everything that is still to go.

import { resolve } from 'node:path';
import type { Output } from '../format/formatter.js';
import { writeFileAtomic } from '../fs/write-file.js';
import type { Io, OutputStream } from '../terminal/io.js';

/** `transform` changes each chunk on its way (what a terminal must not see raw). Returns the characters written. */
export async function writeOutput(output: Output, stream: OutputStream, transform?: (chunk: string) => string): Promise<{ chars: number }> {
  let chars = 0;
  for (const chunk of typeof output === 'string' ? [output] : output) {
    // A reader that went away (a closed pipe) takes nothing more: stop making chunks for it.
    if (stream.destroyed === true) break;
    if (chunk === '') continue;
    const text = transform ? transform(chunk) : chunk;
    chars += text.length;
    if (stream.write(text) === false) await drained(stream);
  }
  return { chars };
}

/** --out FILE, relative to where okr runs (-C): written whole or not at all. */
export function writeOutputFile(out: string, output: Output, io: Pick<Io, 'cwd'>): { bytes: number } {
  let bytes = 0;
  const counted = typeof output === 'string' ? output : counting(output, (n) => (bytes += n));
  writeFileAtomic(resolve(io.cwd, out), counted, { shown: out });
  return { bytes: typeof output === 'string' ? Buffer.byteLength(output) : bytes };
}

function* counting(chunks: Iterable<string>, count: (bytes: number) => void): Generator<string> {
  for (const chunk of chunks) {
    count(Buffer.byteLength(chunk));
    yield chunk;
  }
}

/** Resolves when the stream can take more, or can take nothing ever again (closed, failed). */
function drained(stream: OutputStream): Promise<void> {
  if (typeof stream.once !== 'function' || stream.destroyed === true) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      for (const event of EVENTS) stream.removeListener?.(event, done);
      resolve();
    };
    for (const event of EVENTS) stream.once!(event, done);
  });
}

const EVENTS = ['drain', 'close', 'error'] as const;
