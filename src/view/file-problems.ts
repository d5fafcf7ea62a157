// The unit files of a cycle that do not validate, each with its first error: what a report and
// `okr score` list so that no unit is left out without a word. A file that could not be loaded
// (unreadable, not YAML, not a unit by the schema) is "not scored": none of its key results is
// in any score. A file that loaded with errors (a bad reference, levels out of order) is scored,
// and listed all the same. Errors are counted as `okr validate` counts them (count-errors.ts).

import { UsageError } from '../errors.js';
import { dedupeFindings } from '../findings/same-finding.js';
import type { Cascade } from '../graph/cascade.js';
import { sortDiagnostics } from '../findings/sort-diagnostics.js';
import { locateFindings } from '../load/locate.js';
import type { CheckedCycle } from '../repository/check-cycle.js';
import { selectRef, type Selection } from './select.js';

export interface FileProblem {
  /** Repository-relative path. */
  file: string;
  /** The unit the file is for: its id when it loaded, else its file name's stem. */
  unit: string;
  /** False when the file could not be loaded, so that nothing of it is scored. */
  scored: boolean;
  errors: number;
  /** Its first error by position, as `okr validate` prints it. */
  first: { line: number; column: number; rule: string; message: string };
}

/** `root` reads a file no stage kept, to place a finding in it. */
export function fileProblems(checked: CheckedCycle, root?: string): FileProblem[] {
  const errors = dedupeFindings(checked.findings).filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return [];
  const diagnostics = sortDiagnostics(locateFindings(errors, checked.loaded.sources, root));
  const units = new Map(checked.loaded.units.map((unit) => [unit.file, unit]));
  const problems = new Map<string, FileProblem>();
  for (const d of diagnostics) {
    const known = problems.get(d.file);
    if (known) {
      known.errors++;
      continue;
    }
    const unit = units.get(d.file);
    const stem = d.file.slice(d.file.lastIndexOf('/') + 1).replace(/\.ya?ml$/i, '');
    problems.set(d.file, {
      file: d.file,
      unit: unit?.doc.unit ?? unit?.stem ?? stem,
      scored: unit !== undefined,
      errors: 1,
      first: { line: d.line, column: d.column, rule: d.rule, message: d.message },
    });
  }
  return [...problems.values()];
}

/**
 * What REF names (view/select.ts); a REF in a unit whose file could not be read is not "no such
 * unit" but a unit not scored, said with the file's first error.
 */
export function selectScored(cascade: Cascade, ref: string | undefined, problems: readonly FileProblem[]): Selection {
  try {
    return selectRef(cascade, ref);
  } catch (error) {
    const broken = problems.find((p) => !p.scored && p.unit === ref?.split('/')[0]);
    if (!(error instanceof UsageError) || !broken) throw error;
    const { line, column, message } = broken.first;
    throw new UsageError(`'${ref}' is not scored: ${broken.file} does not validate (${line}:${column} ${message.replace(/\.$/, '')}); run 'okr validate'`);
  }
}
