// GitHub Actions workflow commands: one annotation per finding, shown on the pull request's
// diff. GitHub shows only ten annotations of each kind per step, so a plain list and a
// summary follow, and a markdown table goes to $GITHUB_STEP_SUMMARY when it is set
// (step-summary.ts). Every
// line is one the runner reads as a command only where okr means it to: file data is escaped
// inside an annotation, and on the plain lines it stays on its line and never starts one.

import { defuseWorkflowCommands, escapeProperty, workflowLogText, workflowMessage, workflowProperty } from '../../escape/workflow-command.js';
import type { ValidateResult } from '../../validate/result.js';
import type { Formatter } from '../formatter.js';
import { plural } from '../../text/plural.js';

export const formatGithub: Formatter<ValidateResult> = ({ diagnostics }) => {
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
};
