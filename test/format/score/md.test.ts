import { describe, expect, it } from 'vitest';
import { formatScoreMarkdown } from '../../../src/format/score/md.js';
import { scoreView } from '../fixtures.js';
import { expectMarkdownSafe, PIPE } from '../expect-output.js';

describe('okr score, markdown', () => {
  it('gives a heading and a table per unit, the hostile title as text', async () => {
    const view = await scoreView();
    const md = formatScoreMarkdown(view, PIPE);
    expect(md).toMatch(/^## 2026-Q4: \d\.\d\d /);
    expect(md.match(/^### /gm)).toHaveLength(view.units.length);
    expect(md).toContain('| `platform/O1` |');
    expectMarkdownSafe(md);
  });
});
