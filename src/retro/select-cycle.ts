// Which cycle `okr retro` looks back on when none is named. Other commands take the cycle
// containing today (SPEC 5), but a retrospective happens after its cycle has ended, when
// today already lies in the next one: between a cycle's end and its retroBy date, that
// cycle is the one whose learnings are being collected.

import { selectCycle } from '../repository/select-cycle.js';
import { byEndThenShortest } from '../load/cycle-spans.js';
import type { Config, CycleDoc } from '../model.js';

export function retroCycle(config: Config, cycleId: string | undefined, asOf: string): { cycle: CycleDoc; inRetroWindow: boolean } {
  if (cycleId !== undefined) return { cycle: selectCycle(config, cycleId, asOf), inRetroWindow: false };
  const collecting = config.cycles
    .filter((c) => c.retroBy !== undefined && c.end < asOf && asOf <= c.retroBy)
    .sort(byEndThenShortest)
    .at(-1);
  if (collecting) return { cycle: collecting, inRetroWindow: true };
  return { cycle: selectCycle(config, undefined, asOf), inRetroWindow: false };
}
