// Writes what a sync run read: under the repository lock the values are planned against the
// files as they are then (planSync), the moved ones edited in place through the shared edit
// flow, the cycle checked with them, and ONE commit made for the whole run, whatever the number
// of key results. A run whose values all stayed the same still commits (an empty commit, as
// okr checkin --unchanged makes): its trailers record that each source was read, which history
// counts as a check-in for staleness (SPEC 9).

import { applyEdits, type AppliedEdits } from '../edit-flow/apply-edits.js';
import { formatCheckinMessage } from '../git/checkin-message.js';
import type { CycleDoc } from '../model.js';
import type { Repository } from '../repository/repository.js';
import { planSync, syncSubject, type SyncPlan } from './plan.js';
import type { SourceRead } from './read-all.js';

export interface SyncApplyOptions {
  date: string;
  /** What to do instead when the commit cannot be made. */
  fix: string;
  env: Record<string, string | undefined>;
  onWait?: (message: string) => void;
}

export function applySync(repo: Repository, cycle: CycleDoc, reads: readonly SourceRead[], options: SyncApplyOptions): Promise<AppliedEdits<SyncPlan>> {
  return applyEdits(repo, cycle, (before) => {
    const plan = planSync(before.cascade, reads, { date: options.date, cycle: cycle.id });
    return { changes: plan.changes, result: plan };
  }, {
    commit: true,
    message: (plan) => formatCheckinMessage(plan.records, syncSubject(plan.rows)),
    commitUnchanged: true,
    command: 'okr sync',
    fix: options.fix,
    env: options.env,
    onWait: options.onWait,
  });
}
