// Display width: what a terminal gives a piece of text, not its UTF-16 length.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutToWidth, displayWidth, padToWidth, wrapToWidth } from '../../src/text/display-width.js';

describe('displayWidth', () => {
  it('counts ASCII one column a character', () => {
    expect(displayWidth('Make deploys boring')).toBe(19);
    expect(displayWidth('')).toBe(0);
  });

  it('counts East Asian wide characters and emoji two columns, whatever their UTF-16 length', () => {
    expect(displayWidth('目標')).toBe(4);
    expect(displayWidth('한국어')).toBe(6);
    expect(displayWidth('🟢')).toBe(2); // two UTF-16 units
    expect(displayWidth('💬 note')).toBe(7);
    expect(displayWidth('👩‍💻')).toBe(2); // a ZWJ sequence is one grapheme
    expect(displayWidth('🇩🇪')).toBe(2); // a flag: two regional indicators
    expect(displayWidth('⚠️')).toBe(2); // emoji presentation by VS16
  });

  it('counts a letter with combining marks once, and the box and arrow glyphs okr draws one each', () => {
    expect(displayWidth('Díaz')).toBe(4);
    expect(displayWidth('Di\u0301az')).toBe(4); // i + combining acute
    expect(displayWidth('│├─└◆•…↑↓→▲▼')).toBe(12);
  });
});

describe('cutToWidth', () => {
  it('leaves text that fits as it is', () => {
    expect(cutToWidth('short', 5)).toBe('short');
  });

  it('cuts at whole graphemes and ends with …', () => {
    expect(cutToWidth('Make deploys boring', 10)).toBe('Make depl…');
    expect(cutToWidth('Make deploys boring', 6)).toBe('Make…'); // no space before the …
    expect(cutToWidth('目標を達成する', 7)).toBe('目標を…');
    expect(cutToWidth('👩‍💻👩‍💻👩‍💻', 5)).toBe('👩‍💻👩‍💻…');
  });

  it('never gives more columns than asked, for any text', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', ' ', '目', '🟢', 'e\u0301', '👩‍💻', '…'), fc.string({ maxLength: 1 })) });
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 40 }), (t, width) => {
      expect(displayWidth(cutToWidth(t, width))).toBeLessThanOrEqual(width);
    }));
  });
});

describe('padToWidth and wrapToWidth', () => {
  it('pads by display width', () => {
    expect(padToWidth('目', 4)).toBe('目  ');
    expect(padToWidth('7', 3, 'right')).toBe('  7');
  });

  it('wraps prose at spaces, indenting the lines after the first, never past the width', () => {
    expect(wrapToWidth('Roles: sponsor carla (Carla Mendes) · program owner dan', 24, '  ')).toEqual([
      'Roles: sponsor carla',
      '  (Carla Mendes) ·',
      '  program owner dan',
    ]);
    expect(wrapToWidth('  zed: company/O1/KR2 (lead)', 20, '    ')).toEqual(['  zed:', '    company/O1/KR2', '    (lead)']);
    expect(wrapToWidth('averyveryverylongword', 10)).toEqual(['averyvery…']);
  });
});
