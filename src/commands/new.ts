// okr new unit|objective|kr: add one item, by prompts on a terminal or by flags otherwise
// (SPEC 5). The questions are asked first, with the repository unlocked; then, under the
// lock, the change is planned again from the files as they are (the answers replayed),
// checked with the whole cycle, and only then written, atomically (src/new/apply.ts). An
// interrupted run (Ctrl-C) writes nothing and exits 130.

import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { formatStylish } from '../format/validate/stylish.js';
import { applyPlan, RefusedPlan } from '../new/apply.js';
import { makeAsker } from '../new/ask.js';
import { checkFlags, parseKind, type NewKind, type NewOptions } from '../new/options.js';
import type { Planner } from '../new/plan.js';
import { planKeyResult } from '../new/plan-kr.js';
import { planObjective } from '../new/plan-objective.js';
import { planUnit } from '../new/plan-unit.js';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { colorsFor } from '../terminal/color.js';
import { mediumOf } from '../terminal/medium.js';
import { isInteractive, today, type Io } from '../terminal/io.js';
import { EXIT_ABORTED, PromptAborted, terminalPrompter, type Prompter } from '../terminal/prompts.js';
import { recordingPrompter, replayPrompter } from '../terminal/replay-prompts.js';

const PLANNERS: Record<NewKind, Planner> = { unit: planUnit, objective: planObjective, kr: planKeyResult };

export async function run(options: NewOptions, [what]: string[], io: Io): Promise<number> {
  const kind = parseKind(what);
  checkFlags(kind, options);
  const repo = await openRepository({ cwd: io.cwd, config: options.config, createsOkrsDir: true, env: io.env });
  const cycle = selectCycle(repo.config, options.cycle, options.asOf ?? today());
  const planner = PLANNERS[kind];
  let prompter: Prompter | undefined;
  if (isInteractive(io)) {
    const checked = await repo.checked(cycle);
    const recording = recordingPrompter(terminalPrompter(io, colorsFor(io.stdout, io.env, options.color)));
    try {
      await planner({ repo, cycle, checked, ask: makeAsker(recording.prompter) }, options);
    } catch (error) {
      if (!(error instanceof PromptAborted)) throw error;
      io.stderr.write('okr: aborted; nothing written\n');
      return EXIT_ABORTED;
    }
    prompter = replayPrompter(recording.answers);
  }

  const colors = (await mediumOf(io.stderr, io.env, options.color)).paint;
  let added;
  try {
    added = await applyPlan({ repo, cycle, planner, prompter, env: io.env, onWait: options.quiet ? undefined : (message) => io.stderr.write(`okr: ${message}\n`) }, options);
  } catch (error) {
    if (!(error instanceof RefusedPlan)) throw error;
    io.stderr.write(formatStylish(error.diagnostics, colors));
    io.stderr.write(`okr: nothing written: adding ${error.what} would make ${cycle.id} invalid\n`);
    return EXIT_FINDINGS;
  }
  const { plan, diagnostics } = added;
  if (diagnostics.length > 0) io.stderr.write(formatStylish(diagnostics, colors));
  if (!options.quiet) {
    io.stderr.write(plan.original === undefined ? `added ${plan.what} (new file ${plan.file})\n` : `added ${plan.what} to ${plan.file}\n`);
    if (plan.next) io.stderr.write(`next: ${plan.next}\n`);
  }
  // The reference is the command's result, for scripts: ref=$(okr new objective ...).
  io.stdout.write(`${plan.ref}\n`);
  return EXIT_OK;
}
