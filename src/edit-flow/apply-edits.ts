// The one way okr changes existing unit files and commits them (`okr checkin`, `okr retro
// UNIT`): edit the bytes of the changed values, check the whole cycle with the change in
// place, write atomically, commit those files alone. Every refusal comes before the first
// byte is written; a commit that fails puts the files back as they were.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCycle, type CheckedCycle, type Repository } from '../check.js';
import { compareFindings } from '../diff/compare.js';
import { EditError, setScalars, type ScalarEdit } from '../edit/index.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { assertCanCommit, commitFiles } from '../git/commit.js';
import { locateFindings } from '../load/locate.js';
import type { CycleDoc, Diagnostic, Finding } from '../model.js';

/** Scalar edits to one repository-relative unit file. */
export interface FileEdits {
  file: string;
  edits: ScalarEdit[];
}

export interface ApplyOptions {
  /** false for --no-commit: only edit. */
  commit: boolean;
  /** The commit message; made only once the change is known to be valid. */
  message: () => string;
  /**
   * The texts the edits were planned against, by file. When given, a file that no longer
   * holds them (an editor saved it while prompts were open) is refused rather than edited.
   */
  originals?: Map<string, string>;
}

export interface AppliedEdits {
  files: string[];
  /** The commit made, unless --no-commit. */
  commit?: string;
  /** The cycle as it is after the change. */
  after: CheckedCycle;
}

/** The change would introduce these errors; nothing was written. */
export class RefusedChange extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super('the change would make the OKR files invalid');
  }
}

export async function applyEdits(
  repo: Repository,
  cycle: CycleDoc,
  before: CheckedCycle,
  changes: FileEdits[],
  options: ApplyOptions,
): Promise<AppliedEdits> {
  const files = [...new Set(changes.map((c) => c.file))];
  if (options.commit) await assertCanCommit(repo.root, files, repo.env);

  const originals = new Map<string, string>();
  const changed = new Map<string, string>();
  for (const file of files) {
    const original = readFileSync(join(repo.root, file), 'utf8');
    const expected = options.originals?.get(file);
    if (expected !== undefined && expected !== original) {
      throw new UsageError(`${file} changed while okr was working on it; nothing written (run the command again)`);
    }
    originals.set(file, original);
    // Edits to one file apply in the order given: a later one sees the earlier ones' result.
    const edits = changes.filter((c) => c.file === file).flatMap((c) => c.edits);
    try {
      changed.set(file, setScalars(original, edits));
    } catch (error) {
      if (error instanceof EditError) throw new UsageError(`cannot edit ${file} in place: ${error.message}`);
      throw error;
    }
  }

  const after = await checkCycle(repo, cycle, { overrides: changed });
  const introduced = newErrors(before.findings, after.findings);
  if (introduced.length > 0) {
    const sources = new Map(after.loaded.sources);
    for (const [file, text] of changed) sources.set(file, { absPath: join(repo.root, file), file, text });
    throw new RefusedChange(locateFindings(introduced, sources, repo.root));
  }

  for (const [file, text] of changed) writeFileAtomic(join(repo.root, file), text);
  if (!options.commit) return { files, after };
  try {
    const commit = await commitFiles(repo.root, files, options.message(), repo.env);
    return { files, commit, after };
  } catch (error) {
    // Nothing is lost: the files go back to what they were, and git's reason is reported.
    for (const [file, text] of originals) writeFileAtomic(join(repo.root, file), text);
    throw error;
  }
}

/** Errors after the change that were not there before. */
export function newErrors(before: Finding[], after: Finding[]): Finding[] {
  const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');
  return compareFindings(errors(before), errors(after)).introduced;
}
