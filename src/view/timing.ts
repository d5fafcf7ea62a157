// Time from git: the check-in timeline of every key result and the date each unit file was
// last committed, read from history in one pass. Scoring turns them into staleness,
// "value has not moved" flags and forecasts. Outside git there is nothing to read, and
// scores come from the files alone.

import type { Config, CycleDoc } from '../model.js';
import type { Checkin } from '../score/types.js';
import type { Io } from '../terminal/io.js';

export interface Timing {
  timelines: Map<string, Checkin[]>;
  /** Unit id → the date its file was last committed (on or before the as-of date). */
  fileDates: Map<string, string>;
}

export async function readTiming(root: string, config: Config, cycle: CycleDoc, asOf: string, io: Io, quiet = false): Promise<Timing | undefined> {
  const { readRepoState } = await import('../git/repo-state.js');
  const state = await readRepoState(root, io.env);
  if (!state?.head) return undefined;
  const { readHistory, timingAsOf } = await import('../git/history.js');
  const history = await readHistory({ root, config, cycle, env: io.env });
  if (history.shallow && !quiet) {
    io.stderr.write(`okr: warning: this is a shallow clone, so check-ins before ${history.start ?? 'its first commit'} are not seen and staleness may be wrong; fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)\n`);
  }
  return timingAsOf(history, asOf);
}
