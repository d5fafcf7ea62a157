// A sender as the config writes it: `okr@acme.example` or `OKR program <okr@acme.example>`,
// the address one that src/escape/mail-header.ts can write into a header.

import { isMailAddress, type Mailbox } from '../escape/mail-header.js';

export function parseMailbox(text: string): Mailbox | null {
  const trimmed = text.trim();
  const named = /^(.*?)\s*<([^<>]*)>$/.exec(trimmed);
  const name = named ? named[1].replace(/^"(.*)"$/, '$1').trim() : '';
  const address = named ? named[2].trim() : trimmed;
  if (!isMailAddress(address)) return null;
  return { name: name === '' ? null : name, email: address };
}
