import { describe, expect, it } from 'vitest';
import { anchorId, escapeHtml } from '../../../src/escape/html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can break out of text or a quoted attribute', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  });

  it('leaves other text alone, non-ASCII included', () => {
    expect(escapeHtml('Grow ARR to 2.4 M€ — Carol Díaz ✓')).toBe('Grow ARR to 2.4 M€ — Carol Díaz ✓');
  });

  it('escapes an ampersand that already looks like an entity, so the text shows as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('anchorId', () => {
  it('keeps letters, digits and dashes', () => {
    expect(anchorId('u', 'people-ops')).toBe('u-people-ops');
  });

  it('encodes everything else, so ids hold no spaces, quotes or slashes', () => {
    const id = anchorId('o', 'platform/O1 "x" <y>');
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(id).toBe('o-platform_2f_O1_20__22_x_22__20__3c_y_3e_');
  });

  it('never gives two refs the same id', () => {
    const refs = ['a/b', 'a_2f_b', 'a-b', 'a b', 'a_b', 'é', 'e', '😀', '_'];
    expect(new Set(refs.map((ref) => anchorId('o', ref))).size).toBe(refs.length);
  });

  it('encodes characters outside the basic plane as one code point', () => {
    expect(anchorId('u', '😀')).toBe('u-_1f600_');
  });
});
