// The markdown table `okr validate --format github` appends to $GITHUB_STEP_SUMMARY: every
// finding, where the annotations show only ten of each kind.

import { markdownCode as code, markdownInline as md } from '../../escape/markdown.js';
import { plural } from '../../text/plural.js';
import type { ValidateResult } from '../../validate/result.js';
import type { Formatter } from '../formatter.js';

export const formatStepSummary: Formatter<ValidateResult> = ({ diagnostics }) => {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  let out = `### okr validate: ${plural(errors, 'error')}, ${plural(diagnostics.length - errors, 'warning')}\n\n`;
  if (diagnostics.length === 0) return `${out}All OKR files are valid.\n`;
  out += '| | File | Line | Rule | Message |\n| --- | --- | --- | --- | --- |\n';
  for (const d of diagnostics) {
    const icon = d.severity === 'error' ? '❌' : '⚠️';
    out += `| ${icon} | ${code(d.file)} | ${d.line}:${d.column} | ${code(d.rule)} | ${md(d.message)} |\n`;
  }
  return out;
};
