// How a key result's standing reads, the same in every view (okr score, tree, the reports):
// the words of its status, a hand score beside the computed one (SPEC 4.1), where confidence
// is heading, and its latest note cut to fit a table cell. Plain text: each format escapes it.

import type { CheckinNote, ConfidenceTrend, Status } from '../score/types.js';
import { cutToWidth } from '../text/display-width.js';
import { formatScore } from '../text/numbers.js';

/**
 * What a key result's status shows, most telling first: its status, then `stale` where the
 * status does not already say so. Silence is never green (a stale KR that would be on track
 * has status `stale`), but a stale KR at risk is at risk and stale. Every count of "stale"
 * counts these words, so it equals the stale key results listed.
 */
export function statusWords(kr: { status: Status; stale: boolean }): Status[] {
  return kr.stale && kr.status !== 'stale' && kr.status !== 'dropped' ? [kr.status, 'stale'] : [kr.status];
}

/** "hand-scored, computed 0.33" where a hand score wins over the numbers; else null. */
export function handScoreWords(kr: { manual: number | null; computed: number | null }): string | null {
  if (kr.manual === null) return null;
  return kr.computed === null ? 'hand-scored' : `hand-scored, computed ${formatScore(kr.computed)}`;
}

export const TREND_ARROWS: Record<ConfidenceTrend['direction'], string> = { up: '↑', down: '↓', steady: '→' };

/** A confidence as written in a table: 0.7, 0.75, 1. */
export function formatConfidence(confidence: number | null): string {
  return confidence === null ? '' : String(Math.round(confidence * 100) / 100);
}

/**
 * The trend in a cell: "0.5 0.6 0.7 ↑" (`series`: each change, a value held over several
 * check-ins once), or the latest confidence with its arrow, "0.7 ↑". A confidence given once
 * has no direction yet: just "0.7"; one held over the check-ins is steady, "0.6 →".
 */
export function confidenceTrendText(trend: ConfidenceTrend | null, series = true): string {
  if (trend === null) return '';
  const last = trend.values[trend.values.length - 1];
  if (trend.values.length < 2) return formatConfidence(last);
  const values = series ? confidenceChanges(trend).map(formatConfidence).join(' ') : formatConfidence(last);
  return `${values} ${TREND_ARROWS[trend.direction]}`;
}

/** The trend's values with each run of one value said once: 0.6 0.6 0.7 → 0.6 0.7. */
export function confidenceChanges(trend: ConfidenceTrend): number[] {
  return trend.values.filter((value, i) => i === 0 || value !== trend.values[i - 1]);
}

/** Notes in table cells are cut here; the JSON keeps them whole. */
export const NOTE_CELL_WIDTH = 80;

/** A note on one line (its line breaks as spaces), cut to `width` columns with …. */
export function noteLine(note: CheckinNote | null, width = NOTE_CELL_WIDTH): string {
  if (note === null) return '';
  return cutToWidth(note.text.replace(/\s+/g, ' ').trim(), width);
}
