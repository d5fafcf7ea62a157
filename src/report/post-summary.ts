// What `okr report --post NAME` sends to a chat: the report's summary, small enough for a
// channel. The overall score, how the key results stand, and the report's "Needs attention"
// rows, each with why and the exact command that checks it in.
// Every count here is counted from the lists it heads, so the post agrees with itself. Pure:
// built from the report and the cascade it was made from.

import type { Cascade } from '../graph/cascade.js';
import type { Grade, Status } from '../score/types.js';
import { daysBetween } from '../score/days.js';
import { checkinCommand } from '../text/checkin-command.js';
import { keyResultsByRef } from './lookup.js';
import type { Report } from './model.js';

export interface PostItem {
  ref: string;
  title: string;
  /** The lead's name, else their id; null when nobody leads it. */
  lead: string | null;
  status: Status;
  /** Why it is listed, most urgent first: "off track: 0.20, expected 0.38", "no check-in since …". */
  reasons: string[];
  /** `okr checkin REF …` with its last values, as words; null for a roll-up. */
  command: string[] | null;
}

export interface PostSummary {
  organization: string;
  cycle: { id: string; start: string; end: string };
  asOf: string;
  /** --unit: the subtree reported. */
  scope: string | null;
  /** Day of the cycle, 1-based and clamped to its length, and its length in days. */
  day: number;
  days: number;
  ended: boolean;
  overall: { score: number | null; grade: Grade | null };
  /** Active key results (dropped ones left out), and how many stand at each status. */
  keyResults: number;
  byStatus: Partial<Record<Status, number>>;
  /** Of those, silent for longer than checkins.everyDays. */
  stale: number;
  /** Every key result that needs its lead now, worst first; `attention.length` is their count. */
  attention: PostItem[];
}

export function postSummary(report: Report, cascade: Cascade): PostSummary {
  const active = report.units.flatMap((unit) => unit.objectives.flatMap((objective) => objective.keyResults)).filter((kr) => !kr.dropped);
  const byStatus: Partial<Record<Status, number>> = {};
  for (const kr of active) byStatus[kr.status] = (byStatus[kr.status] ?? 0) + 1;
  // The report's own "Needs attention" (report/attention.ts): one definition, so the post
  // lists exactly the rows the report does, in its order, with its reasons.
  const byRef = keyResultsByRef(report);
  const days = daysBetween(report.cycle.start, report.cycle.end) + 1;
  return {
    organization: report.organization,
    cycle: { id: report.cycle.id, start: report.cycle.start, end: report.cycle.end },
    asOf: report.asOf,
    scope: report.scope,
    day: Math.min(days, Math.max(1, daysBetween(report.cycle.start, report.asOf) + 1)),
    days,
    ended: report.ended,
    overall: { score: report.overall.score, grade: report.overall.grade },
    keyResults: active.length,
    byStatus,
    stale: active.filter((kr) => kr.stale).length,
    attention: report.attention.keyResults.flatMap((item) => {
      const kr = byRef.get(item.ref);
      if (!kr) return [];
      const node = cascade.keyResults.get(kr.ref);
      return [{
        ref: kr.ref, title: kr.title, lead: kr.leadName ?? kr.lead, status: kr.status, reasons: item.reasons.map((reason) => reason.text),
        command: node ? checkinCommand(node) : null,
      }];
    }),
  };
}
