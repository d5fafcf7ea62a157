// okr new unit|objective|kr: add one item, by prompts on a terminal or by flags otherwise
// (SPEC 5). The questions are asked first, with the repository unlocked; then, under the
// lock, the change is planned again from the files as they are (the answers replayed),
// checked with the whole cycle, and only then written, atomically. An interrupted run
// (Ctrl-C) writes nothing and exits 130.

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
import { EXIT_ABORTED, PromptAborted, terminalPrompter, type Prompter } from '../terminal/prompts.js';
import { recordingPrompter, replayPrompter } from '../terminal/replay-prompts.js';

const PLANNERS: Record<NewKind, Planner> = { unit: planUnit, objective: planObjective, kr: planKeyResult };

export async function run(options: NewOptions, [what]: string[], io: Io): Promise<number> {
  const kind = parseKind(what);
  checkFlags(kind, options);
  const repo = await openRepository({ cwd: io.cwd, dir: options.dir, config: options.config, createsOkrsDir: true, env: io.env });
  const cycle = selectCycle(repo.config, options.cycle, options.asOf ?? today());
  const planner = PLANNERS[kind];
  let prompter: Prompter | undefined;
  if (isInteractive(io)) {
    const checked = await checkCycle(repo, cycle, loadOptionsFrom(io.env));
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
  return applyPlan({ repo, cycle, planner, prompter }, options, io);
}
