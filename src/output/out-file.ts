// --out FILE: a command's text written to a file instead of stdout, relative to where okr runs
// (-C), atomically; a FIFO, a device or a folder there is refused, not replaced, and a link is
// written through (src/fs/write-file.ts).

import { resolve } from 'node:path';
import { writeFileAtomic } from '../fs/write-file.js';
import type { Io } from '../terminal/io.js';

export function writeOutFile(out: string, text: string, io: Pick<Io, 'cwd'>): void {
  writeFileAtomic(resolve(io.cwd, out), text, { shown: out });
}
