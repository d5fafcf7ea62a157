// Check-ins that change nothing in the file (SPEC 9). History is read from the files' contents
// (SPEC 6), so a week in which a number did not move would leave no trace there; the commit's
// trailers are what say "checked, still 6". Any trailer group opened by OKR-Ref counts, whatever
// else it carries (OKR-Value, OKR-Confidence, OKR-Source from okr sync): a key result named by a
// commit whose changes leave its progress where it was gets one `checkin` event, dated by the
// group's OKR-Date (else the commit's author date), with the commit's note for it.
//
// Such an event is kept when the key result existed at that commit (history-walk.ts knows) and
// its date lies inside the cycle: the same unit and key-result ids usually exist in every cycle,
// and an empty commit carries no path to say which one it meant, unless its OKR-Cycle does.

import type { CycleDoc } from '../model.js';
import type { ParsedCheckin, parseCheckinMessage } from './checkin-message.js';
import type { HistoryEvent } from './history.js';
import type { LogRecord } from './history-log.js';

/** The `field` of a check-in that changed nothing of its key result. */
export const CHECKIN_FIELD = 'checkin';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether an event is a check-in that left its key result as it was. */
export function isConfirmation(event: Pick<HistoryEvent, 'field' | 'change'>): boolean {
  return event.field === CHECKIN_FIELD && event.change === 'unchanged';
}

/** `unit/O1/KR1` split into its unit and the ids below it; null for anything else. */
export function keyResultNamed(ref: string): { unit: string; local: string } | null {
  const parts = ref.split('/');
  if (parts.length !== 3 || parts.some((part) => part === '')) return null;
  return { unit: parts[0], local: `${parts[1]}/${parts[2]}` };
}

export interface ConfirmationSource {
  group: ParsedCheckin;
  message: ReturnType<typeof parseCheckinMessage>;
  /** The unit's id now (its file may have been renamed since). */
  lineageUnit: string;
  local: string;
  /** The commit's author date, YYYY-MM-DD. */
  date: string;
  record: LogRecord;
  /** The unit file, relative to the OKR root. */
  file: string;
}

export function confirmationEvent({ group, message, lineageUnit, local, date, record, file }: ConfirmationSource): HistoryEvent {
  const ref = `${lineageUnit}/${local}`;
  const event: HistoryEvent = {
    ref, formerRef: group.ref === ref ? undefined : group.ref, unit: lineageUnit, item: 'keyResult', kind: 'progress',
    field: CHECKIN_FIELD, change: 'unchanged', from: undefined, to: undefined, milestone: undefined,
    date: checkinDate(group, date),
    commit: record.hash, author: record.author, via: 'checkin', source: group.source, note: undefined, midCycle: undefined, stopped: undefined, file,
  };
  const note = message.notes.get(group.ref);
  if (note) event.note = note;
  return event;
}

/** The group's OKR-Date, else the commit's author date. */
export function checkinDate(group: ParsedCheckin, commitDate: string): string {
  return group.date !== undefined && DATE.test(group.date) ? group.date : commitDate;
}

/** A check-in dated outside the cycle belongs to another cycle with the same ids, or to none. */
export function inCycle(date: string, cycle: CycleDoc): boolean {
  return date >= cycle.start && date <= cycle.end;
}

/** A group that names its cycle (OKR-Cycle, as okr sync writes) belongs to that one alone. */
export function namesCycle(group: ParsedCheckin, cycle: CycleDoc): boolean {
  return group.cycle === undefined || group.cycle === cycle.id;
}
