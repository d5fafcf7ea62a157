import { describe, expect, it } from 'vitest';
import { formatReviewersText } from '../../../src/format/reviewers/text.js';
import { reviewersReport } from '../fixtures.js';
import { expectTerminalSafe, PIPE } from '../expect-output.js';

describe('okr reviewers, text', () => {
  it('gives one aligned line per reviewer with why', () => {
    const text = formatReviewersText(reviewersReport(), { ...PIPE, columns: 120 });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^@alice-chen {2,}Alice Chen {2,}2026-Q4 platform changed \(unit lead\)$/);
    expect(lines[1]).toContain('platform/O2 now aligns to engineering/O1 (unit lead)');
    expectTerminalSafe(text);
  });

  it('says when no review is needed', () => {
    expect(formatReviewersText({ ...reviewersReport(), reviewers: [] }, PIPE)).toBe('No OKR changes between origin/main and the working tree: no reviewers needed.\n');
  });
});

describe('okr reviewers, text at the terminal\'s width', () => {
  it('cuts the reasons to fit the width', () => {
    const text = formatReviewersText(reviewersReport(), { ...PIPE, columns: 60 });
    for (const line of text.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    // The hostile name is cut at 24 columns; the reasons get what is left.
    expect(text).toMatch(/^@alice-chen {4}Alice Chen {16}2026-Q4 platform c…$/m);
  });
});
