// The pull-request comment: a hidden marker (how the comment is found again to be edited), the
// validation against the base (what the change introduces, each problem a row), okr diff and
// okr reviewers as they print, kept under GitHub's 65,536-character limit by leaving out the
// longest parts first and saying where they are (the job summary).

import { markdownCode as code, markdownInline as md } from '../../escape/markdown.js';
import type { PullRequestReview } from '../../pull-request/review.js';
import { plural } from '../../text/plural.js';
import { formatChangesMarkdown } from '../diff/md.js';
import type { Formatter } from '../formatter.js';
import { formatReviewersMarkdown } from '../reviewers/md.js';

/** Starts the comment, so that it is found again; shows nothing. */
export const COMMENT_MARKER = '<!-- okr:pull-request-comment -->';

/** GitHub refuses a comment above 65,536 characters; some room is kept. */
export const COMMENT_LIMIT = 65_000;

/** Rows of problems listed before the rest are counted. */
const MAX_PROBLEM_ROWS = 50;

export const formatPullRequestComment: Formatter<PullRequestReview> = (review, medium) => {
  const head = `${COMMENT_MARKER}\n## OKRs in this pull request\n\n`;
  const foot = `\n<sub>Kept up to date by okr on every push: validation, changes and reviewers against ${code(review.base)}.</sub>\n`;
  const validation = validationSection(review, MAX_PROBLEM_ROWS);
  const changes = formatChangesMarkdown(review.changes, medium);
  const reviewers = formatReviewersMarkdown(review.reviewers, medium);
  const whole = [head, validation, '\n', changes, '\n', reviewers, foot].join('');
  if (whole.length <= COMMENT_LIMIT) return whole;
  // Too long: okr diff goes first (the job summary has it whole), then problem rows.
  const shortChanges = `## OKR changes\n\n_Too long for a comment (${changes.length.toLocaleString('en')} characters): the job summary has okr diff in full._\n`;
  const shorter = [head, validation, '\n', shortChanges, '\n', reviewers, foot].join('');
  if (shorter.length <= COMMENT_LIMIT) return shorter;
  return [head, validationSection(review, 5), '\n', shortChanges, '\n', reviewers.slice(0, 20_000), foot].join('');
};

function validationSection(review: PullRequestReview, maxRows: number): string {
  const { diagnostics, known } = review.validation;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  let out = diagnostics.length === 0
    ? `**Validation:** ✅ no new problems against ${code(review.base)}.\n`
    : `**Validation:** ${errors > 0 ? '❌' : '⚠️'} ${plural(errors, 'error')} and ${plural(warnings, 'warning')} introduced against ${code(review.base)}.\n`;
  if (known > 0) out += `\n_${plural(known, 'problem')} already on ${code(review.base)} ${known === 1 ? 'is' : 'are'} not repeated here._\n`;
  if (diagnostics.length === 0) return out;
  out += '\n| | File | Line | Rule | Message |\n| --- | --- | --- | --- | --- |\n';
  for (const d of diagnostics.slice(0, maxRows)) {
    out += `| ${d.severity === 'error' ? '❌' : '⚠️'} | ${code(d.file)} | ${d.line}:${d.column} | ${code(d.rule)} | ${md(d.message)} |\n`;
  }
  if (diagnostics.length > maxRows) out += `\n_…and ${diagnostics.length - maxRows} more: the job summary and the annotations list them all._\n`;
  return out;
}
