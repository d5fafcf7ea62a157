// Terminal tables: one line per row, never wider than asked, borders whole; the shrinking
// columns are cut with …, optional ones left out (or folded under the row) before a column
// gets too narrow to read; colour only from the painter given.

import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAIN } from '../../src/terminal/medium.js';
import { painted, renderTable, type TableLayout } from '../../src/terminal/table.js';
import { displayWidth } from '../../src/text/display-width.js';

const stripAnsi = (text: string) => text.replace(new RegExp(String.raw`\u001b\[\d+m`, 'g'), '');
const widths = (text: string) => stripAnsi(text).split('\n').map(displayWidth);

describe('renderTable', () => {
  const layout: TableLayout = { head: ['', 'Title', 'Score'], shrink: [0, 1, 0], colAligns: ['left', 'left', 'right'] };
  const rows = [['company', 'Win the market this quarter with a product people love', '0.55'], ['platform', 'Make deploys boring', '0.30']];

  it('draws box characters around one line per row, as wide as the content when that fits', () => {
    const text = renderTable({ ...layout, width: 120 }, rows, PLAIN);
    expect(text.split('\n')).toEqual([
      '┌──────────┬────────────────────────────────────────────────────────┬───────┐',
      '│          │ Title                                                  │ Score │',
      '├──────────┼────────────────────────────────────────────────────────┼───────┤',
      '│ company  │ Win the market this quarter with a product people love │  0.55 │',
      '│ platform │ Make deploys boring                                    │  0.30 │',
      '└──────────┴────────────────────────────────────────────────────────┴───────┘',
    ]);
  });

  it('cuts the shrinking column with … to the width, and only that one', () => {
    const text = renderTable({ ...layout, width: 40 }, rows, PLAIN);
    expect(widths(text).every((w) => w === 40)).toBe(true);
    expect(text).toContain('│ company  │ Win the market t… │  0.55 │');
    expect(text).toContain('│ platform │ Make deploys bor… │  0.30 │');
  });

  it('leaves optional columns out before a column gets narrower than it wants', () => {
    const wide: TableLayout = { head: ['Ref', 'Title', 'Lead', 'Grade'], shrink: [0, 1, 0, 0], want: [0, 20, 0, 0], optional: [2, 3] };
    const row = [['platform/O1', 'Make deploys boring and fast', 'alice', 'yellow']];
    // All four need 63 columns; at 50 the title would get 15, so the lead goes first.
    expect(renderTable({ ...wide, width: 63 }, row, PLAIN)).toContain('│ alice │');
    const text = renderTable({ ...wide, width: 50 }, row, PLAIN);
    expect(text).not.toContain('Lead');
    expect(text).toContain('│ platform/O1 │ Make deploys boring an… │ yellow │');
    expect(widths(text).every((w) => w === 50)).toBe(true);
    // At 40 the grade goes too.
    expect(renderTable({ ...wide, width: 40 }, row, PLAIN)).not.toContain('Grade');
  });

  it('folds a left-out column into the line under its row, with the row\'s detail', () => {
    const folding: TableLayout = { head: ['Date', 'Change', 'Commit'], shrink: [0, 1, 0], want: [0, 30, 0], optional: [2], fold: [2], width: 44 };
    const text = renderTable(folding, [{ cells: ['2026-10-07', 'current 35 → 30 and a good deal more', 'e781519'], detail: 'Pipeline rolled out' }], PLAIN);
    expect(text).not.toContain('Commit');
    expect(text).toContain('│            │ e781519 · Pipeline rolled…  │');
    expect(widths(text).every((w) => w === 44)).toBe(true);
  });

  it('keeps a piece marked keep whole, cutting the rest of its cell for it', () => {
    const text = renderTable({ head: ['Change'], shrink: [1], width: 30 }, [[['removed key result "No Sev-1 caused by a deploy"', { text: ' (stopped)', paint: (t) => t, keep: true }]]], PLAIN);
    expect(text).toContain('│ removed key res… (stopped) │');
  });

  it('measures wide characters by the columns they take', () => {
    const text = renderTable({ head: ['Title'], shrink: [1], width: 20 }, [['目標を達成するために毎週チェックイン'], ['🟢 on track 🟢 on track']], PLAIN);
    expect(widths(text).every((w) => w === 20)).toBe(true);
    // 目標を達成する… is 15 columns: the 16th is padding, where half a wide character cannot go.
    expect(text).toContain('│ 目標を達成する…  │');
  });

  it('paints heads bold, borders grey and cells with their own paint, and lays out the same without colour', () => {
    const draw = (color: typeof PLAIN) => renderTable({ head: ['', 'Score'], width: 80 }, [['company', painted('0.55', color.yellow)]], color);
    const coloured = draw(new Chalk({ level: 1 }));
    expect(coloured).toContain('\u001b[1mScore\u001b[22m');
    expect(coloured).toContain('\u001b[90m│\u001b[39m');
    expect(coloured).toContain('\u001b[33m0.55\u001b[39m');
    expect(draw(PLAIN)).not.toContain('\u001b');
    expect(stripAnsi(coloured)).toBe(draw(PLAIN));
  });

  it('shows a cell\'s control characters instead of sending them', () => {
    const text = renderTable({ head: ['Title'], width: 80 }, [['Deploys \u001b[2J\nnow']], PLAIN);
    expect(text).toContain('Deploys ␛[2J␊now');
    expect(text).not.toContain('\u001b');
  });

  it('is never wider than its width, whatever the cells hold, at 80 columns and up', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '目', '🟢', 'é', '…', '│'), maxLength: 60 });
    fc.assert(fc.property(fc.array(fc.tuple(fc.string({ maxLength: 12 }), cell, cell), { minLength: 1, maxLength: 4 }), fc.integer({ min: 80, max: 160 }), (cells, width) => {
      const text = renderTable({ head: ['', 'Title', 'Note'], shrink: [0, 3, 1], width }, cells, PLAIN);
      expect(Math.max(...widths(text))).toBeLessThanOrEqual(width);
      // Every line is a whole row: a border at each end.
      for (const line of text.split('\n')) expect(line).toMatch(/^[┌├│└].*[┐┤│┘]$/);
    }));
  });
});
