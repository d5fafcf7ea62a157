import { describe, expect, it } from 'vitest';
import { formatReviewersMarkdown } from '../../../src/format/reviewers/md.js';
import { reviewersReport } from '../fixtures.js';
import { expectMarkdownSafe, PIPE } from '../expect-output.js';

describe('okr reviewers, markdown', () => {
  it('mentions a plain @handle, and nothing else from the files', () => {
    const md = formatReviewersMarkdown(reviewersReport(), PIPE);
    expect(md).toContain('| @alice-chen | Alice Chen <alice@acme.example> | 2026-Q4 platform changed (unit lead) |');
    expect(md).not.toContain('| @everyone');
    expectMarkdownSafe(md);
  });
});
