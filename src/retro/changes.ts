// Mid-cycle change, from git history (SPEC 6): objectives and key results added after the
// cycle's postBy date, those removed after it ("stopped"), key results dropped, and targets
// eased after posting. Change in the middle of a cycle is evidence about planning, so the
// retrospective shows all of it. Pure: the history is read elsewhere and passed in.

import { isEased, type LevelField } from '../diff/compare.js';
import type { HistoryEvent } from '../git/history.js';
import type { Cascade } from '../graph/cascade.js';
import type { CycleDoc } from '../model.js';
import type { ChangedItem, DroppedKeyResult, EasedTarget } from './model.js';

const LEVEL_FIELDS = new Set<string>(['target', 'commit', 'stretch', 'min', 'max']);

export interface MidCycleChanges {
  addedMidCycle: ChangedItem[];
  stopped: ChangedItem[];
  eased: EasedTarget[];
  dropped: DroppedKeyResult[];
}

/** After this date an addition is mid-cycle and a target change is no longer drafting. */
export function postedOn(cycle: CycleDoc): string {
  return cycle.postBy ?? cycle.start;
}

export function midCycleChanges(events: readonly HistoryEvent[], cascade: Cascade, cycle: CycleDoc): MidCycleChanges {
  const since = postedOn(cycle);
  // Mid-cycle means before the end too: files first committed after the cycle (a repository
  // that starts tracking a finished cycle) are a record of it, not a change of plan. A target
  // eased after the end still counts: that is the retrospective being gamed.
  const during = (e: HistoryEvent) => isItemEvent(e) && e.date <= cycle.end;
  const added = events.filter((e) => e.midCycle && during(e)).map((e) => changedItem(e, e.to));
  const stopped = events.filter((e) => e.stopped && during(e)).map((e) => changedItem(e, e.from));

  const eased: EasedTarget[] = [];
  for (const event of events) {
    if (event.item !== 'keyResult' || event.change !== 'changed' || !LEVEL_FIELDS.has(event.field) || event.date <= since) continue;
    // Easier or not is judged against the start as it is now; a key result gone since has none.
    const kr = cascade.keyResults.get(event.ref);
    const from = numberOrNull(event.from);
    const to = numberOrNull(event.to);
    if (!kr || !isEased(event.field as LevelField, from, to, kr)) continue;
    eased.push({ ref: event.ref, title: kr.doc.title, field: event.field, from, to, ...who(event) });
  }

  const droppedOn = new Map<string, string>();
  for (const event of events) {
    if (event.item === 'keyResult' && event.field === 'status' && event.to === 'dropped') droppedOn.set(event.ref, event.date);
  }
  const dropped = cascade.keyResultList
    .filter((kr) => kr.doc.status === 'dropped')
    .map((kr) => ({ ref: kr.ref, title: kr.doc.title, date: droppedOn.get(kr.ref) ?? null, learning: kr.doc.learning ?? null }));

  return { addedMidCycle: withoutChildren(added), stopped: withoutChildren(stopped), eased, dropped };
}

/** A unit, objective or key result added or removed as a whole (not one of its fields). */
function isItemEvent(event: HistoryEvent): boolean {
  return event.field === event.item;
}

function changedItem(event: HistoryEvent, item: unknown): ChangedItem {
  const data = item !== null && typeof item === 'object' ? item as { title?: unknown; name?: unknown } : {};
  const title = event.item === 'unit' ? data.name : data.title;
  return { ref: event.ref, kind: event.item, title: typeof title === 'string' ? title : null, ...who(event) };
}

function who(event: HistoryEvent): { date: string; author: string; commit: string; note: string | null } {
  return { date: event.date, author: event.author.name, commit: event.commit.slice(0, 7), note: event.note ?? null };
}

/**
 * An item that came or went with its whole unit or objective, in the same commit, is said
 * once, with that unit or objective: a unit posted late is one fact, not twenty.
 */
function withoutChildren(items: ChangedItem[]): ChangedItem[] {
  const key = (commit: string, ref: string) => `${commit}\u0000${ref}`;
  const wholes = new Set(items.filter((i) => i.kind !== 'keyResult').map((i) => key(i.commit, i.ref)));
  return items.filter((i) => {
    const parts = i.ref.split('/');
    for (let n = 1; n < parts.length; n++) if (wholes.has(key(i.commit, parts.slice(0, n).join('/')))) return false;
    return true;
  });
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
