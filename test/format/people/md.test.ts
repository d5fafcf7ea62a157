import { describe, expect, it } from 'vitest';
import { formatPeopleMarkdown } from '../../../src/format/people/md.js';
import { peopleReport } from '../fixtures.js';
import { expectMarkdownSafe, PIPE } from '../expect-output.js';

describe('okr people, markdown', () => {
  it('gives the roles, the coaches and a table of people', async () => {
    const md = formatPeopleMarkdown(await peopleReport(), PIPE);
    expect(md.startsWith('## Who leads what: 2026-Q4\n\n**Roles:** ')).toBe(true);
    expect(md).toContain('| Person | Name | OKR lead of | KRs led | Contributes to | Member of | Roles |');
    expect(md).toContain('| `alice` |');
    expectMarkdownSafe(md);
  });
});
