// Who a reminder goes to: person ids resolved against the `people` registry, and the items
// grouped by person. Someone the registry does not know (or a config with no registry) is
// still listed, by id, with no email: a reminder nobody can send is still owed.

import { isMailAddress } from '../escape/mail-header.js';
import { own } from '../lookup.js';
import type { Config } from '../model.js';
import { KIND_ORDER, type Owed, type Person, type PersonReminders, type ReminderItem } from './types.js';

export function resolvePerson(config: Config, id: string): Person {
  const entry = own(config.people, id);
  const email = typeof entry?.email === 'string' && isMailAddress(entry.email) ? entry.email : null;
  return { id, name: entry?.name ?? null, email, known: config.people === undefined || entry !== undefined };
}

/**
 * Groups items by owner. An item with no owner goes to the coordinator (who chases it
 * themselves), else stays unassigned. People are ordered by name (id when unnamed), and
 * each person's items by step, then in the order they were found (file order).
 */
export function groupByPerson(owed: readonly Owed[], config: Config, coordinator: string | undefined): { people: PersonReminders[]; unassigned: ReminderItem[] } {
  const byOwner = new Map<string, ReminderItem[]>();
  const unassigned: ReminderItem[] = [];
  for (const { owner, item } of owed) {
    const to = owner ?? coordinator;
    if (to === undefined) {
      unassigned.push(item);
      continue;
    }
    const items = byOwner.get(to) ?? [];
    byOwner.set(to, items);
    items.push(item);
  }
  const rank = (item: ReminderItem) => KIND_ORDER.indexOf(item.kind);
  const people = [...byOwner].map(([id, items]) => ({
    ...resolvePerson(config, id),
    // Array.prototype.sort is stable, so items of one kind keep their file order.
    items: [...items].sort((a, b) => rank(a) - rank(b)),
  }));
  people.sort((a, b) => compareText(a.name ?? a.id, b.name ?? b.id) || compareText(a.id, b.id));
  return { people, unassigned: [...unassigned].sort((a, b) => rank(a) - rank(b)) };
}

// A fixed locale, not the machine's: the same order wherever the report is made.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
