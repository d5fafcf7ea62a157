import { describe, expect, it } from 'vitest';
import { formatScoreTable } from '../../../src/format/score/table.js';
import { scoreView } from '../fixtures.js';
import { expectTerminalSafe, PIPE, TERMINAL } from '../expect-output.js';

describe('okr score, table', () => {
  it('heads the table with the cycle and shows every unit, a title\'s controls shown', async () => {
    const view = await scoreView();
    const text = formatScoreTable(view, { ...PIPE, columns: 200 });
    expect(text.split('\n')[0]).toMatch(/^2026-Q4 as of 2026-11-20 \(\d+% of the cycle passed\) {2}overall \d\.\d\d (green|yellow|red)$/);
    for (const unit of view.units) expect(text).toContain(unit.ref);
    expect(text).toContain('␛[2J');
    expect(text).not.toContain('\x1b');
  });

  it('paints on a terminal, and only with its own colours', async () => {
    const text = formatScoreTable(await scoreView(), TERMINAL);
    expect(text).toMatch(new RegExp(String.raw`\u001b\[3[123]m\d\.\d\d`));
    expectTerminalSafe(text);
  });
});
