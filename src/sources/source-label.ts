// How a key result's source is named in a commit trailer (OKR-Source), a table and a message:
// the config source's name, or the command as written. Both come from the files, never from
// the environment, so no secret is in them; one line, as a trailer must be.

import type { KeyResultSourceDoc } from '../model.js';

export function sourceLabel(source: KeyResultSourceDoc): string {
  const label = source.command ?? source.from ?? '';
  return label.replace(/\s+/g, ' ').trim();
}
