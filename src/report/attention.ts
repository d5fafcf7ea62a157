// The lists that need someone's attention, read off the report's own key results (so they
// agree with the tables): off track and at risk (worst gap first), stale (longest silent
// first), optimistic, committed key results that will miss (lowest outlook first), and health
// metrics out of their band. Dropped key results are in none of them. Pure.

import { atLeast } from '../score/pace.js';
import { daysBetween } from '../score/days.js';
import { formatScore } from '../text/numbers.js';
import type { AttentionItem, KeyResultReport, Report, UnitReport } from './model.js';

export interface AttentionOptions {
  asOf: string;
  ended: boolean;
  /** The last day of the cycle: staleness stops counting there. */
  end: string;
  committedGoal: number;
}

export function attentionLists(units: readonly UnitReport[], options: AttentionOptions): Report['attention'] {
  const all = units.flatMap((unit) => unit.objectives.flatMap((objective) => objective.keyResults)).filter((kr) => !kr.dropped);
  const gap = (kr: KeyResultReport) => (kr.score ?? 0) - (kr.expected ?? 0);
  const behind = (kr: KeyResultReport) => `${formatScore(kr.score)}, expected ${formatScore(kr.expected ?? null)}`;

  const offTrack = sorted(all.filter((kr) => kr.status === 'off_track'), gap)
    .map((kr) => item(kr, `off track: ${behind(kr)}`));
  const atRisk = sorted(all.filter((kr) => kr.status === 'at_risk'), gap)
    .map((kr) => item(kr, `at risk: ${behind(kr)}`));

  const staleUntil = options.ended ? options.end : options.asOf;
  const stale = sorted(all.filter((kr) => kr.stale), (kr) => (kr.lastCheckin === null ? -Infinity : -daysBetween(kr.lastCheckin, staleUntil)))
    .map((kr) => item(kr, kr.lastCheckin === null ? 'no check-in yet' : `no check-in since ${kr.lastCheckin} (${daysBetween(kr.lastCheckin, staleUntil)} days)`));

  const optimistic = all.filter((kr) => kr.optimistic).map((kr) => item(kr, kr.status === 'off_track'
    ? `confidence ${kr.confidence} while off track (${behind(kr)})`
    : `confidence ${kr.confidence} while the value has not moved over the last three check-ins`));

  const missing = all.filter((kr) => kr.committed && willMiss(kr, options));
  const committedWillMiss = sorted(missing, (kr) => (options.ended ? kr.score : kr.forecast) ?? kr.score ?? 0)
    .map((kr) => item(kr, missReason(kr, options)));

  const healthOutOfBand = units.flatMap((unit) => unit.healthMetrics.filter((metric) => metric.outOfBand));
  return { offTrack, atRisk, stale, optimistic, committedWillMiss, healthOutOfBand };
}

/** A committed key result misses when it ended below its goal, or is headed below it. */
function willMiss(kr: KeyResultReport, options: AttentionOptions): boolean {
  if (kr.score !== null && atLeast(kr.score, options.committedGoal)) return false;
  if (options.ended) return true;
  if (kr.forecast !== null) return !atLeast(kr.forecast, options.committedGoal);
  return kr.status === 'off_track';
}

function missReason(kr: KeyResultReport, options: AttentionOptions): string {
  const goal = formatScore(options.committedGoal);
  if (options.ended) return `ended at ${formatScore(kr.score)}, below ${goal}`;
  if (kr.forecast !== null) return `forecast ${formatScore(kr.forecast)} at the cycle's end, below ${goal}`;
  return `off track (${formatScore(kr.score)}, expected ${formatScore(kr.expected ?? null)}) with no forecast yet`;
}

function item(kr: KeyResultReport, reason: string): AttentionItem {
  return { ref: kr.ref, title: kr.title, lead: kr.lead, leadName: kr.leadName, score: kr.score, status: kr.status, confidence: kr.confidence, reason };
}

/** Sorted by a key, ties keeping the report's order (stable sort). */
function sorted(list: KeyResultReport[], key: (kr: KeyResultReport) => number): KeyResultReport[] {
  return list.map((kr, index) => ({ kr, index, key: key(kr) }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map((entry) => entry.kr);
}
