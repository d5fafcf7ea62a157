import { describe, expect, it } from 'vitest';
import { formatTreeText } from '../../../src/format/tree/text.js';
import { treeView } from '../fixtures.js';
import { expectTerminalSafe, PIPE, TERMINAL } from '../expect-output.js';

describe('okr tree, text', () => {
  it('draws the cascade from the company down, one line per node', async () => {
    const view = await treeView();
    const text = formatTreeText(view, { ...PIPE, columns: 200 });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^◆ company\/O1 {2}Make Acme the platform/);
    expect(lines.some((line) => /^[│ ]*[├└]─ [◆•] /.test(line))).toBe(true);
    expect(text).toContain('platform/O1  Deploys | @everyone <img src=x onerror=alert(1)> ␛[2J `done`');
  });

  it('paints on a terminal with its own colours only', async () => {
    const text = formatTreeText(await treeView(), TERMINAL);
    expect(text).toContain('\x1b[36mcompany/O1\x1b[39m');
    expectTerminalSafe(text);
  });
});
