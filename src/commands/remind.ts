// okr remind: the coordinator's list as of a date, grouped by person: units that have not
// posted after postBy, key results for the mid-cycle check-in, stale check-ins and
// confidence drops, learnings owed after the cycle. It is a report: exit 0 whatever it finds.

import { resolve } from 'node:path';
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
}

export async function run(options: RemindOptions, _args: string[], io: Io): Promise<number> {
  const reminders = await gatherReminders(await openCycle(options, io), options.cycle !== undefined);
  await writeOutput(await formatOutput(REMIND_FORMATS, options.format ?? 'md', reminders, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  if (options.emails === undefined) return 0;

  const { writeEmails } = await import('../output/email-drafts.js');
  const dir = resolve(io.cwd, options.emails);
  const result = writeEmails(dir, reminders);
  if (options.quiet) return 0;
  if (result.placeholderFrom) {
    io.stderr.write('okr: warning: no coordinator with an email address (roles.coordinator, people.<id>.email): the drafts are from a placeholder address\n');
  }
  if (result.skipped.length > 0) {
    io.stderr.write(`okr: warning: no email on file for ${result.skipped.map((p) => p.id).join(', ')}: no draft written for ${result.skipped.length === 1 ? 'them' : 'these people'}\n`);
  }
  const removed = result.removed.length > 0 ? `; removed ${result.removed.length} earlier draft${result.removed.length === 1 ? '' : 's'} for people who owe nothing now (${result.removed.join(', ')})` : '';
  io.stderr.write(`okr: wrote ${result.written.length} draft${result.written.length === 1 ? '' : 's'} to ${options.emails}${removed}\n`);
  return 0;
}
