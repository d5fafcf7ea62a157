// GitHub Actions workflow commands: one annotation per finding, shown on the pull request's
// diff. GitHub shows only ten annotations of each kind per step, so a plain list and a
// summary follow, and a markdown table goes to $GITHUB_STEP_SUMMARY when it is set.

import type { Diagnostic } from '../model.js';
import { plural } from './summary.js';

/** Escapes for the message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes for a property value (file=…, title=…): also ':' and ','. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(diagnostics: Diagnostic[]): string {
  let out = '';
  for (const d of diagnostics) {
    const command = d.severity === 'error' ? 'error' : 'warning';
    const props = [
      `file=${escapeProperty(d.file)}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endColumn}`,
      `title=${escapeProperty(`okr ${d.rule}`)}`,
    ].join(',');
    out += `::${command} ${props}::${escapeData(d.message)}\n`;
  }
  for (const d of diagnostics) out += `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.message} (${d.rule})\n`;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  out += `okr: ${plural(errors, 'error')}, ${plural(diagnostics.length - errors, 'warning')}\n`;
  return out;
}

export function formatStepSummary(diagnostics: Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  let out = `### okr validate: ${plural(errors, 'error')}, ${plural(diagnostics.length - errors, 'warning')}\n\n`;
  if (diagnostics.length === 0) return `${out}All OKR files are valid.\n`;
  out += '| | File | Line | Rule | Message |\n| --- | --- | --- | --- | --- |\n';
  for (const d of diagnostics) {
    const icon = d.severity === 'error' ? '❌' : '⚠️';
    out += `| ${icon} | \`${d.file}\` | ${d.line}:${d.column} | \`${d.rule}\` | ${d.message.replace(/\|/g, '\\|')} |\n`;
  }
  return out;
}
