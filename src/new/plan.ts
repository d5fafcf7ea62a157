// What `okr new` is about to do, decided before anything is written: the file, its new
// text, and the reference of the item added. The plan is checked as a whole cycle before
// it is applied (see apply.ts).

import type { CheckedCycle } from '../repository/check-cycle.js';
import type { Repository } from '../repository/repository.js';
import { EditError } from '../edit/index.js';
import { UsageError } from '../errors.js';
import { readRepositoryFile } from '../fs/read-file.js';
import type { CycleDoc, Finding } from '../model.js';
import type { Asker } from './ask.js';
import type { NewOptions } from './options.js';

export interface NewContext {
  repo: Repository;
  cycle: CycleDoc;
  checked: CheckedCycle;
  ask: Asker;
}

export interface Plan {
  /** The reference of the new item (`platform`, `platform/O3`, `platform/O3/KR1`). */
  ref: string;
  /** `unit platform`, `objective platform/O3`: what the summary line says was added. */
  what: string;
  /** Repository-relative file written. */
  file: string;
  absPath: string;
  /** The file as read, byte for byte (BOM included); undefined when the file is created. */
  original?: string;
  /** The file's new text. */
  text: string;
  /**
   * A finding the new item is expected to bring, which must not block the write: a new
   * objective has no key result yet until `okr new kr` adds one.
   */
  expected?: (finding: Finding) => boolean;
  /** What to do next, said after writing. */
  next?: string;
}

export type Planner = (context: NewContext, options: NewOptions) => Promise<Plan>;

/** The text of a repository file to edit, and an edit made to it, as one step that keeps a BOM. */
export function readForEdit(root: string, file: string): { original: string; text: string; bom: string } {
  const read = readRepositoryFile(root, file);
  if (!read.ok) throw new UsageError(`cannot add to ${file}: ${read.message}`);
  const original = read.bytes.toString('utf8');
  const bom = original.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  return { original, text: original.slice(bom.length), bom };
}

/** Runs a byte-preserving edit; one the editor cannot make is said plainly. */
export function edited(file: string, edit: () => string): string {
  try {
    return edit();
  } catch (error) {
    if (error instanceof EditError) throw new UsageError(`cannot add to ${file}: ${error.message}`);
    throw error;
  }
}

/** YAML has no `undefined`: keys without a value are left out. */
export function withoutUndefined<T extends object>(doc: T): T {
  return Object.fromEntries(Object.entries(doc).filter(([, value]) => value !== undefined)) as T;
}
