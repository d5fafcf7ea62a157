import type { Diagnostic } from '../model.js';

export interface DiagnosticSummary {
  errors: number;
  warnings: number;
  files: number;
}

export function summarize(diagnostics: Diagnostic[], filesChecked: number): DiagnosticSummary {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors, files: filesChecked };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
