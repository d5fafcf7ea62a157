// HTML: every hostile string is text in an element or a quoted attribute value.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/escape/html.js';
import { showControls } from '../../src/escape/visible.js';
import { anyText, FC_PARAMS, HOSTILE } from './hostile.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

function checkInert(text: string): void {
  const escaped = escapeHtml(text);
  expect(escaped).not.toMatch(/[<>"']/);
  expect(escaped).not.toMatch(CONTROL);
  // Every & starts one of the entities escapeHtml writes.
  expect(escaped.replace(/&(?:amp|lt|gt|quot|#39|#58|#35);/g, '')).not.toContain('&');
  // Read back, it is the text as a terminal shows it.
  const decoded = escaped.replace(/&(amp|lt|gt|quot|#39|#58|#35);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#58': ':', '#35': '#' })[name]!);
  expect(decoded).toBe(showControls(text, '\n\t'));
}

describe('escapeHtml', () => {
  for (const { name, text } of HOSTILE) it(`is text, and only text: ${name}`, () => checkInert(text));

  it('holds for any string (property)', () => {
    fc.assert(fc.property(anyText, (text) => checkInert(text)), FC_PARAMS);
  });
});
