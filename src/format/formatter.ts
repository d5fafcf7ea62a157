// Output by registry (spectral's services/output.ts is the model): each command's formats are
// a Record from the name --format takes to a formatter, a pure function of the command's result
// and of the medium the text goes to (src/terminal/medium.ts), each in its own file,
// src/format/<command>/<format>.ts, and each string from the files made inert by the escaping
// module of its medium (src/escape/). A command picks its formatter from the record; it never
// switches over formats. Each formatter is imported when its format is chosen, so `--format
// json` loads no table library.
//
// A formatter whose output grows with the organisation (JSON of every KR, every event, CSV of
// every row) gives its text as chunks (ChunkFormatter): src/output/write-output.ts writes them
// one at a time as the stream takes them, so no output is ever built as one string.

import type { Medium } from '../terminal/medium.js';

/** A formatter's text: whole, or in chunks that are written in order. */
export type Output = string | Iterable<string>;

export type Formatter<R, O = object> = (result: R, options: Medium & O) => string;

/** A formatter of large output: the text as chunks, made while they are written. */
export type ChunkFormatter<R, O = object> = (result: R, options: Medium & O) => Iterable<string>;

/** The formats of one command: each loads its formatter when chosen. */
export type Formats<F extends string, R, O = object> = Record<F, () => Promise<Formatter<R, O> | ChunkFormatter<R, O>>>;

export async function formatOutput<F extends string, R, O>(formats: Formats<F, R, O>, format: F, result: R, options: Medium & O): Promise<Output> {
  const formatter = await formats[format]();
  return formatter(result, options);
}

/** The whole text of an output: for tests, and for the few places that need it at once. */
export function outputText(output: Output): string {
  return typeof output === 'string' ? output : [...output].join('');
}
