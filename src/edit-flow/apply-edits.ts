// The one way okr changes values in existing unit files and commits them (`okr checkin`, `okr
// retro UNIT`), through the write transaction (src/write/transaction.ts). Under the
// repository lock the cycle is loaded as it is now, the edits are planned against it (a
// check-in is "set these paths to these values", so it lands on top of whatever another
// process committed meanwhile), the bytes of the changed values are edited, the whole cycle
// is checked with the change in place, and only then is anything written and committed.

import { checkCycle, type CheckedCycle } from '../repository/check-cycle.js';
import { checkChange, errorsOf } from '../repository/check-change.js';
import type { Repository } from '../repository/repository.js';
import { EditError, removeKeys, setScalars, type ScalarEdit } from '../edit/index.js';
import { UsageError } from '../errors.js';
import { readRepositoryFile } from '../fs/read-file.js';
import type { CycleDoc, Diagnostic, DocPath } from '../model.js';
import { transact } from '../write/transaction.js';

/** Scalar edits to one repository-relative unit file, then keys taken out of it. */
export interface FileEdits {
  file: string;
  edits: ScalarEdit[];
  removals?: DocPath[];
}

/** What a command means to change, planned from the cycle as it is under the lock. */
export interface EditPlan<T> {
  changes: FileEdits[];
  /** What the command reports, and what its commit message is made from. */
  result: T;
}

export interface ApplyOptions<T> {
  /** false for --no-commit: only edit. */
  commit: boolean;
  /** The commit message, from the plan made under the lock. */
  message: (result: T) => string;
  /** `okr checkin`: shown to another process that waits for this one. */
  command: string;
  env: Record<string, string | undefined>;
  onWait?: (message: string) => void;
  /**
   * Commit even where the edits leave the files as they are (a check-in whose value did not
   * move, SPEC 9): an empty commit carrying the message. Default: no change, no commit.
   */
  commitUnchanged?: boolean;
  /** What to do instead when the commit cannot be made (default: --no-commit). */
  fix?: string;
}

export interface AppliedEdits<T> {
  /** Files written; empty when the plan changed nothing. */
  files: string[];
  /** The commit made, unless --no-commit or nothing changed (and `commitUnchanged` was not asked). */
  commit?: string;
  result: T;
  /** The cycle as it is after the change. */
  after: CheckedCycle;
}

/** The change would introduce these errors; nothing was written. */
export class RefusedChange extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super('the change would make the OKR files invalid');
  }
}

export async function applyEdits<T>(
  repo: Repository,
  cycle: CycleDoc,
  plan: (before: CheckedCycle) => EditPlan<T>,
  options: ApplyOptions<T>,
): Promise<AppliedEdits<T>> {
  const applied = await transact<{ result: T; after: CheckedCycle }>({
    root: repo.root,
    command: options.command,
    env: options.env,
    onWait: options.onWait,
    commit: options.commit ? { message: (planned) => options.message(planned.result), ...(options.fix ? { fix: options.fix } : {}) } : undefined,
    change: async () => {
      const before = await checkCycle(repo, cycle);
      const { changes, result } = plan(before);
      const changed = editFiles(repo.root, changes);
      const unchanged = options.commitUnchanged ? changes.map((c) => c.file) : undefined;
      if (changed.size === 0) return { texts: changed, result: { result, after: before }, unchanged };
      const { after, brought } = await checkChange(repo, cycle, before.findings, changed);
      if (errorsOf(brought).length > 0) throw new RefusedChange(errorsOf(brought));
      return { texts: changed, result: { result, after }, unchanged };
    },
  });
  return { files: applied.files, commit: applied.commit, result: applied.result.result, after: applied.result.after };
}

/** The new text of every edited file, read as it is now; edits to one file apply in order. */
function editFiles(root: string, changes: FileEdits[]): Map<string, string> {
  const changed = new Map<string, string>();
  for (const file of [...new Set(changes.map((c) => c.file))]) {
    const read = readRepositoryFile(root, file);
    if (!read.ok) throw new UsageError(`cannot edit ${file}: ${read.message}`);
    const edits = changes.filter((c) => c.file === file).flatMap((c) => c.edits);
    const removals = changes.filter((c) => c.file === file).flatMap((c) => c.removals ?? []);
    if (edits.length === 0 && removals.length === 0) continue;
    try {
      changed.set(file, removeKeys(setScalars(read.bytes.toString('utf8'), edits), removals));
    } catch (error) {
      if (error instanceof EditError) throw new UsageError(`cannot edit ${file} in place: ${error.message}`);
      throw error;
    }
  }
  return changed;
}
