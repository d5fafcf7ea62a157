// HTML: every hostile string is text in an element or a quoted attribute value.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/escape/html.js';
import { anyText, FC_PARAMS, HOSTILE } from './hostile.js';

function checkInert(text: string): void {
  const escaped = escapeHtml(text);
  expect(escaped).not.toMatch(/[<>"']/);
  // Every & starts one of the entities escapeHtml writes.
  expect(escaped.replace(/&(?:amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
  const decoded = escaped.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
  expect(decoded).toBe(text);
}

describe('escapeHtml', () => {
  for (const { name, text } of HOSTILE) it(`is text, and only text: ${name}`, () => checkInert(text));

  it('holds for any string (property)', () => {
    fc.assert(fc.property(anyText, (text) => checkInert(text)), FC_PARAMS);
  });
});
