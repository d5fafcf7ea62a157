// `okr remind --send`: the reminder mails sent through notify.smtp, each a real message (dated
// now, its own Message-ID, no draft marker), one recipient at a time, and who got one and who
// did not, said per person.

import { randomUUID } from 'node:crypto';
import type { SmtpDoc } from '../model.js';
import { deliver, resolveSmtp, serverName, type Delivery } from '../notify/smtp.js';
import { formatEml } from '../remind/eml.js';
import type { Person, Reminders } from '../remind/types.js';
import type { Env } from '../sources/env-refs.js';
import { MARKER } from './email-drafts.js';
import { coordinatorMailbox, reminderMails } from './reminder-mails.js';

export interface SentReminders {
  /** `host:port` of the server. */
  server: string;
  deliveries: Delivery[];
  /** People who owe something but have no address: no mail for them. */
  skipped: Person[];
}

export async function sendReminders(reminders: Reminders, smtp: SmtpDoc, env: Env, configFile: string, now: Date): Promise<SentReminders> {
  const settings = resolveSmtp(smtp, env, coordinatorMailbox(reminders), configFile);
  const { mails, skipped } = reminderMails(reminders);
  const domain = settings.from.email.split('@')[1];
  const outgoing = mails.map(({ to, subject, body }) => ({
    to,
    raw: formatEml({
      from: settings.from, to, subject, date: reminders.asOf, body,
      headers: [[MARKER, `${reminders.cycle} as of ${reminders.asOf}`]],
      sent: { at: now, messageId: `${randomUUID()}@${domain}` },
    }),
  }));
  const deliveries = outgoing.length === 0 ? [] : await deliver(settings, outgoing);
  return { server: serverName(settings), deliveries, skipped };
}
