// A change checked before it is written, the one way every writing command decides: the cycle
// checked again with the new texts in place of its files, and what that brings which was not
// there before (src/findings/same-finding.ts), located in the new texts, which are not on disk
// yet. Errors it brings refuse the change; warnings are said, and the change goes ahead.

import { join } from 'node:path';
import { compareFindings } from '../findings/same-finding.js';
import { locateFindings } from '../load/locate.js';
import type { CycleDoc, Diagnostic, Finding, SourceFile } from '../model.js';
import { checkCycle, type CheckedCycle } from './check-cycle.js';
import type { Repository } from './repository.js';

export interface CheckedChange {
  /** The cycle as it would be. */
  after: CheckedCycle;
  /** What the change brings, in the order found, located in the new texts. */
  brought: Diagnostic[];
}

export interface ChangeCheckOptions {
  /** Findings the change is meant to bring (an objective not yet aligned), which are not its fault. */
  expected?: (finding: Finding) => boolean;
  /** Other files changed with it that the cycle does not read (the config), to locate in. */
  sources?: SourceFile[];
}

/** `before`: the findings of the cycle as it is; `texts`: the new text of each changed file. */
export async function checkChange(repo: Repository, cycle: CycleDoc, before: readonly Finding[], texts: Map<string, string>, options: ChangeCheckOptions = {}): Promise<CheckedChange> {
  const after = await checkCycle(repo, cycle, { overrides: texts });
  const brought = compareFindings(before, after.findings).introduced.filter((finding) => !options.expected?.(finding));
  if (brought.length === 0) return { after, brought: [] };
  const sources = new Map(after.loaded.sources);
  for (const [file, text] of texts) sources.set(file, { absPath: join(repo.root, file), file, text: text.replace(/^\ufeff/, '') });
  for (const source of options.sources ?? []) sources.set(source.file, source);
  return { after, brought: locateFindings(brought, sources, repo.root) };
}

export function errorsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}
