// What `okr report` is built from, taken from the cycle's stages (src/repository/): the cycle
// checked and scored, and its git history read ONCE and used twice: for the check-in timelines
// that scoring reads (staleness, forecasts) and for the replay that trends and "added
// mid-cycle" read. Where there is no whole history (outside git, no commits, a shallow clone,
// --no-history) the report is built from the files alone and says why.

import type { CycleStages } from '../repository/cycle-stages.js';
import { untrustedHistory } from '../repository/shallow-clone.js';
import type { Progress } from '../terminal/progress.js';
import { fileProblems } from '../view/file-problems.js';
import type { ReportInput } from './build.js';
import { replayHistory } from './replay.js';

export interface ReportInputOptions {
  unit?: string;
  /** commander's --no-history. */
  history?: boolean;
  quiet?: boolean;
}

/** `stages` must be opened with `wholeHistory`, so that a shallow clone's timelines are not used. */
export async function reportInput(stages: CycleStages, options: ReportInputOptions, progress: Progress): Promise<ReportInput> {
  const { repo, cycle } = stages;
  const checked = await stages.checked();
  const problems = fileProblems(checked, repo.root);
  const input = { config: repo.config, cycle, cascade: checked.cascade, history: null, unit: options.unit, problems, ...(stages.at ? { at: { revision: stages.at.label, commit: stages.at.commit, date: stages.at.date } } : {}) };
  if (options.history === false) return { ...input, scored: await stages.scored(), historyNote: 'made with --no-history' };

  progress.phase('reading the git history');
  const missing = untrustedHistory(await repo.gitState());
  if (missing !== null) {
    if (!options.quiet) progress.stderr.write(`okr: note: no git history (${missing}), so the report has no trends, week-on-week changes, staleness or forecasts\n`);
    return { ...input, scored: await stages.scored(), historyNote: missing };
  }
  const history = await repo.history(cycle);
  progress.phase('scoring');
  const scored = await stages.scored();
  return { ...input, scored, history: replayHistory(history.events, scored.asOf) };
}
