// Applies check-ins through the shared edit flow (src/edit-flow/apply-edits.ts): under the
// repository lock the requests are planned against the cycle as it is then (so the previous
// value in the message is the one really replaced), edited byte-exactly, checked with the
// whole cycle, written atomically and committed alone, with the check-in message and trailers.

import type { Repository } from '../repository/repository.js';
import { applyEdits, type AppliedEdits } from '../edit-flow/apply-edits.js';
import { formatCheckinMessage } from '../git/checkin-message.js';
import type { CycleDoc } from '../model.js';
import { planCheckin, type PlannedCheckin } from './plan.js';
import type { CheckinRequest } from './request.js';

export { RefusedChange } from '../edit-flow/apply-edits.js';

export type AppliedCheckins = AppliedEdits<PlannedCheckin[]>;

export interface CheckinApplyOptions {
  commit: boolean;
  env: Record<string, string | undefined>;
  onWait?: (message: string) => void;
}

export async function applyCheckins(repo: Repository, cycle: CycleDoc, requests: CheckinRequest[], options: CheckinApplyOptions): Promise<AppliedCheckins> {
  return applyEdits(repo, cycle, (before) => {
    const planned = requests.map((request) => planCheckin(before.cascade, request));
    return { changes: planned.map((p) => ({ file: p.file, edits: p.edits, removals: p.removals })), result: planned };
  }, {
    commit: options.commit,
    message: (planned) => formatCheckinMessage(planned.map((p) => p.record)),
    command: 'okr checkin',
    env: options.env,
    onWait: options.onWait,
    // A value that did not move is still a check-in (SPEC 9): committed, empty, with its trailers.
    commitUnchanged: true,
  });
}
