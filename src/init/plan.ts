// The files `okr init` means to write, checked all together before any is written: either
// every file goes in, or (when one would overwrite something and --force is not given)
// nothing does. They are written through the write transaction (src/write/transaction.ts):
// under a lock, checked again against what is there then, each atomically, all or none.

import { relative, sep } from 'node:path';
import { readUserFile } from '../fs/read-file.js';
import { transact } from '../write/transaction.js';

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

/** Files that exist (as anything) and would be overwritten with something else. */
export function conflicts(plan: PlannedFile[]): string[] {
  return plan.filter((file) => file.mode === 'create' && isConflict(readExisting(file.path), file.content)).map((file) => file.path);
}

export interface WritePlanOptions {
  /** The folder every planned path lies in: the repository's top. */
  top: string;
  force: boolean;
  env: Record<string, string | undefined>;
  /** The error to stop with when files would be overwritten (checked again under the lock). */
  refuse: (paths: string[]) => Error;
}

export async function writePlan(plan: PlannedFile[], options: WritePlanOptions): Promise<Map<string, WriteResult>> {
  const relativeOf = (path: string) => relative(options.top, path).split(sep).join('/');
  const applied = await transact({
    root: options.top,
    files: plan.map((file) => relativeOf(file.path)),
    command: 'okr init',
    env: options.env,
    change: async (current) => {
      const results = new Map<string, WriteResult>();
      const texts = new Map<string, string>();
      const overwritten: string[] = [];
      for (const file of plan) {
        const existing = current.get(relativeOf(file.path));
        if (existing !== undefined && file.mode === 'if-absent') {
          results.set(file.path, 'kept');
        } else if (existing === file.content) {
          results.set(file.path, 'unchanged');
        } else {
          if (file.mode === 'create' && existing !== undefined) overwritten.push(file.path);
          texts.set(relativeOf(file.path), file.content);
          results.set(file.path, existing === undefined ? 'created' : 'updated');
        }
      }
      if (overwritten.length > 0 && !options.force) throw options.refuse(overwritten);
      return { texts, result: results };
    },
  });
  return applied.result;
}

/** The file's text, undefined when nothing is there, null when something that is not a regular file is. */
function readExisting(path: string): string | undefined | null {
  const read = readUserFile(path);
  if (read.ok) return read.bytes.toString('utf8');
  return read.reason === 'missing' ? undefined : null;
}

function isConflict(existing: string | undefined | null, content: string): boolean {
  return existing !== undefined && existing !== content;
}
