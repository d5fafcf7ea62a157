// What needs someone's attention, read off the report's own key results (so it agrees with
// the tables): one row per key result with every reason it is listed for, ordered by its most
// severe reason — off track, at risk, committed and headed below 1.0, stale, optimistic —
// then, within one, worst first (the widest gap, the lowest outlook, the longest silence).
// Health metrics out of their band are a list of their own. Dropped key results are in none.
// Pure.

import { atLeast } from '../score/pace.js';
import { daysBetween } from '../score/days.js';
import { formatScore } from '../text/numbers.js';
import type { AttentionItem, AttentionKind, AttentionReason, KeyResultReport, Report, UnitReport } from './model.js';

export interface AttentionOptions {
  asOf: string;
  ended: boolean;
  /** The last day of the cycle: staleness stops counting there. */
  end: string;
  committedGoal: number;
}

/** Most severe first: a row's place is decided by its first reason. */
export const ATTENTION_ORDER: readonly AttentionKind[] = ['off_track', 'at_risk', 'will_miss', 'stale', 'optimistic'];

interface Found {
  reason: AttentionReason;
  /** Lower is worse, among the reasons of one kind. */
  key: number;
}

export function attentionLists(units: readonly UnitReport[], options: AttentionOptions): Report['attention'] {
  const all = units.flatMap((unit) => unit.objectives.flatMap((objective) => objective.keyResults)).filter((kr) => !kr.dropped);
  const rows = all.flatMap((kr, index) => {
    const found = reasonsOf(kr, options);
    return found.length === 0 ? [] : [{ kr, index, found }];
  });
  const rank = (kind: AttentionKind) => ATTENTION_ORDER.indexOf(kind);
  rows.sort((a, b) => rank(a.found[0].reason.kind) - rank(b.found[0].reason.kind) || a.found[0].key - b.found[0].key || a.index - b.index);
  const keyResults: AttentionItem[] = rows.map(({ kr, found }) => ({ ref: kr.ref, reasons: found.map((f) => f.reason) }));
  const healthOutOfBand = units.flatMap((unit) => unit.healthMetrics.filter((metric) => metric.outOfBand));
  return { keyResults, healthOutOfBand };
}

/** Every reason a key result needs attention, most severe first. */
function reasonsOf(kr: KeyResultReport, options: AttentionOptions): Found[] {
  const found: Found[] = [];
  const add = (kind: AttentionKind, text: string, key: number) => found.push({ reason: { kind, text }, key });
  const gap = (kr.score ?? 0) - (kr.expected ?? 0);
  const behind = `${formatScore(kr.score)}, expected ${formatScore(kr.expected ?? null)}`;
  if (kr.status === 'off_track') add('off_track', `off track: ${behind}`, gap);
  if (kr.status === 'at_risk') add('at_risk', `at risk: ${behind}`, gap);
  if (kr.committed && willMiss(kr, options)) add('will_miss', missReason(kr, options), (options.ended ? kr.score : kr.forecast) ?? kr.score ?? 0);
  if (kr.stale) {
    const until = options.ended ? options.end : options.asOf;
    if (kr.lastCheckin === null) add('stale', 'no check-in yet', -Infinity);
    else add('stale', `no check-in for ${daysBetween(kr.lastCheckin, until)} days`, -daysBetween(kr.lastCheckin, until));
  }
  if (kr.optimistic) {
    add('optimistic', kr.status === 'off_track' ? `confidence ${kr.confidence} while off track` : `confidence ${kr.confidence}, value unmoved over three check-ins`, 0);
  }
  return found;
}

/**
 * A committed key result misses when it ended below its goal, or its forecast is below it.
 * One off track with no forecast yet is listed as off track, which says as much.
 */
function willMiss(kr: KeyResultReport, options: AttentionOptions): boolean {
  if (kr.score !== null && atLeast(kr.score, options.committedGoal)) return false;
  if (options.ended) return true;
  return kr.forecast !== null && !atLeast(kr.forecast, options.committedGoal);
}

function missReason(kr: KeyResultReport, options: AttentionOptions): string {
  const goal = formatScore(options.committedGoal);
  if (options.ended) return `committed: ended at ${formatScore(kr.score)}, below ${goal}`;
  return `committed: forecast ${formatScore(kr.forecast)} at the end, below ${goal}`;
}
