// What `okr validate` found: the diagnostics it reports and how many files it looked at, which
// every format of it shows (src/format/validate/) and its exit code is decided from.

import type { Diagnostic } from '../model.js';

export interface ValidateResult {
  diagnostics: Diagnostic[];
  /** Files looked at: the config, every unit file loaded, every file reported on. */
  files: number;
}

export interface DiagnosticSummary {
  errors: number;
  warnings: number;
  files: number;
}

export function summarize({ diagnostics, files }: ValidateResult): DiagnosticSummary {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors, files };
}
