import { describe, expect, it } from 'vitest';
import { formatReminderEmail } from '../../../src/format/remind/email.js';
import type { PersonReminders, Reminders } from '../../../src/remind/types.js';
import { HOSTILE, reminders } from '../fixtures.js';

describe('okr remind --emails, one draft', () => {
  it('greets the person, lists what they owe, and signs as the coordinator', async () => {
    const list = await reminders();
    const person = list.people.find((p) => p.items.length > 0)!;
    const { subject, body } = formatReminderEmail(list, person);
    expect(subject).toMatch(/^Acme Corp OKRs 2026-Q4: \d+ reminders? \(as of 2026-11-20\)$/);
    expect(body.startsWith(`Hello ${person.name},\n\n`)).toBe(true);
    for (const item of person.items) expect(body).toContain(`  - ${item.ref}: `);
    expect(body.trimEnd().endsWith('OKR coordinator')).toBe(true);
  });

  it('keeps a title from the files on one line, its controls shown', async () => {
    const list: Reminders = await reminders();
    const person: PersonReminders = { ...list.people[0], items: [{ ...list.people[0].items[0], title: `${HOSTILE}\nBcc: x@evil.example` }] };
    const { body } = formatReminderEmail(list, person);
    expect(body).toContain('␛[2J');
    expect(body).not.toContain('\x1b');
    expect(body).not.toMatch(/^Bcc:/m);
  });
});
