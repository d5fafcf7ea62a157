// What `okr remind` reads, from the cycle's stages (src/repository/): the cycle checked and
// scored with its git timelines, and, when a step needs it, the cycle before: its units say
// who should post (step 1), and its learnings, due (retroBy) after the next cycle has begun,
// are still collected (step 3).

import type { CycleStages } from '../repository/cycle-stages.js';
import { previousCycle } from '../repository/select-cycle.js';
import { buildReminders } from './build.js';
import type { PreviousCycle } from './posting.js';
import type { Reminders } from './types.js';
import { postWindow } from './windows.js';

/** `cycleNamed`: --cycle was given, which asks for that cycle alone. */
export async function gatherReminders(stages: CycleStages, cycleNamed: boolean): Promise<Reminders> {
  const { repo, cycle } = stages;
  const scored = await stages.scored();
  const [checked, timing] = [await stages.checked(), await stages.timing()];
  const asOf = scored.asOf;
  const before = previousCycle(repo.config, cycle);
  const forPosting = before !== undefined && postWindow(cycle, asOf).active;
  // By retroBy the default cycle is already the next one, so the learnings still owed for
  // the cycle before are listed with it, all through it; --cycle asks for one cycle only.
  const forLearnings = before !== undefined && !cycleNamed && !scored.ended && asOf > before.end;
  let previous: PreviousCycle | undefined;
  if (before && (forPosting || forLearnings)) {
    const earlier = await repo.checked(before);
    previous = { cycle: before, cascade: earlier.cascade, files: earlier.loaded.files };
  }
  const present = new Set<string>([
    ...checked.cascade.units.keys(),
    ...checked.loaded.units.map((unit) => unit.stem),
    ...checked.loaded.brokenUnits,
  ]);
  return buildReminders({
    config: repo.config, cycle, asOf, cascade: checked.cascade, scored, present, cycleNamed,
    ...(timing ? { timelines: timing.timelines, fileDates: timing.fileDates } : {}),
    ...(forPosting && previous ? { previous } : {}),
    ...(forLearnings && previous ? { earlierLearnings: previous } : {}),
  });
}
