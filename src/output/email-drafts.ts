// `okr remind --emails DIR`: one draft .eml per person who owes something and has an email
// address, named `<person-id>.eml`, each written atomically. DIR always holds this run's set:
// drafts an earlier run wrote for people who now owe nothing are removed (only files that
// carry our marker header), so a script that sends everything in DIR never resends them.

import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { readUserFile } from '../fs/read-file.js';
import { makeFolder, removeFile, writeFileAtomic } from '../fs/write-file.js';
import { formatEml, type Mailbox } from '../remind/eml.js';
import type { Person, Reminders } from '../remind/types.js';
import { coordinatorMailbox, reminderMails } from './reminder-mails.js';

/** The header that marks a draft as written by `okr remind`. */
export const MARKER = 'X-Okr-Remind';
/** The sender when the config names no coordinator with an address (RFC 2606 `.invalid`). */
export const PLACEHOLDER_FROM: Mailbox = { name: 'OKR coordinator', email: 'okr-coordinator@example.invalid' };

export interface WrittenEmails {
  /** File names written, in the order of the people. */
  written: string[];
  /** People who owe something but have no address: no draft for them. */
  skipped: Person[];
  /** Earlier drafts removed because their person owes nothing now. */
  removed: string[];
  /** True when the sender is the placeholder. */
  placeholderFrom: boolean;
}

export function writeEmails(dir: string, reminders: Reminders): WrittenEmails {
  makeFolder(dir, `--emails: cannot create the folder ${dir}`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`--emails: ${dir} is not a folder`);
  const from = coordinatorMailbox(reminders) ?? PLACEHOLDER_FROM;
  const { mails, skipped } = reminderMails(reminders);
  const result: WrittenEmails = { written: [], skipped, removed: [], placeholderFrom: from === PLACEHOLDER_FROM };
  for (const { person, to, subject, body } of mails) {
    const name = emlName(person.id);
    writeFileAtomic(join(dir, name), formatEml({
      from, to, subject, date: reminders.asOf, body,
      headers: [[MARKER, `${reminders.cycle} as of ${reminders.asOf}`]],
    }), { shown: join(dir, name) });
    result.written.push(name);
  }
  const kept = new Set(result.written);
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.eml') || kept.has(name)) continue;
    const path = join(dir, name);
    // Only a regular file (not a link, not a FIFO) that carries our marker is ours to remove.
    if (lstatSync(path, { throwIfNoEntry: false })?.isFile() && isOurDraft(path)) {
      removeFile(path, { shown: path });
      result.removed.push(name);
    }
  }
  return result;
}

/** `<person-id>.eml`: ids are lowercase slugs, but nothing outside one reaches a file name. */
export function emlName(id: string): string {
  return `${id.replace(/[^A-Za-z0-9-]/g, '-').replace(/^-*/, '') || 'person'}.eml`;
}

/** Our marker among the headers; our drafts are small, so a large file is not one. */
function isOurDraft(path: string): boolean {
  const read = readUserFile(path, 1024 * 1024);
  if (!read.ok) return false;
  const head = read.bytes.subarray(0, 8192).toString('latin1');
  const end = head.indexOf('\r\n\r\n');
  return new RegExp(`^${MARKER}:`, 'm').test(end === -1 ? head : head.slice(0, end));
}
