// How many errors a check found and in how many files, counted as `okr validate` counts them
// (each finding once: same-finding.ts), so that a command's "N errors in M files" on stderr and
// a report's list of files that do not validate agree with validate's own summary.

import type { Finding } from '../model.js';
import { dedupeFindings } from './same-finding.js';

export interface ErrorCount {
  errors: number;
  files: number;
}

export function countErrors(findings: readonly Finding[]): ErrorCount {
  const errors = dedupeFindings(findings).filter((finding) => finding.severity === 'error');
  return { errors: errors.length, files: new Set(errors.map((finding) => finding.file)).size };
}
