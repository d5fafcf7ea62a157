// Terminal tables take their colour from the command's chalk instance, never from what
// @colors/colors reads of the process (its argv and environment).

import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { tableStyle } from '../../src/terminal/table-style.js';

function draw(level: 0 | 1): string {
  const table = new Table({ ...tableStyle(new Chalk({ level }), ['', 'Title', 'Score']), wordWrap: true, colWidths: [null, 12, null] as unknown as number[] });
  table.push(['company', 'Win the market this quarter', '0.55'], ['platform', 'Make deploys boring', '0.30']);
  return table.toString();
}

const stripAnsi = (text: string) => text.replace(new RegExp(String.raw`\u001b\[\d+m`, 'g'), '');

describe('tableStyle', () => {
  it('draws plain box characters without colour', () => {
    const plain = draw(0);
    expect(plain).not.toContain('\u001b');
    expect(plain.split('\n')[0]).toMatch(/^┌─+┬─+┬─+┐$/);
    expect(plain).toContain('│ Title');
  });

  it('with colour, paints heads bold and borders grey, and lays the table out the same', () => {
    const colored = draw(1);
    expect(colored).toContain('\u001b[1mTitle\u001b[22m');
    expect(colored).toContain('\u001b[90m┌\u001b[39m');
    expect(colored).toContain('\u001b[90m│\u001b[39m');
    expect(stripAnsi(colored)).toBe(draw(0));
  });
});
