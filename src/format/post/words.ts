// Words shared by the chat posts: how a status reads, the headline, and how many items a chat
// message lists before it points at the full report.

import type { PostSummary } from '../../report/post-summary.js';
import type { Status } from '../../score/types.js';
import { plural } from '../../text/plural.js';
import { formatScore } from '../../text/numbers.js';
import { GRADE_ICON } from '../shared/markdown.js';

/** A chat message lists this many key results at most; the rest are counted and left to the report. */
export const MAX_LISTED = 15;

const STATUS_ORDER: Status[] = ['off_track', 'at_risk', 'stale', 'on_track', 'done', 'red', 'yellow', 'green', 'none'];

const STATUS_LABEL: Record<Status, string> = {
  off_track: 'off track', at_risk: 'at risk', stale: 'stale', on_track: 'on track', done: 'done',
  red: 'red', yellow: 'yellow', green: 'green', none: 'no score yet', dropped: 'dropped',
};

/** `day 54 of 92 · overall 0.52 🟡` */
export function standing(summary: PostSummary): string {
  const when = summary.ended ? `the cycle ended ${summary.cycle.end}` : `day ${summary.day} of ${summary.days}`;
  const grade = summary.overall.grade ? ` ${GRADE_ICON[summary.overall.grade]}` : '';
  return `as of ${summary.asOf}, ${when} · overall ${formatScore(summary.overall.score)}${grade}`;
}

/** `61 key results: 5 off track, 10 at risk, 30 on track, 3 done` (the counts add up to the first). */
export function statusCounts(summary: PostSummary): string {
  const parts = STATUS_ORDER.filter((status) => (summary.byStatus[status] ?? 0) > 0).map((status) => `${summary.byStatus[status]} ${STATUS_LABEL[status]}`);
  return `${plural(summary.keyResults, 'key result')}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

/** `Needs attention: 12 key results` or that nothing does. */
export function attentionHeading(summary: PostSummary): string {
  return summary.attention.length === 0
    ? 'Nothing needs attention: every key result is on pace and checked in.'
    : `Needs attention: ${plural(summary.attention.length, 'key result')}${summary.attention.length > MAX_LISTED ? `, the first ${MAX_LISTED} below` : ''}`;
}

/** The line after a shortened list. */
export function moreText(summary: PostSummary): string | undefined {
  const more = summary.attention.length - MAX_LISTED;
  return more > 0 ? `…and ${more} more: okr report lists them all.` : undefined;
}
