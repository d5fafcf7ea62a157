// Applies `okr new` through the write transaction (src/write/transaction.ts): under the
// repository lock the cycle is loaded as it is now and the item is planned on it again (the
// answers given before the lock are replayed, so the next free id is the one free now), the
// whole cycle is checked with the new text in place, and only then is the file written.
// Errors the change brings refuse it, and nothing is written; warnings it brings are shown,
// and it goes ahead. Problems that were there before are not this change's business.

import { checkCycle, loadOptionsFrom, sortDiagnostics, type Repository } from '../check.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import { compareFindings } from '../findings/same-finding.js';
import { formatStylish } from '../format/stylish.js';
import { readRepositoryText } from '../fs/read-file.js';
import { locateFindings } from '../load/locate.js';
import type { CycleDoc, Diagnostic, Finding } from '../model.js';
import { colorsFor } from '../terminal/color.js';
import type { GlobalOptions, Io } from '../terminal/io.js';
import type { Prompter } from '../terminal/prompts.js';
import { transact } from '../write/transaction.js';
import { makeAsker } from './ask.js';
import type { NewOptions } from './options.js';
import type { Plan, Planner } from './plan.js';

/** Adding the item would make the cycle invalid: these are the errors; nothing was written. */
class RefusedPlan extends Error {
  constructor(readonly what: string, readonly diagnostics: Diagnostic[]) {
    super(`adding ${what} would make the cycle invalid`);
  }
}

export interface NewRun {
  repo: Repository;
  cycle: CycleDoc;
  planner: Planner;
  /** The answers given before the lock, replayed; undefined: flags and defaults only. */
  prompter?: Prompter;
}

export async function applyPlan({ repo, cycle, planner, prompter }: NewRun, options: NewOptions & GlobalOptions, io: Io): Promise<number> {
  const colors = colorsFor(io.stderr, io.env, options.color);
  let applied;
  try {
    applied = await transact({
      root: repo.root,
      command: 'okr new',
      env: io.env,
      onWait: options.quiet ? undefined : (message) => io.stderr.write(`okr: ${message}\n`),
      change: async () => {
        const checked = await checkCycle(repo, cycle, loadOptionsFrom(io.env));
        const plan = await planner({ repo, cycle, checked, ask: makeAsker(prompter) }, options);
        // A new file never replaces one that is there (whatever the listing made of it).
        const there = readRepositoryText(repo.root, plan.file);
        if (plan.original === undefined && (there.text !== undefined || there.problem !== undefined)) {
          throw new UsageError(`${plan.file} already exists; nothing written`);
        }
        const diagnostics = await broughtBy(plan, repo, cycle, checked.findings, io);
        if (diagnostics.some((d) => d.severity === 'error')) throw new RefusedPlan(plan.what, diagnostics);
        return { texts: new Map([[plan.file, plan.text]]), result: { plan, diagnostics } };
      },
    });
  } catch (error) {
    if (!(error instanceof RefusedPlan)) throw error;
    io.stderr.write(formatStylish(error.diagnostics, colors));
    io.stderr.write(`okr: nothing written: adding ${error.what} would make ${cycle.id} invalid\n`);
    return EXIT_FINDINGS;
  }

  const { plan, diagnostics } = applied.result;
  if (diagnostics.length > 0) io.stderr.write(formatStylish(diagnostics, colors));
  if (!options.quiet) {
    io.stderr.write(plan.original === undefined ? `added ${plan.what} (new file ${plan.file})\n` : `added ${plan.what} to ${plan.file}\n`);
    if (plan.next) io.stderr.write(`next: ${plan.next}\n`);
  }
  // The reference is the command's result, for scripts: ref=$(okr new objective ...).
  io.stdout.write(`${plan.ref}\n`);
  return EXIT_OK;
}

/** What the plan brings that was not there: checked with the whole cycle, the new text in place. */
async function broughtBy(plan: Plan, repo: Repository, cycle: CycleDoc, before: Finding[], io: Io): Promise<Diagnostic[]> {
  const overrides = new Map([[plan.file, plan.text]]);
  const after = await checkCycle(repo, cycle, { ...loadOptionsFrom(io.env), overrides });
  const brought = compareFindings(before, after.findings).introduced.filter((f) => !plan.expected?.(f));
  if (brought.length === 0) return [];
  // Positions in the changed file come from its new text, which is not on disk yet.
  const sources = new Map(after.loaded.sources);
  sources.set(plan.file, { absPath: plan.absPath, file: plan.file, text: plan.text.replace(/^\ufeff/, '') });
  return sortDiagnostics(locateFindings(brought, sources, repo.root));
}
