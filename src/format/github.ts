// GitHub Actions workflow commands: one annotation per finding, shown on the pull request's
// diff. GitHub shows only ten annotations of each kind per step, so a plain list and a
// summary follow, and a markdown table goes to $GITHUB_STEP_SUMMARY when it is set. Every
// line is one the runner reads as a command only where okr means it to: file data is escaped
// inside an annotation, and on the plain lines it stays on its line and never starts one.

import { markdownCode as code, markdownInline as md } from '../escape/markdown.js';
import { defuseWorkflowCommands, escapeProperty, workflowLogText, workflowMessage, workflowProperty } from '../escape/workflow-command.js';
import type { Diagnostic } from '../model.js';
import { plural } from './summary.js';

export function formatGithub(diagnostics: Diagnostic[]): string {
  let out = '';
  for (const d of diagnostics) {
    const command = d.severity === 'error' ? 'error' : 'warning';
    const props = [
      `file=${workflowProperty(d.file)}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endColumn}`,
      `title=${escapeProperty(`okr ${d.rule}`)}`,
    ].join(',');
    out += `::${command} ${props}::${workflowMessage(d.message)}\n`;
  }
  for (const d of diagnostics) {
    // The file starts the line: defused as a whole, so a path cannot open with `::`.
    out += `${defuseWorkflowCommands(`${workflowLogText(d.file)}:${d.line}:${d.column}: ${d.severity} ${workflowLogText(d.message)} (${workflowLogText(d.rule)})`)}\n`;
  }
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
    out += `| ${icon} | ${code(d.file)} | ${d.line}:${d.column} | ${code(d.rule)} | ${md(d.message)} |\n`;
  }
  return out;
}
