import { describe, expect, it } from 'vitest';
import { formatChangesMarkdown } from '../../../src/format/diff/md.js';
import { changes } from '../fixtures.js';
import { expectMarkdownSafe, PIPE } from '../expect-output.js';

describe('okr diff, markdown', () => {
  it('says what moved, the goal eased, and the problem brought', async () => {
    const md = formatChangesMarkdown(await changes(), PIPE);
    expect(md.startsWith('## OKR changes: `origin/main` → working tree\n')).toBe(true);
    expect(md).toContain('platform/O1/KR1');
    expect(md).toMatch(/22 → 18/);
    expect(md).toMatch(/10 → 15/);
    expectMarkdownSafe(md);
  });
});
