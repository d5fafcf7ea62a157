// What each key result's progress fields held at each date, replayed from the history events
// (src/git/history.ts), so that past scores can be recomputed: the values a key result was
// added with, then every change of `current`, `score`, `done`, its milestones' `done` (and of
// `confidence`, which moves no score but is a check-in).
// Scoring's own timelines (checkinTimelines) keep only value, score and confidence, which
// cannot replay a milestone or a binary key result; trends need all of them. Pure.

import type { HistoryEvent } from '../git/history.js';
import { CHECKIN_FIELD, isConfirmation } from '../git/history-confirmations.js';
import { isRecord } from '../git/history-unit-diff.js';

/** The progress fields of a key result after a day's last change. */
export interface ProgressState {
  date: string; // YYYY-MM-DD
  value?: number;
  score?: number;
  done?: boolean;
  /** Milestone title → done (a Map: a title may be any text, `constructor` included). */
  milestones?: Map<string, boolean>;
  /** The source the value (current or done) was last read from (okr sync); unset when typed. */
  source?: string;
  /** True for a change of progress (a check-in or a hand edit of its numbers); false for the state it was added with. */
  checkin: boolean;
}

export interface KeyResultHistory {
  /** The date it first appeared, or null when history never saw it added. */
  added: string | null;
  /** Whether it first appeared after the cycle's postBy date. */
  addedMidCycle: boolean;
  /** One state per date, oldest first. */
  states: ProgressState[];
}

export interface ReplayedHistory {
  keyResults: Map<string, KeyResultHistory>;
  /** Objective ref → the date it first appeared and whether that was mid-cycle. */
  objectives: Map<string, { added: string; addedMidCycle: boolean }>;
}

/** Replays the events dated on or before `asOf` (events come in commit order, as read). */
export function replayHistory(events: readonly HistoryEvent[], asOf: string): ReplayedHistory {
  const keyResults = new Map<string, KeyResultHistory>();
  const objectives = new Map<string, { added: string; addedMidCycle: boolean }>();
  const current = new Map<string, Omit<ProgressState, 'date' | 'checkin'>>();
  // Per ref and date, the state after that date's last change (in commit order, as scoring does).
  const byDate = new Map<string, Map<string, ProgressState>>();

  for (const event of events) {
    if (event.date > asOf) continue;
    if (event.item === 'objective' && event.field === 'objective' && event.change === 'added' && !objectives.has(event.ref)) {
      objectives.set(event.ref, { added: event.date, addedMidCycle: event.midCycle === true });
    }
    if (event.item !== 'keyResult') continue;

    let checkin: boolean;
    if (event.field === 'keyResult') {
      if (event.change !== 'added') continue;
      current.set(event.ref, initialState(event.to));
      const known = keyResults.get(event.ref);
      if (!known) keyResults.set(event.ref, { added: event.date, addedMidCycle: event.midCycle === true, states: [] });
      // Added again after a removal: a fresh start, not a check-in.
      checkin = false;
    } else {
      const state = current.get(event.ref) ?? {};
      current.set(event.ref, state);
      if (!applyChange(state, event)) continue;
      if (isConfirmation(event)) {
        // A reading that moved nothing: from then on the value is its source's.
        if (event.source !== undefined) state.source = event.source;
      } else if (event.field === 'current' || event.field === 'done') {
        if (event.source === undefined) delete state.source;
        else state.source = event.source;
      }
      checkin = event.kind === 'progress';
    }

    let dates = byDate.get(event.ref);
    if (!dates) byDate.set(event.ref, (dates = new Map()));
    const snapshot: ProgressState = { date: event.date, ...copyOf(current.get(event.ref)!), checkin: checkin || dates.get(event.date)?.checkin === true };
    dates.set(event.date, snapshot);
  }

  for (const [ref, dates] of byDate) {
    let history = keyResults.get(ref);
    // Seen only through changes: it was there before the history we could read.
    if (!history) keyResults.set(ref, (history = { added: null, addedMidCycle: false, states: [] }));
    history.states = [...dates.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return { keyResults, objectives };
}

/** The state in force on `date`: the last one dated on or before it, or undefined. */
export function stateOn(states: readonly ProgressState[], date: string): ProgressState | undefined {
  // Binary search: states are sorted by date and looked up once per week per key result.
  let low = 0;
  let high = states.length - 1;
  let found: ProgressState | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (states[middle].date <= date) {
      found = states[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

type Fields = Omit<ProgressState, 'date' | 'checkin'>;

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function initialState(doc: unknown): Fields {
  const fields: Fields = {};
  if (!isRecord(doc)) return fields;
  const value = numberOr(doc.current);
  const score = numberOr(doc.score);
  if (value !== undefined) fields.value = value;
  if (score !== undefined) fields.score = score;
  if (typeof doc.done === 'boolean') fields.done = doc.done;
  if (Array.isArray(doc.milestones)) {
    fields.milestones = new Map();
    for (const milestone of doc.milestones) {
      if (isRecord(milestone) && typeof milestone.title === 'string') fields.milestones.set(milestone.title, milestone.done === true);
    }
  }
  return fields;
}

/** Applies one change to a state; false when the change is not about progress fields. */
function applyChange(state: Fields, event: HistoryEvent): boolean {
  switch (event.field) {
    case 'current':
      state.value = numberOr(event.to);
      return true;
    case 'score':
      state.score = numberOr(event.to);
      return true;
    case 'confidence':
    case CHECKIN_FIELD:
      // Changes no score, but is a check-in all the same (as scoring counts them): a new
      // confidence, or a check-in that found the value where it was (SPEC 9).
      return true;
    case 'done':
      state.done = event.to === true;
      return true;
    case 'milestones.done':
      if (event.milestone === undefined) return false;
      state.milestones = new Map(state.milestones).set(event.milestone, event.to === true);
      return true;
    case 'milestones.title': {
      // A title edited in place: the milestone keeps its done.
      if (typeof event.from !== 'string' || typeof event.to !== 'string') return false;
      const milestones = new Map(state.milestones);
      const done = milestones.get(event.from) ?? false;
      milestones.delete(event.from);
      state.milestones = milestones.set(event.to, done);
      return true;
    }
    case 'milestones': {
      if (event.milestone === undefined) return false;
      const milestones = new Map(state.milestones);
      if (event.change === 'added') milestones.set(event.milestone, isRecord(event.to) && event.to.done === true);
      else if (event.change === 'removed') milestones.delete(event.milestone);
      state.milestones = milestones;
      return true;
    }
    default:
      return false;
  }
}

function copyOf(fields: Fields): Fields {
  return fields.milestones ? { ...fields, milestones: new Map(fields.milestones) } : { ...fields };
}
