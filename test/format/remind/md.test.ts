import { describe, expect, it } from 'vitest';
import { formatRemindMarkdown } from '../../../src/format/remind/md.js';
import { reminders } from '../fixtures.js';
import { expectMarkdownSafe, PIPE } from '../expect-output.js';

describe('okr remind, markdown', () => {
  it('gives the steps, then a section per person who owes something', async () => {
    const list = await reminders();
    const md = formatRemindMarkdown(list, PIPE);
    expect(md.startsWith('# OKR reminders: Acme Corp, 2026-Q4, as of 2026-11-20\n\n')).toBe(true);
    expect(md).toContain('| Step | Cycle | When | As of 2026-11-20 |');
    expect(md.match(/^## /gm)?.length ?? 0).toBe(list.people.length + (list.unassigned.length > 0 ? 1 : 0));
    expectMarkdownSafe(md);
  });
});
