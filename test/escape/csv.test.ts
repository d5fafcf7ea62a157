// CSV: no text cell a spreadsheet would run as a formula, no line a CI runner reads as a
// workflow command, numbers left as numbers, and neutralising undone exactly: read back with the project's own CSV parser, every cell is
// the original text, byte for byte.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, neutraliseCsvCell, unneutraliseCsvCell } from '../../src/escape/csv.js';
import { parseCsv } from '../../src/text/csv-parse.js';
import { anyText, FC_PARAMS, HOSTILE } from './hostile.js';

/** What OWASP says a spreadsheet may evaluate: a cell starting with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

function checkRoundTrip(text: string): void {
  const line = csvLine([-5, text, 3.5, text, null, true]);
  const rows = parseCsv(line);
  expect(rows).toHaveLength(1);
  const cells = rows[0].map((cell) => cell.value);
  expect(cells).toHaveLength(6);
  expect(cells[0]).toBe('-5');
  expect(cells[2]).toBe('3.5');
  expect(cells[5]).toBe('true');
  // As a spreadsheet sees the text cell: never a formula.
  expect(cells[1]).not.toMatch(FORMULA_START);
  // As a CI log reads it: no line a workflow command.
  // eslint-disable-next-line no-control-regex
  expect(line.split(/\r\n|\r|\n/).filter((physical) => /^[\s\x1c-\x1f\x85]*::|##\[/.test(physical))).toEqual([]);
  // As okr import reads it: the original.
  expect(cells.map(unneutraliseCsvCell)).toEqual(['-5', text, '3.5', text, '', 'true']);
}

describe('csvLine, read back by parseCsv', () => {
  for (const { name, text } of HOSTILE) it(`neutralises and gives back: ${name}`, () => checkRoundTrip(text));

  it('holds for any string (property)', () => {
    fc.assert(fc.property(anyText, (text) => checkRoundTrip(text)), FC_PARAMS);
  });

  it('prefixes formulas with a quote, and one more quote where the text already has them', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvField("'=x")).toBe("''=x");
    expect(csvField("'hello")).toBe("'hello");
    expect(csvField('::add-mask::x')).toBe("'::add-mask::x");
    expect(csvField('a\n  ::error::x ##[y]')).toBe('"a\n\'  ::error::x #\'#[y]"');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(-Infinity)).toBe("'-Infinity");
  });
});

describe('neutraliseCsvCell and unneutraliseCsvCell', () => {
  it('are exact inverses, and nothing neutralised starts a formula (property)', () => {
    fc.assert(fc.property(anyText, (text) => {
      const cell = neutraliseCsvCell(text);
      expect(cell).not.toMatch(FORMULA_START);
      // eslint-disable-next-line no-control-regex
      expect(cell.split(/\r\n|\r|\n/).filter((line) => /^[\s\x1c-\x1f\x85]*::|##\[/.test(line))).toEqual([]);
      expect(unneutraliseCsvCell(cell)).toBe(text);
    }), FC_PARAMS);
  });
});
