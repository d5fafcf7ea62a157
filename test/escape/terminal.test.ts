// The terminal escaper and where it is applied: no control character but newline and tab
// (and, on one line, not those either), no bidi override, no line a CI runner reads as a
// workflow command; printable text unchanged.

import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalLine, terminalOutput, terminalText } from '../../src/escape/terminal.js';
import { formatStylish } from '../../src/format/validate/stylish.js';
import { formatTreeText } from '../../src/format/tree/text.js';
import type { Diagnostic } from '../../src/model.js';
import { painted, renderTable } from '../../src/terminal/table.js';
import { anyText, FC_PARAMS, HOSTILE } from './hostile.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
/** What GitHub's runner reads as a command: `::` after leading (.NET) white space, or `##[` anywhere. */
// eslint-disable-next-line no-control-regex
const COMMAND_LINE = /^[\s\x1c-\x1f\x85]*::|##\[/;

/** Inert for a terminal and a CI log: the problems, if any, by name. */
function problems(text: string, { oneLine }: { oneLine: boolean }): string[] {
  const found: string[] = [];
  if (CONTROL.test(text)) found.push('a control character');
  if (oneLine && /[\n\t\u2028\u2029]/.test(text)) found.push('a line break or tab');
  if (text.split(/\r\n|\r|\n/).some((line) => COMMAND_LINE.test(line))) found.push('a workflow command');
  return found;
}

const plain = new Chalk({ level: 0 });

describe('terminalText and terminalLine', () => {
  for (const { name, text } of HOSTILE) {
    it(`leaves nothing to act on: ${name}`, () => {
      expect(problems(terminalText(text), { oneLine: false })).toEqual([]);
      expect(problems(terminalLine(text), { oneLine: true })).toEqual([]);
    });
  }

  it('shows what it replaces: control pictures for C0 and DEL, <U+XXXX> for C1 and bidi', () => {
    expect(terminalLine('T \x1b]0;pwned\x07')).toBe('T ␛]0;pwned␇');
    expect(terminalLine('a\x7fb\x00c')).toBe('a␡b␀c');
    expect(terminalLine('x\x9by')).toBe('x<U+009B>y');
    expect(terminalLine('invoice\u202etxt.exe')).toBe('invoice<U+202E>txt.exe');
    expect(terminalLine('one\ntwo\tthree')).toBe('one␊two␉three');
    expect(terminalText('one\ntwo\tthree\r')).toBe('one\ntwo\tthree␍');
  });

  it('defuses workflow commands and keeps them readable', () => {
    expect(terminalText('x\n::add-mask::secret')).toBe('x\n%3A:add-mask::secret');
    expect(terminalText('a ##[error]b')).toBe('a #%23[error]b');
    expect(terminalLine('::error::x')).toBe('%3A:error::x');
  });

  it('leaves printable text as it is: letters of every script, emoji, combining marks', () => {
    for (const text of ['Cut deploy time from 40 to 10 minutes', 'Zoë Ünal · 日本語 · 😀 🇩🇪', 'e\u0301 Z̷a', 'a: b :: c']) {
      expect(terminalLine(text)).toBe(text);
      expect(terminalText(text)).toBe(text);
    }
  });

  it('holds for any string (property)', () => {
    fc.assert(fc.property(anyText, (text) => {
      expect(problems(terminalText(text), { oneLine: false })).toEqual([]);
      expect(problems(terminalLine(text), { oneLine: true })).toEqual([]);
    }), FC_PARAMS);
  });

  it('changes nothing in text that has nothing to change (property)', () => {
    const safe = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((t) => terminalText(t) === t);
    fc.assert(fc.property(safe, (text) => {
      expect(terminalLine(text.replace(/[\n\t]/g, ' '))).toBe(text.replace(/[\n\t]/g, ' '));
    }), FC_PARAMS);
  });
});

describe('terminalOutput: every chunk written to stderr', () => {
  const color = new Chalk({ level: 1 });
  for (const { name, text } of HOSTILE) {
    it(`shows foreign controls, keeps okr's colour: ${name}`, () => {
      const out = terminalOutput(`okr: ${color.red('error')} in '${text}'\n`);
      // Only the colour codes okr's styles use are left; take them out and nothing may remain.
      // eslint-disable-next-line no-control-regex
      const withoutColour = out.replace(/\x1b\[(?:1|2|4|22|24|31|32|33|36|39|90)m/g, '');
      expect(problems(withoutColour, { oneLine: false })).toEqual([]);
      expect(out).toContain('\x1b[31merror\x1b[39m');
    });
  }

  it('shows any other sequence: conceal, cursor moves, colour with parameters', () => {
    expect(terminalOutput('a\x1b[8mb\x1b[1;31mc\x1b[2Ad')).toBe('a␛[8mb␛[1;31mc␛[2Ad');
  });

  it('keeps the progress line erase', () => {
    expect(terminalOutput('\r\x1b[2K⠋ reading…')).toBe('\r\x1b[2K⠋ reading…');
  });
});

describe('formatters that write to a terminal', () => {
  const diagnostic = (text: string): Diagnostic => ({
    file: `okrs/${text}.yaml`, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'schema', message: `Unknown key '${text}'`, path: '',
  });

  for (const { name, text } of HOSTILE) {
    it(`stylish, tree and tables stay inert: ${name}`, () => {
      const lines = (out: string) => out.split('\n');
      const stylish = formatStylish([diagnostic(text)], plain);
      expect(problems(stylish, { oneLine: false })).toEqual([]);
      expect(lines(stylish).length).toBe(lines(formatStylish([diagnostic('x')], plain)).length);

      const node = { kind: 'objective' as const, ref: `u/${text}`, title: text, unit: 'u', score: null, grade: null, status: 'none' as const, children: [] };
      const tree = formatTreeText({ cycle: 'c', asOf: '2026-11-01', overall: null, grade: null, tree: [node] }, { paint: plain, tty: false });
      expect(problems(tree, { oneLine: false })).toEqual([]);
      expect(tree.split('\n').length).toBe(2);

      const table = renderTable({ head: ['A', 'B'] }, [[text, painted(text, plain.bold)]], plain);
      expect(problems(table, { oneLine: false })).toEqual([]);
    });
  }

  it('a table paints after escaping, so its own colour survives', () => {
    const color = new Chalk({ level: 1 });
    const table = renderTable({ head: ['A'] }, [[painted('x\x1b[2Jy', color.red)]], color);
    expect(table).toContain('\x1b[31mx␛[2Jy\x1b[39m');
    expect(table).not.toContain('\x1b[2J');
  });
});
