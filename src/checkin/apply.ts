// Applies planned check-ins: edit the bytes of the changed values, check the whole cycle
// with the change in place, write atomically, commit those files alone. Every refusal comes
// before the first byte is written; a commit that fails puts the files back as they were.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCycle, type CheckedCycle, type Repository } from '../check.js';
import { compareFindings } from '../diff/compare.js';
import { EditError, setScalars } from '../edit/index.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { formatCheckinMessage } from '../git/checkin-message.js';
import { assertCanCommit, commitFiles } from '../git/commit.js';
import { locateFindings } from '../load/locate.js';
import type { CycleDoc, Diagnostic, Finding } from '../model.js';
import type { PlannedCheckin } from './plan.js';

export interface AppliedCheckins {
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

export async function applyCheckins(
  repo: Repository,
  cycle: CycleDoc,
  before: CheckedCycle,
  planned: PlannedCheckin[],
  options: { commit: boolean },
): Promise<AppliedCheckins> {
  const files = [...new Set(planned.map((p) => p.file))];
  if (options.commit) await assertCanCommit(repo.root, files);

  const originals = new Map<string, string>();
  const changed = new Map<string, string>();
  for (const file of files) {
    const original = readFileSync(join(repo.root, file), 'utf8');
    originals.set(file, original);
    const edits = planned.filter((p) => p.file === file).flatMap((p) => p.edits);
    try {
      changed.set(file, setScalars(original, edits));
    } catch (error) {
      if (error instanceof EditError) throw new UsageError(`cannot edit ${file} in place: ${(error as Error).message}`);
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
    const commit = await commitFiles(repo.root, files, formatCheckinMessage(planned.map((p) => p.record)));
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
