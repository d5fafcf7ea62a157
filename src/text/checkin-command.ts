// The exact command a key-result lead runs to check in, as words (src/escape/shell.ts quotes
// them for a shell): the last values recorded, so that run as it is the command says "nothing
// moved" (a check-in all the same, SPEC 9), and the lead changes only what did. N and C stand
// where nothing was recorded yet. Rollups are computed from their children: no command.

import type { KeyResultDoc, KeyResultType } from '../model.js';

export interface CheckinTarget {
  ref: string;
  type: KeyResultType;
  doc: KeyResultDoc;
}

export function checkinCommand({ ref, type, doc }: CheckinTarget): string[] | null {
  if (type === 'rollup' || doc.status === 'dropped') return null;
  const words = ['okr', 'checkin', ref];
  switch (type) {
    case 'binary':
      words.push(doc.done === true ? '--done' : '--not-done');
      break;
    // A milestone is checked off by title when it is done; until then confidence says it all.
    case 'milestone':
      break;
    default:
      words.push('--value', doc.current === undefined ? 'N' : String(doc.current));
  }
  words.push('--confidence', doc.confidence === undefined ? 'C' : String(doc.confidence));
  return words;
}
