// What every formatter test asks of its output, by medium.

import { Chalk } from 'chalk';
import MarkdownIt from 'markdown-it';
import { expect } from 'vitest';
import { PLAIN, type Medium } from '../../src/terminal/medium.js';

export const PIPE: Medium = { paint: PLAIN, tty: false };
export const TERMINAL: Medium = { paint: new Chalk({ level: 1 }), tty: true, columns: 100 };

/** Text for a terminal or a log: no escape sequence but okr's own colours. */
export function expectTerminalSafe(text: string): void {
  // eslint-disable-next-line no-control-regex
  expect(text.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
}

/** Markdown: the hostile title is text, not markup, a mention or a broken table. */
export function expectMarkdownSafe(markdown: string): void {
  expect(markdown).not.toContain('@everyone');
  expect(markdown).not.toContain('\x1b');
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {});
  // okr's own tags (<br>, <details>) only: none of the title's.
  expect(tokens.flatMap((t) => [t, ...(t.children ?? [])]).filter((t) => t.type.startsWith('html') && /img|onerror/i.test(t.content))).toEqual([]);
  // Every row of a table has as many cells as its header: no title adds a column.
  let cells: number | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      cells = null;
      continue;
    }
    const count = line.split(/(?<!\\)\|/).length;
    if (cells === null) cells = count;
    else expect(count, line).toBe(cells);
  }
}
