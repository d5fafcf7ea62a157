// The retrospective's judgements of scores (SPEC 5): a committed key result is met at the
// committed goal; the aspirational average is read against fixed bands; an aspirational key
// result at 1.0 was probably set too safe. Comparisons forgive floating-point error, as
// grades do (src/score/pace.ts).

import { atLeast } from '../score/index.js';
import type { AspirationalBand } from './model.js';

export const TOO_SAFE_ABOVE = 0.85;
export const HEALTHY_FROM = 0.6;
export const INVESTIGATE_BELOW = 0.4;

export function aspirationalBand(average: number | null): AspirationalBand | null {
  if (average === null) return null;
  if (!atLeast(TOO_SAFE_ABOVE, average)) return 'too-safe';
  if (atLeast(average, HEALTHY_FROM)) return 'healthy';
  if (atLeast(average, INVESTIGATE_BELOW)) return 'low';
  return 'investigate';
}

/** What each band asks of the reader. */
export const BAND_WORDS: Record<AspirationalBand, string> = {
  'too-safe': 'too safe? (above 0.85: the goals did not stretch)',
  healthy: 'healthy (0.6 to 0.85)',
  low: 'low (0.4 to 0.6: below the healthy 0.6 to 0.85)',
  investigate: 'investigate (below 0.4)',
};

export function isMet(score: number | null, committedGoal: number): boolean {
  return score !== null && atLeast(score, committedGoal);
}

/** An aspirational key result that scored 1.0: sandbagging? */
export function isSandbagged(score: number | null): boolean {
  return score !== null && atLeast(score, 1);
}
