// Writes every file `okr next` made, each atomically, and all or none of them: if one write
// fails, those already written are put back as they were (new files removed, overwritten
// drafts restored), so a failed run leaves no half-started cycle behind.

import { existsSync, mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { writeAtomic } from '../new/write-atomic.js';

export interface PlannedWrite {
  absPath: string;
  /** Repository-relative, for messages. */
  file: string;
  text: string;
  /** What the file held when it was read; undefined for a new file. */
  original: string | undefined;
}

export function writeAll(writes: PlannedWrite[]): void {
  const written: PlannedWrite[] = [];
  const folders: string[] = [];
  try {
    for (const write of writes) {
      const folder = dirname(write.absPath);
      if (!existsSync(folder)) {
        // Remember each level created, deepest first, to remove them again on failure.
        const created = mkdirSync(folder, { recursive: true });
        if (created) for (let dir = folder; dir.startsWith(created); dir = dirname(dir)) folders.push(dir);
      }
      writeAtomic(write.absPath, write.file, write.text, write.original);
      written.push(write);
    }
  } catch (error) {
    for (const write of written.reverse()) {
      if (write.original === undefined) rmSync(write.absPath, { force: true });
      else writeFileAtomic(write.absPath, write.original);
    }
    for (const folder of folders) {
      try {
        rmdirSync(folder);
      } catch {
        // Not empty: something else is in it, so it stays.
      }
    }
    throw error;
  }
}
