// Applies a plan only if the cycle still validates with it: the whole cycle is checked
// again with the new text in place of the file (nothing is on disk yet). Errors the change
// brings refuse it, and nothing is written; warnings it brings are shown, and it goes ahead.
// Problems that were there before are not this change's business.

import { checkCycle, loadOptionsFrom, sortDiagnostics } from '../check.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { formatStylish } from '../format/stylish.js';
import { locateFindings } from '../load/locate.js';
import type { Finding } from '../model.js';
import { colorsFor } from '../terminal/color.js';
import type { GlobalOptions, Io } from '../terminal/io.js';
import type { NewContext, Plan } from './plan.js';
import { writeAtomic } from './write-atomic.js';

export async function applyPlan({ repo, cycle, checked }: NewContext, plan: Plan, options: GlobalOptions, io: Io): Promise<number> {
  const overrides = new Map([[plan.file, plan.text]]);
  const after = await checkCycle(repo, cycle, { ...loadOptionsFrom(io.env), overrides });
  const before = new Set(checked.findings.map(findingKey));
  const brought = after.findings.filter((f) => !before.has(findingKey(f)) && !plan.expected?.(f));

  if (brought.length > 0) {
    // Positions in the changed file come from its new text, which is not on disk yet.
    const sources = new Map(after.loaded.sources);
    sources.set(plan.file, { absPath: plan.absPath, file: plan.file, text: plan.text.replace(/^\ufeff/, '') });
    const diagnostics = sortDiagnostics(locateFindings(brought, sources, repo.root));
    io.stderr.write(formatStylish(diagnostics, colorsFor(io.stderr, io.env, options.color)));
  }
  if (brought.some((f) => f.severity === 'error')) {
    io.stderr.write(`okr: nothing written: adding ${plan.what} would make ${cycle.id} invalid\n`);
    return EXIT_FINDINGS;
  }

  writeAtomic(plan.absPath, plan.file, plan.text, plan.original);
  if (!options.quiet) {
    io.stderr.write(plan.original === undefined ? `added ${plan.what} (new file ${plan.file})\n` : `added ${plan.what} to ${plan.file}\n`);
    if (plan.next) io.stderr.write(`next: ${plan.next}\n`);
  }
  // The reference is the command's result, for scripts: ref=$(okr new objective ...).
  io.stdout.write(`${plan.ref}\n`);
  return EXIT_OK;
}

/** A finding's identity across the two checks: appending moves no existing path. */
function findingKey(finding: Finding): string {
  return [finding.rule, finding.severity, finding.file, finding.path.join('\u0000'), finding.message].join('\u0001');
}
