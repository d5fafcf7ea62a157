// How a reviewer and a reason read, in text and in markdown alike.

import type { Reason } from '../../reviewers/reasons.js';
import type { Reviewer, ReviewersReport } from '../../reviewers/reviewers.js';

export function why(reason: Reason): string {
  if (reason.kind === 'unit-changed') return `${reason.cycle} ${reason.unit} ${reason.change} (unit lead)`;
  if (reason.kind === 'kr-changed') return `${reason.ref} ${reason.change} (key-result lead)`;
  return `${reason.from} now aligns to ${reason.target} (${reason.as})`;
}

/** `@handle`, else the person id in brackets: someone to ask, even without a handle. */
export function handle(reviewer: Reviewer): string {
  return reviewer.github ?? `(${reviewer.person}: no GitHub handle)`;
}

/** The line about the author, who is not asked to review their own change; undefined when there is none. */
export function authorLine(report: ReviewersReport): string | undefined {
  if (!report.excluded) return undefined;
  return `${handle(report.excluded)} (${report.excluded.name ?? report.excluded.person}) is the pull request's author, so not asked to review their own change`;
}
