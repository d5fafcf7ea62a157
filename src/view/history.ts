// What `okr history` shows: a cycle's events narrowed to a unit, objective or key result (by
// its name now or at the time), with the filters in words for the heading.

import { UsageError } from '../errors.js';
import type { HistoryEvent } from '../git/history.js';
import { didYouMean } from '../text/did-you-mean.js';

export interface HistoryView {
  cycle: string;
  events: HistoryEvent[];
  /** What the list was narrowed to, in words ("platform/O1/KR1", "progress", "since 2026-10-14"). */
  filters: string[];
  /** A shallow clone: history starts at `start` (null: its only commit). */
  shallow: boolean;
  start: string | null;
}

/** The events under REF; a REF the history never names is a usage error, with a guess. */
export function eventsUnder(events: readonly HistoryEvent[], ref: string, cycle: string): HistoryEvent[] {
  const under = events.filter((event) => names(event, ref));
  if (under.length === 0 && events.length > 0) throw unknownRef(ref, events, cycle);
  return under;
}

/** REF names the event's item or one of its parents, by its name now or at the time. */
function names(event: HistoryEvent, ref: string): boolean {
  const under = (name: string | undefined) => name !== undefined && (name === ref || name.startsWith(`${ref}/`));
  return under(event.ref) || under(event.formerRef);
}

function unknownRef(ref: string, events: readonly HistoryEvent[], cycle: string): UsageError {
  const known = new Set<string>();
  for (const event of events) {
    for (const name of [event.ref, event.formerRef]) {
      if (name === undefined) continue;
      const parts = name.split('/');
      for (let i = 1; i <= parts.length; i++) known.add(parts.slice(0, i).join('/'));
    }
  }
  const guess = didYouMean(ref, [...known]);
  return new UsageError(`no unit, objective or key result '${ref}' in the history of ${cycle}${guess ? ` (did you mean '${guess}'?)` : ''}`);
}
