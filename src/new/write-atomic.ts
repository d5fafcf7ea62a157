// Writes what `okr new` made, atomically (src/fs/atomic-write.ts), but only while the file
// still holds what was read: a change made meanwhile (an editor saving while the prompts
// were open) is not overwritten, and a new file never replaces one that appeared.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';

/** `original` is the text the change was made to; undefined when the file is new. */
export function writeAtomic(absPath: string, file: string, text: string, original: string | undefined): void {
  if (original === undefined) {
    if (existsSync(absPath)) throw new UsageError(`${file} already exists; nothing written`);
    mkdirSync(dirname(absPath), { recursive: true });
  } else if (readFileSync(absPath, 'utf8') !== original) {
    throw new UsageError(`${file} changed while okr was working on it; nothing written (run the command again)`);
  }
  writeFileAtomic(absPath, text);
}
