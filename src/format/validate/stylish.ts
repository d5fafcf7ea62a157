// ESLint's "stylish" output: findings grouped by file, position, severity, message, rule.
// File, message and rule come from the files (a key, a title, a path): each is one line with
// its control characters shown (src/escape/terminal.ts) before it is coloured.

import { terminalLine } from '../../escape/terminal.js';
import type { Diagnostic } from '../../model.js';
import type { Paint } from '../../terminal/medium.js';
import type { ValidateResult } from '../../validate/result.js';
import type { Formatter } from '../formatter.js';
import { plural } from '../../text/plural.js';

export const formatValidateStylish: Formatter<ValidateResult> = ({ diagnostics }, { paint }) => formatStylish(diagnostics, paint);

/** Diagnostics as a person reads them, also for the refusals of the commands that write. */
export function formatStylish(diagnostics: Diagnostic[], color: Paint): string {
  if (diagnostics.length === 0) return '';
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);

  let out = '';
  for (const [file, list] of byFile) {
    out += `\n${color.underline(terminalLine(file))}\n`;
    const width = Math.max(...list.map((d) => `${d.line}:${d.column}`.length));
    const severityWidth = list.some((d) => d.severity === 'warning') ? 7 : 5;
    for (const d of list) {
      const where = `${d.line}:${d.column}`.padEnd(width);
      const severity = d.severity === 'error' ? color.red('error'.padEnd(severityWidth)) : color.yellow('warning'.padEnd(severityWidth));
      out += `  ${color.dim(where)}  ${severity}  ${terminalLine(d.message)}  ${color.dim(terminalLine(d.rule))}\n`;
    }
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const line = `✖ ${plural(diagnostics.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out += `\n${errors > 0 ? color.red.bold(line) : color.yellow.bold(line)}\n`;
  return out;
}
