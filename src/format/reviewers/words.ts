// How a reviewer and a reason read, in text and in markdown alike.

import type { Reason } from '../../reviewers/reasons.js';
import type { Reviewer } from '../../reviewers/reviewers.js';

export function why(reason: Reason): string {
  if (reason.kind === 'unit-changed') return `${reason.cycle} ${reason.unit} ${reason.change} (unit lead)`;
  return `${reason.from} now aligns to ${reason.target} (${reason.as})`;
}

/** `@handle`, else the person id in brackets: someone to ask, even without a handle. */
export function handle(reviewer: Reviewer): string {
  return reviewer.github ?? `(${reviewer.person}: no GitHub handle)`;
}
