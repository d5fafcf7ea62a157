// The reminder mails of `okr remind`, as --emails writes them and --send sends them: one per
// person who owes something and has an address, from the given sender; people without an
// address are set apart, to be named.

import { formatReminderEmail } from '../format/remind/email.js';
import type { Mailbox } from '../remind/eml.js';
import type { Person, PersonReminders, Reminders } from '../remind/types.js';

export interface ReminderMail {
  person: PersonReminders;
  to: Mailbox;
  subject: string;
  body: string;
}

export function reminderMails(reminders: Reminders): { mails: ReminderMail[]; skipped: Person[] } {
  const mails: ReminderMail[] = [];
  const skipped: Person[] = [];
  for (const person of reminders.people) {
    if (person.items.length === 0) continue;
    if (person.email === null) {
      skipped.push(person);
      continue;
    }
    mails.push({ person, to: { name: person.name, email: person.email }, ...formatReminderEmail(reminders, person) });
  }
  return { mails, skipped };
}

/** The coordinator as a sender, when the config names one with an address. */
export function coordinatorMailbox(reminders: Reminders): Mailbox | null {
  const coordinator = reminders.coordinator;
  return coordinator?.email ? { name: coordinator.name, email: coordinator.email } : null;
}
