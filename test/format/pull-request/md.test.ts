import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, COMMENT_MARKER, formatPullRequestComment } from '../../../src/format/pull-request/md.js';
import type { PullRequestReview } from '../../../src/pull-request/review.js';
import { expectMarkdownSafe, PIPE } from '../expect-output.js';
import { changes, diagnostic, HOSTILE, reviewersReport } from '../fixtures.js';

async function review(diagnostics = [diagnostic(HOSTILE), diagnostic('Thin objective', 'warning')], known = 2): Promise<PullRequestReview> {
  return { base: 'origin/main', validation: { diagnostics, files: 12, known }, changes: await changes(), reviewers: reviewersReport() };
}

describe('okr pr-comment, md', () => {
  it('starts with its marker, then the validation, okr diff and the reviewers', async () => {
    const text = formatPullRequestComment(await review(), PIPE);
    expect(text.startsWith(`${COMMENT_MARKER}\n## OKRs in this pull request\n\n**Validation:** ❌ 1 error and 1 warning introduced against \`origin/main\`.\n`)).toBe(true);
    expect(text).toContain('_2 problems already on `origin/main` are not repeated here._');
    expect(text).toContain('## OKR changes: `origin/main` → working tree');
    expect(text).toContain('### OKR reviewers');
    expectMarkdownSafe(text.replace(/^\| @alice-chen \|/m, '| x |'));
  });

  it('says when the change brings no problem', async () => {
    expect(formatPullRequestComment(await review([], 0), PIPE)).toContain('**Validation:** ✅ no new problems against `origin/main`.\n\n## OKR changes');
  });

  it('stays under GitHub\'s comment limit, leaving out okr diff and then rows, and saying so', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => diagnostic(`${'A long problem '.repeat(10)}${i}`, 'warning'));
    const text = formatPullRequestComment(await review(many), PIPE);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text).toContain('more: the job summary and the annotations list them all._');
    expect(text.startsWith(COMMENT_MARKER)).toBe(true);
  });
});
