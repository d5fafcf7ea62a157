// What `okr remind` produces: the coordinator's reminders as plain data, grouped by the
// person who owes them. The JSON format is this, as it is; markdown and the draft emails
// are rendered from it.

/** The coordinator's steps (SPEC 5, seeds): post, mid-cycle check-in, check-ins, learnings. */
export type ReminderKind = 'post' | 'midcycle' | 'stale' | 'confidence-drop' | 'learnings';

/** The order in which a person's reminders are listed: the order of the cycle. */
export const KIND_ORDER: readonly ReminderKind[] = ['post', 'midcycle', 'stale', 'confidence-drop', 'learnings'];

export interface ReminderItem {
  kind: ReminderKind;
  /** The cycle the item belongs to (learnings may be owed for the cycle before). */
  cycle: string;
  /** A unit id (post, unit learnings) or a key result reference. */
  ref: string;
  title: string;
  reason: string;
  /** The date it is due by (postBy, retroBy), of the check-in (midpoint), or it fell due (stale). */
  due?: string;
  /** Mid-cycle items: why the key result is on the list. */
  flags?: MidcycleFlag[];
  /**
   * The exact command that answers it, as words (shown shell-quoted): `okr checkin REF …` with
   * the last values for a key result's check-in, `okr retro UNIT` for learnings.
   */
  command?: string[];
}

export type MidcycleFlag = 'off_track' | 'at_risk' | 'stale' | 'optimistic';

export interface Person {
  id: string;
  /** From the `people` registry; null for a person it does not know. */
  name: string | null;
  email: string | null;
  /** False when the config has a `people` registry and this id is not in it. */
  known: boolean;
}

export interface PersonReminders extends Person {
  items: ReminderItem[];
}

/** When a step applies, and whether it does as of the date. */
export interface StepWindow {
  step: 'post' | 'midcycle' | 'checkins' | 'learnings';
  cycle: string;
  active: boolean;
  /** First and last day of the window, inclusive; `to` is absent for an open end. */
  from?: string;
  to?: string;
  due?: string;
  /** How the window was found, or why the step cannot apply. */
  note: string;
}

export interface Reminders {
  asOf: string;
  cycle: string;
  organization: string;
  /** The sender: `roles.coordinator`, or null when the config names none. */
  coordinator: Person | null;
  steps: StepWindow[];
  counts: Record<ReminderKind, number>;
  people: PersonReminders[];
  /** Items with nobody to send them to: no lead named and no coordinator. */
  unassigned: ReminderItem[];
}

/** An item with the person who owes it, before grouping. */
export interface Owed {
  owner: string | undefined;
  item: ReminderItem;
}
