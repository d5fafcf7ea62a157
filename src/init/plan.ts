// The files `okr init` means to write, checked all together before any is written: either
// every file goes in, or (when one would overwrite something and --force is not given)
// nothing does. Each write is atomic, so an interrupted init never leaves half a file.

import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';

export interface PlannedFile {
  /** Absolute path. */
  path: string;
  content: string;
  /**
   * create: the user's file, never overwritten without --force (the same bytes are no conflict);
   * refresh: ours, always written (the schema copies, merged editor settings);
   * if-absent: a courtesy file, kept when one exists.
   */
  mode: 'create' | 'refresh' | 'if-absent';
}

export type WriteResult = 'created' | 'updated' | 'unchanged' | 'kept';

/** Files that exist and would be overwritten with something else. */
export function conflicts(plan: PlannedFile[]): string[] {
  return plan.filter((file) => file.mode === 'create' && existsSync(file.path) && readIfFile(file.path) !== file.content)
    .map((file) => file.path);
}

export function writePlan(plan: PlannedFile[]): Map<string, WriteResult> {
  const results = new Map<string, WriteResult>();
  for (const file of plan) {
    const existing = existsSync(file.path) ? readIfFile(file.path) : undefined;
    if (existing !== undefined && file.mode === 'if-absent') {
      results.set(file.path, 'kept');
    } else if (existing === file.content) {
      results.set(file.path, 'unchanged');
    } else {
      try {
        mkdirSync(dirname(file.path), { recursive: true });
        writeFileAtomic(file.path, file.content);
      } catch (error) {
        throw new UsageError(`cannot write ${file.path}: ${(error as Error).message}`);
      }
      results.set(file.path, existing === undefined ? 'created' : 'updated');
    }
  }
  return results;
}

/** The file's text, or null when the path is something else (a folder) that cannot be replaced. */
export function readIfFile(path: string): string | null {
  return statSync(path).isFile() ? readFileSync(path, 'utf8') : null;
}
