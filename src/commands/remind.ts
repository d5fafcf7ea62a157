// okr remind: the coordinator's list as of a date, grouped by person: units that have not
// posted after postBy, key results for the mid-cycle check-in, stale check-ins and
// confidence drops, learnings owed after the cycle. It is a report: exit 0 whatever it finds.
// --emails writes drafts; --send mails them through notify.smtp (exit 1 when some did not go).

import { resolve } from 'node:path';
import { EXIT_FINDINGS, UsageError } from '../errors.js';
import type { Mailbox } from '../escape/mail-header.js';
import { writeEmails } from '../output/email-drafts.js';
import type { SentReminders } from '../output/send-reminders.js';
import type { Reminders } from '../remind/types.js';
import { plural } from '../text/plural.js';
import { formatOutput } from '../format/formatter.js';
import { REMIND_FORMATS, type RemindFormat } from '../format/remind/index.js';
import { gatherReminders } from '../remind/gather.js';
import { openCycle } from '../repository/cycle-stages.js';
import type { GlobalOptions, Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { writeOutput } from '../output/write-output.js';

export interface RemindOptions extends GlobalOptions {
  format?: RemindFormat;
  emails?: string;
  send?: boolean;
}

export async function run(options: RemindOptions, _args: string[], io: Io): Promise<number> {
  const stages = await openCycle(options, io);
  const smtp = stages.repo.config.notify?.smtp;
  // Before anything is gathered or written: --send without a server is a mistake of the call.
  if (options.send && !smtp) throw new UsageError(`--send needs a mail server: notify.smtp in ${stages.repo.configFile} (host, port, user: $SMTP_USER, password: $SMTP_PASSWORD, from); nothing was sent`);
  const reminders = await gatherReminders(stages, options.cycle !== undefined);
  await writeOutput(await formatOutput(REMIND_FORMATS, options.format ?? 'md', reminders, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  if (options.emails !== undefined) writeDrafts(options, reminders, io);
  if (!options.send || !smtp) return 0;

  const { sendReminders } = await import('../output/send-reminders.js');
  const sent = await sendReminders(reminders, smtp, io.env, stages.repo.configFile, new Date());
  io.stderr.write(sentText(sent, options.quiet === true));
  return sent.deliveries.every((d) => d.ok) ? 0 : EXIT_FINDINGS;
}

/** Who got mail and who did not, one person a line; with -q only who did not. */
function sentText({ server, deliveries, skipped }: SentReminders, quiet: boolean): string {
  const failed = deliveries.filter((d) => !d.ok);
  const who = (to: Mailbox) => (to.name ? `${to.name} <${to.email}>` : to.email);
  const lines: string[] = [];
  if (deliveries.length === 0) {
    if (!quiet) lines.push(`okr: no reminder to send${skipped.length > 0 ? '' : ': nobody owes anything'}`);
  } else if (failed.length === 0) {
    if (!quiet) lines.push(`okr: sent ${plural(deliveries.length, 'reminder')} through ${server}:`);
  } else {
    lines.push(`okr: sent ${deliveries.length - failed.length} of ${plural(deliveries.length, 'reminder')} through ${server}; ${failed.length} did not go:`);
  }
  for (const delivery of deliveries) {
    if (delivery.ok) {
      if (!quiet) lines.push(`  sent      ${who(delivery.to)}`);
    } else {
      lines.push(`  not sent  ${who(delivery.to)}: ${delivery.reason}`);
    }
  }
  if (skipped.length > 0 && !quiet) lines.push(`okr: warning: no email on file for ${skipped.map((p) => p.id).join(', ')}: no reminder sent to ${skipped.length === 1 ? 'them' : 'these people'}`);
  return lines.map((line) => `${line}\n`).join('');
}

function writeDrafts(options: RemindOptions, reminders: Reminders, io: Io): void {
  const dir = resolve(io.cwd, options.emails!);
  const result = writeEmails(dir, reminders);
  if (options.quiet) return;
  if (result.placeholderFrom) {
    io.stderr.write('okr: warning: no coordinator with an email address (roles.coordinator, people.<id>.email): the drafts are from a placeholder address\n');
  }
  if (result.skipped.length > 0) {
    io.stderr.write(`okr: warning: no email on file for ${result.skipped.map((p) => p.id).join(', ')}: no draft written for ${result.skipped.length === 1 ? 'them' : 'these people'}\n`);
  }
  const removed = result.removed.length > 0 ? `; removed ${result.removed.length} earlier draft${result.removed.length === 1 ? '' : 's'} for people who owe nothing now (${result.removed.join(', ')})` : '';
  io.stderr.write(`okr: wrote ${result.written.length} draft${result.written.length === 1 ? '' : 's'} to ${options.emails}${removed}\n`);
}
