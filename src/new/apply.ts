// Applies `okr new` through the write transaction (src/write/transaction.ts): under the
// repository lock the cycle is loaded as it is now and the item is planned on it again (the
// answers given before the lock are replayed, so the next free id is the one free now), the
// whole cycle is checked with the new text in place, and only then is the file written.
// Errors the change brings refuse it, and nothing is written; warnings it brings are shown,
// and it goes ahead. Problems that were there before are not this change's business.

import { checkCycle } from '../repository/check-cycle.js';
import { checkChange } from '../repository/check-change.js';
import type { Repository } from '../repository/repository.js';
import { sortDiagnostics } from '../findings/sort-diagnostics.js';
import { UsageError } from '../errors.js';
import { readRepositoryText } from '../fs/read-file.js';
import type { CycleDoc, Diagnostic } from '../model.js';
import type { Prompter } from '../terminal/prompts.js';
import { transact } from '../write/transaction.js';
import { makeAsker } from './ask.js';
import type { NewOptions } from './options.js';
import type { Plan, Planner } from './plan.js';

/** Adding the item would make the cycle invalid: these are the errors; nothing was written. */
export class RefusedPlan extends Error {
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
  env: Record<string, string | undefined>;
  onWait?: (message: string) => void;
}

export interface AddedItem {
  plan: Plan;
  /** Warnings the new item brings (it was written all the same). */
  diagnostics: Diagnostic[];
}

/** Writes the new item, or throws RefusedPlan (or a UsageError) with nothing written. */
export async function applyPlan({ repo, cycle, planner, prompter, env, onWait }: NewRun, options: NewOptions): Promise<AddedItem> {
  const applied = await transact({
    root: repo.root,
    command: 'okr new',
    env,
    onWait,
    change: async () => {
      const checked = await checkCycle(repo, cycle);
      const plan = await planner({ repo, cycle, checked, ask: makeAsker(prompter) }, options);
      // A new file never replaces one that is there (whatever the listing made of it).
      const there = readRepositoryText(repo.root, plan.file);
      if (plan.original === undefined && (there.text !== undefined || there.problem !== undefined)) {
        throw new UsageError(`${plan.file} already exists; nothing written`);
      }
      const { brought } = await checkChange(repo, cycle, checked.findings, new Map([[plan.file, plan.text]]), { expected: plan.expected });
      const diagnostics = sortDiagnostics(brought);
      if (diagnostics.some((d) => d.severity === 'error')) throw new RefusedPlan(plan.what, diagnostics);
      return { texts: new Map([[plan.file, plan.text]]), result: { plan, diagnostics } };
    },
  });
  return applied.result;
}
