// What `okr owners` found or did, as data, whatever the mode: the rules okr generates, and
// for --check whether CODEOWNERS is in step (with the differences), for --write whether it was
// written. `problems` are the warnings beside it: leads without a handle, files CODEOWNERS
// cannot name, hand-written lines GitHub would reject.

import type { Diagnostic } from '../model.js';
import type { OwnerEntry } from './generate.js';

export type OwnersOutcome =
  | { mode: 'print'; rules: OwnerEntry[]; section: string; problems: Diagnostic[] }
  | { mode: 'check'; file: string; rules: OwnerEntry[]; inStep: boolean; differences: Diagnostic[]; problems: Diagnostic[] }
  | { mode: 'write'; file: string; rules: OwnerEntry[]; written: boolean; problems: Diagnostic[] };
