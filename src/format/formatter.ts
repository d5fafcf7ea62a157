// Output by registry (spectral's services/output.ts is the model): each command's formats are
// a Record from the name --format takes to a formatter, a pure function of the command's result
// and of the medium the text goes to (src/terminal/medium.ts), each in its own file,
// src/format/<command>/<format>.ts, and each string from the files made inert by the escaping
// module of its medium (src/escape/). A command picks its formatter from the record; it never
// switches over formats. Each formatter is imported when its format is chosen, so `--format
// json` loads no table library.

import type { Medium } from '../terminal/medium.js';

export type Formatter<R, O = object> = (result: R, options: Medium & O) => string;

/** The formats of one command: each loads its formatter when chosen. */
export type Formats<F extends string, R, O = object> = Record<F, () => Promise<Formatter<R, O>>>;

export async function formatOutput<F extends string, R, O>(formats: Formats<F, R, O>, format: F, result: R, options: Medium & O): Promise<string> {
  const formatter = await formats[format]();
  return formatter(result, options);
}
