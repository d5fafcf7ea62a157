// The edge of `okr report`: load and score the cycle (as it is, or at --at), then read its
// git history ONCE and use it twice: for the check-in timelines that scoring reads
// (staleness, forecasts) and for the replay that trends and "added mid-cycle" read. Where
// there is no usable history (outside git, no commits, a shallow clone, --no-history) the
// report is built from the files alone and says why.

import { readHistory, timingAsOf } from '../git/history.js';
import { readRepoState } from '../git/repo-state.js';
import { resolveRevisionOrDate } from '../git/revision.js';
import { scoreCycle } from '../score/score-cycle.js';
import type { Io } from '../terminal/io.js';
import type { Progress } from '../terminal/progress.js';
import { loadScoredView, type ViewOptions } from '../view/scored-cycle.js';
import type { ReportInput } from './build.js';
import { replayHistory } from './replay.js';

export interface ReportLoadOptions extends ViewOptions {
  unit?: string;
}

export async function loadReportInput(options: ReportLoadOptions, io: Io, progress: Progress): Promise<ReportInput> {
  progress.phase('loading the OKR files');
  // Scored here without history; rescored below once history has been read (scoring is cheap, git is not).
  const view = await loadScoredView({ ...options, history: false }, { ...io, stderr: progress.stderr });
  const { repo, cycle, checked } = view;
  const asOf = view.scored.asOf;
  const input: ReportInput = { config: repo.config, cycle, cascade: checked.cascade, scored: view.scored, history: null, unit: options.unit };

  if (options.at !== undefined) {
    input.at = { revision: options.at, ...(await resolveRevisionOrDate(repo.root, options.at, '--at', repo.env)) };
  }

  if (options.history === false) {
    input.historyNote = 'made with --no-history';
    return input;
  }
  progress.phase('reading the git history');
  const state = await readRepoState(repo.root, repo.env);
  const missing = !state ? 'this folder is not in a git repository'
    : !state.head ? 'the repository has no commits yet'
      : state.shallow ? 'this is a shallow clone, whose history is incomplete (fetch it all with actions/checkout fetch-depth: 0, or git fetch --unshallow)'
        : null;
  if (missing !== null) {
    input.historyNote = missing;
    if (!options.quiet) progress.stderr.write(`okr: note: no git history (${missing}), so the report has no trends, week-on-week changes, staleness or forecasts\n`);
    return input;
  }
  const history = await readHistory({ root: repo.root, config: repo.config, cycle, env: repo.env });
  progress.phase('scoring');
  input.scored = scoreCycle(checked.cascade, repo.config, cycle, { asOf, ...timingAsOf(history, asOf) });
  input.history = replayHistory(history.events, asOf);
  return input;
}


