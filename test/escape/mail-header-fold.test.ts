// Found by `npm run fuzz` (the mail-header property at 20,000 runs): a display name of 66
// printable characters was quoted whole, but its quotes and backslashes, each escaped, made
// the From line 79 characters long, past RFC 5322's 78. The quoted form is measured now.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mailboxHeader } from '../../src/escape/mail-header.js';
import { FC_PARAMS } from './hostile.js';

const lines = (header: string) => header.split('\r\n');

describe('a quoted display name and the 78-character line', () => {
  it('is encoded when its quoted form would not fit', () => {
    const name = `''+1\\=HYPERLINK("http://x","click")a#b[click](javascript:alert(1))`;
    const header = mailboxHeader('From', { name, email: 'a@b.example' });
    for (const line of lines(header)) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('keeps a short one quoted', () => {
    expect(mailboxHeader('From', { name: 'Doe, "JD" \\ John', email: 'a@b.example' })).toBe('From: "Doe, \\"JD\\" \\\\ John" <a@b.example>');
  });

  it('no line passes 78 characters, for any printable name (property)', () => {
    // Mostly letters, some of what must be quoted or escaped, around the lengths where it tips.
    const char = fc.oneof({ weight: 8, arbitrary: fc.constant('a') }, { weight: 1, arbitrary: fc.constantFrom(...' "\\()<>,;:@.'.split('')) });
    fc.assert(fc.property(fc.string({ unit: char, minLength: 50, maxLength: 80 }), (name) => {
      for (const header of [mailboxHeader('From', { name, email: 'a@b.example' }), mailboxHeader('Reply-To', { name, email: 'a@b.example' })]) {
        for (const line of lines(header)) expect(line.length, JSON.stringify(name)).toBeLessThanOrEqual(78);
      }
    }), FC_PARAMS);
  });
});
