import { describe, expect, it } from 'vitest';
import { formatRetroMarkdown } from '../../../src/format/retro/md.js';
import { retroReport } from '../fixtures.js';
import { expectMarkdownSafe, PIPE } from '../expect-output.js';

describe('okr retro, markdown', () => {
  it('follows the meeting: grades, key results, changes, learnings, decisions, what is missing', async () => {
    const md = formatRetroMarkdown(await retroReport(), PIPE);
    const headings = md.match(/^## .*/gm) ?? [];
    expect(headings.length).toBeGreaterThanOrEqual(5);
    expect(md).toMatch(/^# .*2026-Q4/m);
    expect(md).toContain('platform/O1');
    expectMarkdownSafe(md);
  });
});
