// The text of one person's reminder email: a greeting, then per step what is asked and the
// items it is asked about, then the coordinator's signature. Plain text; src/remind/eml.ts
// wraps it into a message.

import { shellCommand } from '../../escape/shell.js';
import { showControls } from '../../escape/visible.js';
import type { PersonReminders, ReminderItem, Reminders } from '../../remind/types.js';
import { plural } from '../../text/plural.js';
import { KIND_ASK, KIND_LABEL, dueText } from './labels.js';

export function formatReminderEmail(reminders: Reminders, person: PersonReminders): { subject: string; body: string } {
  const subject = `${reminders.organization} OKRs ${reminders.cycle}: ${plural(person.items.length, 'reminder')} (as of ${reminders.asOf})`;
  const lines = [
    `Hello ${oneLine(person.name ?? person.id)},`,
    '',
    `Here is what the OKR program of ${oneLine(reminders.organization)} needs from you for ${reminders.cycle}, as of ${reminders.asOf}.`,
  ];
  const groups = new Map<string, ReminderItem[]>();
  for (const item of person.items) {
    const key = `${item.kind}\n${item.cycle}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const items of groups.values()) {
    const { kind, cycle } = items[0];
    lines.push('', `${KIND_LABEL[kind]}${cycle === reminders.cycle ? '' : ` (${cycle})`}`, KIND_ASK[kind]);
    for (const item of items) {
      const due = dueText(item, reminders.asOf);
      lines.push(`  - ${oneLine(item.ref)}: ${oneLine(item.title)}`, `    ${oneLine(item.reason)}${due ? `; ${due}` : ''}`);
      if (item.command) lines.push(`    ${shellCommand(item.command)}`);
    }
  }
  const signature = reminders.coordinator ? oneLine(reminders.coordinator.name ?? reminders.coordinator.id) : 'The OKR program';
  lines.push('', 'Thank you,', signature, 'OKR coordinator');
  return { subject, body: `${lines.join('\n')}\n` };
}

/** File text on one line of the body, its control characters shown (a terminal mail client shows the body as it is). */
function oneLine(text: string): string {
  return showControls(text.replace(/\s+/g, ' ').trim());
}
