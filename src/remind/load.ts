// The edge of `okr remind`: load and score the cycle (with its git history), and, when a
// step needs it, the cycle before: its units say who should post (step 1), and its
// learnings, due (retroBy) after the next cycle has begun, are still collected (step 3).

import { loadOptionsFrom } from '../check.js';
import { buildCascade } from '../graph/cascade.js';
import { byEndThenShortest } from '../load/cycle-spans.js';
import { loadCycle } from '../load/load-cycle.js';
import type { Config, CycleDoc } from '../model.js';
import type { GlobalOptions, Io } from '../terminal/io.js';
import { loadScoredView } from '../view/scored-cycle.js';
import { buildReminders } from './build.js';
import type { PreviousCycle } from './posting.js';
import type { Reminders } from './types.js';
import { postWindow } from './windows.js';

export async function loadReminders(options: GlobalOptions, io: Io): Promise<Reminders> {
  const { repo, cycle, checked, scored, timing } = await loadScoredView(options, io);
  const asOf = scored.asOf;
  const before = previousCycle(repo.config, cycle);
  const forPosting = before !== undefined && postWindow(cycle, asOf).active;
  // By retroBy the default cycle is already the next one, so the learnings still owed for
  // the cycle before are listed with it, all through it; --cycle asks for one cycle only.
  const forLearnings = before !== undefined && options.cycle === undefined && !scored.ended && asOf > before.end;
  let previous: PreviousCycle | undefined;
  if (before && (forPosting || forLearnings)) {
    const loaded = await loadCycle(repo.root, repo.config, before, loadOptionsFrom(io.env));
    previous = { cycle: before, cascade: buildCascade(loaded.units), files: loaded.files };
  }
  const present = new Set<string>([
    ...checked.cascade.units.keys(),
    ...checked.loaded.units.map((unit) => unit.stem),
    ...checked.loaded.brokenUnits,
  ]);
  return buildReminders({
    config: repo.config, cycle, asOf, cascade: checked.cascade, scored, present,
    ...(timing ? { timelines: timing.timelines, fileDates: timing.fileDates } : {}),
    ...(forPosting && previous ? { previous } : {}),
    ...(forLearnings && previous ? { earlierLearnings: previous } : {}),
  });
}

/** The cycle that ended last before this one starts. */
export function previousCycle(config: Config, cycle: CycleDoc): CycleDoc | undefined {
  return config.cycles
    .filter((other) => other.end < cycle.start)
    .sort(byEndThenShortest)
    .at(-1);
}
