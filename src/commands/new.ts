// okr new unit|objective|kr: add one item, by prompts on a terminal or by flags otherwise
// (SPEC 5). The change is planned in memory, checked with the whole cycle, and only then
// written, atomically; an interrupted run (Ctrl-C) writes nothing and exits 130.

import { checkCycle, loadOptionsFrom, openRepository, selectCycle } from '../check.js';
import { applyPlan } from '../new/apply.js';
import { makeAsker } from '../new/ask.js';
import { checkFlags, parseKind, type NewKind, type NewOptions } from '../new/options.js';
import type { Planner } from '../new/plan.js';
import { planKeyResult } from '../new/plan-kr.js';
import { planObjective } from '../new/plan-objective.js';
import { planUnit } from '../new/plan-unit.js';
import { colorsFor } from '../terminal/color.js';
import { isInteractive, today, type Io } from '../terminal/io.js';
import { EXIT_ABORTED, PromptAborted, terminalPrompter } from '../terminal/prompts.js';

const PLANNERS: Record<NewKind, Planner> = { unit: planUnit, objective: planObjective, kr: planKeyResult };

export async function run(options: NewOptions, [what]: string[], io: Io): Promise<number> {
  const kind = parseKind(what);
  checkFlags(kind, options);
  const repo = await openRepository({ cwd: io.cwd, dir: options.dir, config: options.config, env: io.env });
  const cycle = selectCycle(repo.config, options.cycle, options.asOf ?? today());
  const checked = await checkCycle(repo, cycle, loadOptionsFrom(io.env));
  const prompter = isInteractive(io) ? terminalPrompter(io, colorsFor(io.stdout, io.env, options.color)) : undefined;
  const context = { repo, cycle, checked, ask: makeAsker(prompter) };
  try {
    return await applyPlan(context, await PLANNERS[kind](context, options), options, io);
  } catch (error) {
    if (!(error instanceof PromptAborted)) throw error;
    io.stderr.write('okr: aborted; nothing written\n');
    return EXIT_ABORTED;
  }
}
