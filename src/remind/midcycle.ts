// Step 2: around the midpoint, the key results each lead should bring to the mid-cycle
// check-in: off track, at risk, stale (silence is never green) and optimistic (a confidence
// the numbers do not back). A stale key result on this list is not listed again as an
// overdue check-in (build.ts): one line per key result, with every reason on it.

import type { Cascade } from '../graph/cascade.js';
import type { CycleDoc } from '../model.js';
import type { KeyResultScore, ScoredCycle } from '../score/types.js';
import { formatScore } from '../text/numbers.js';
import { daysBetween } from '../score/days.js';
import { keyResultOwner, keyResultsOf } from './who-owes.js';
import type { MidcycleFlag, Owed, StepWindow } from './types.js';

export function midcycleReminders(cycle: CycleDoc, window: StepWindow, cascade: Cascade, scored: ScoredCycle): Owed[] {
  if (!window.active) return [];
  const owed: Owed[] = [];
  for (const kr of keyResultsOf(cascade)) {
    const score = scored.keyResults.get(kr.ref);
    if (!score || score.dropped) continue;
    const reasons = midcycleReasons(score, scored.asOf);
    if (reasons.length === 0) continue;
    owed.push({
      owner: keyResultOwner(kr, cascade),
      item: {
        kind: 'midcycle', cycle: cycle.id, ref: kr.ref, title: kr.doc.title,
        reason: reasons.map((r) => r.text).join('; '), ...(window.due === undefined ? {} : { due: window.due }), flags: reasons.map((r) => r.flag),
      },
    });
  }
  return owed;
}

/** Why a key result needs talking about, if it does; empty when it is fine. */
export function midcycleReasons(score: KeyResultScore, asOf: string): { flag: MidcycleFlag; text: string }[] {
  const reasons: { flag: MidcycleFlag; text: string }[] = [];
  const pace = `score ${formatScore(score.score)}, expected ${formatScore(score.expected)} by now`;
  if (score.status === 'off_track') reasons.push({ flag: 'off_track', text: `off track (${pace})` });
  if (score.status === 'at_risk') reasons.push({ flag: 'at_risk', text: `at risk (${pace})` });
  if (score.stale) {
    const text = score.lastCheckin === null ? 'stale (no check-in yet)' : `stale (last check-in ${score.lastCheckin}, ${daysBetween(score.lastCheckin, asOf)} days ago)`;
    reasons.push({ flag: 'stale', text });
  }
  if (score.optimistic) {
    const why = score.status === 'off_track' ? 'while off track' : 'while the value has not moved over its last three check-ins';
    reasons.push({ flag: 'optimistic', text: `optimistic (confidence ${score.confidence} ${why})` });
  }
  return reasons;
}
