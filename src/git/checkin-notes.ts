// The notes people leave with their check-ins, per key result, for the reports to show why a
// number stands where it stands. A check-in's note is its commit's note for that KR (okr
// checkin's body, or its `ref: note` line); a hand edit of a value carries its commit message,
// the only note it has. One note per commit and KR, oldest first.

import type { CheckinNote } from '../score/types.js';
import type { HistoryEvent } from './history.js';

export function checkinNotes(events: readonly HistoryEvent[]): Map<string, CheckinNote[]> {
  const notes = new Map<string, CheckinNote[]>();
  const seen = new Set<string>();
  for (const event of events) {
    if (event.item !== 'keyResult' || event.kind !== 'progress') continue;
    const text = event.note?.trim();
    if (!text || seen.has(`${event.ref}\0${event.commit}`)) continue;
    seen.add(`${event.ref}\0${event.commit}`);
    const list = notes.get(event.ref) ?? [];
    list.push({ date: event.date, text });
    notes.set(event.ref, list);
  }
  for (const list of notes.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return notes;
}
