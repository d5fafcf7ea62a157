// Applies planned check-ins through the shared edit flow (src/edit-flow/apply-edits.ts):
// byte-exact edits, the whole cycle checked with them in place, an atomic write and a commit
// of those files alone, with the check-in message and its trailers.

import type { CheckedCycle, Repository } from '../check.js';
import { applyEdits, type AppliedEdits } from '../edit-flow/apply-edits.js';
import { formatCheckinMessage } from '../git/checkin-message.js';
import type { CycleDoc } from '../model.js';
import type { PlannedCheckin } from './plan.js';

export { newErrors, RefusedChange } from '../edit-flow/apply-edits.js';

export type AppliedCheckins = AppliedEdits;

export async function applyCheckins(
  repo: Repository,
  cycle: CycleDoc,
  before: CheckedCycle,
  planned: PlannedCheckin[],
  options: { commit: boolean },
): Promise<AppliedCheckins> {
  return applyEdits(repo, cycle, before, planned.map((p) => ({ file: p.file, edits: p.edits })), {
    commit: options.commit,
    message: () => formatCheckinMessage(planned.map((p) => p.record)),
  });
}
