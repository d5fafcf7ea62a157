// What a shallow clone (actions/checkout fetches one commit unless told `fetch-depth: 0`) means
// for each use of history, said in one place. Check-ins and events are read and shown as far as
// they go, with a warning; a report's trends and week-on-week changes would be wrong rather
// than short, so a report leaves history out altogether and says why.

import type { HistoryResult } from '../git/history.js';
import type { RepoState } from '../git/repo-state.js';

/** How to get the whole history, wherever a shallow clone is met. */
export const FETCH_FULL_HISTORY = 'actions/checkout with fetch-depth: 0, or git fetch --unshallow';

/** The warning for a shallow clone's history, by what it is read for; undefined when it is whole. */
export function shallowWarning(history: Pick<HistoryResult, 'shallow' | 'start'>, use: 'events' | 'timelines'): string | undefined {
  if (!history.shallow) return undefined;
  return use === 'events'
    ? `okr: this is a shallow clone: history starts at ${history.start ?? 'its only commit'}; fetch the full history (${FETCH_FULL_HISTORY})\n`
    : `okr: warning: this is a shallow clone, so check-ins before ${history.start ?? 'its first commit'} are not seen and staleness may be wrong; fetch the full history (${FETCH_FULL_HISTORY})\n`;
}

/** Why a report is made without history, or null when the history can be trusted whole. */
export function untrustedHistory(state: RepoState | null): string | null {
  if (!state) return 'this folder is not in a git repository';
  if (!state.head) return 'the repository has no commits yet';
  if (state.shallow) return 'this is a shallow clone, whose history is incomplete (fetch it all with actions/checkout fetch-depth: 0, or git fetch --unshallow)';
  return null;
}
