// What `okr import` did or would do, as data: each unit file created or changed (and how), or
// the errors that refused the whole import. `--format json` prints it as it is.

import type { Diagnostic } from '../model.js';
import type { ImportPlan } from './plan-import.js';

export interface ImportOutcome {
  cycle: string;
  /** The file read, or `<stdin>`. */
  source: string;
  /** true with --write once the files are written (never committed); false for a dry run or a refusal. */
  written: boolean;
  files: { file: string; created: boolean; changes: string[] }[];
  /** Errors the import would bring into the cycle: nothing is written while there are any. */
  refused: Diagnostic[];
}

export function importOutcome(cycle: string, source: string, plan: ImportPlan, write: boolean): ImportOutcome {
  const refused = plan.refused.length > 0;
  return {
    cycle,
    source,
    written: write && !refused && plan.files.length > 0,
    files: refused ? [] : plan.files.map((file) => ({ file: file.file, created: file.original === undefined, changes: file.changes })),
    refused: plan.refused,
  };
}
