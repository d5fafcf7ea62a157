// Which cycle a command works on: the one asked for (--cycle), else the one containing the
// date (the shortest, when cycles nest), else the one that ended last.

import { UsageError } from '../errors.js';
import { byEndThenShortest, cycleContaining } from '../load/cycle-spans.js';
import type { Config, CycleDoc } from '../model.js';
import { didYouMean } from '../text/did-you-mean.js';

export function selectCycle(config: Config, cycleId: string | undefined, asOf: string): CycleDoc {
  if (cycleId !== undefined) {
    const cycle = config.cycles.find((c) => c.id === cycleId);
    if (!cycle) {
      const guess = didYouMean(cycleId, config.cycles.map((c) => c.id));
      throw new UsageError(`unknown cycle '${cycleId}'${guess ? ` (did you mean '${guess}'?)` : ''}; cycles: ${config.cycles.map((c) => c.id).join(', ')}`);
    }
    return cycle;
  }
  return cycleContaining(config.cycles, asOf) ?? [...config.cycles].sort(byEndThenShortest).at(-1)!;
}

/** The cycle that ended last before this one starts. */
export function previousCycle(config: Config, cycle: CycleDoc): CycleDoc | undefined {
  return config.cycles
    .filter((other) => other.end < cycle.start)
    .sort(byEndThenShortest)
    .at(-1);
}
