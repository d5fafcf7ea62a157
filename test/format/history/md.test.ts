import { describe, expect, it } from 'vitest';
import { formatHistoryMarkdown } from '../../../src/format/history/md.js';
import { historyView } from '../fixtures.js';
import { expectMarkdownSafe, PIPE } from '../expect-output.js';

describe('okr history, markdown', () => {
  it('gives a heading and a table row per change, notes as text', () => {
    const md = formatHistoryMarkdown(historyView(), PIPE);
    expect(md.startsWith('## History of 2026-Q4 (platform)\n\n| Date | Ref | Change |')).toBe(true);
    expect(md.match(/^\| 2026-11-1\d /gm)).toHaveLength(2);
    expectMarkdownSafe(md);
  });

  it('warns first when the clone is shallow', () => {
    expect(formatHistoryMarkdown(historyView(true), PIPE)).toContain('> [!WARNING]\n> This is a shallow clone: history starts at 2026-11-01.');
    expect(formatHistoryMarkdown(historyView(false), PIPE)).not.toContain('shallow');
  });
});
