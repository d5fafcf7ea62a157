// Draft emails: valid RFC 5322 messages whatever the names and the text hold, checked by an
// independent parser (Python's `email`) and by the raw-byte rules.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodedWords } from '../../src/escape/mail-header.js';
import { encodeBody, formatEml, quotedPrintableLine, rfc5322Date, type Draft } from '../../src/remind/eml.js';
import { tempRepo } from '../helpers/cli.js';
import { parseEml, rawProblems } from './parse-eml.js';

/** A header unfolded, as raw text. */
function headerOf(bytes: Buffer, name: string): string {
  const match = new RegExp(`^${name}: (.*(?:\r\n[ \t].*)*)`, 'm').exec(bytes.toString('latin1'));
  return match ? match[1].replace(/\r\n([ \t])/g, '$1') : '';
}

/** RFC 2047 decoding by the letter: whitespace between adjacent encoded-words is dropped. */
function decodeRfc2047(text: string): string {
  return text
    .replace(/(\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}

function roundTrip(drafts: Draft[]) {
  const dir = tempRepo();
  const paths = drafts.map((draft, index) => {
    const path = join(dir, `${index}.eml`);
    writeFileSync(path, formatEml(draft));
    return path;
  });
  return { parsed: parseEml(paths), raw: paths.map((path) => readFileSync(path)) };
}

const base: Draft = {
  from: { name: 'Erin Walsh', email: 'erin@acme.example' },
  to: { name: 'Alice Ng', email: 'alice@acme.example' },
  subject: 'Acme Corp OKRs 2026-Q4: 2 reminders (as of 2026-11-23)',
  date: '2026-11-23',
  body: 'Hello Alice Ng,\n\nTwo things.\n',
};

describe('rfc5322Date', () => {
  it('dates a day at noon UTC, with the weekday', () => {
    expect(rfc5322Date('2026-11-23')).toBe('Mon, 23 Nov 2026 12:00:00 +0000');
    expect(rfc5322Date('2027-01-09')).toBe('Sat, 09 Jan 2027 12:00:00 +0000');
    expect(rfc5322Date('2028-02-29')).toBe('Tue, 29 Feb 2028 12:00:00 +0000');
  });
});

describe('encodedWords', () => {
  it('splits long text into encoded-words of at most 75 characters, never inside a character', () => {
    const text = 'Zoë Ünal-Øvergård 李小龍 🎉'.repeat(6);
    const words = encodedWords(text);
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      const match = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=$/.exec(word);
      expect(match).not.toBeNull();
      // Each word decodes to whole characters: no U+FFFD from a split sequence.
      expect(Buffer.from(match![1], 'base64').toString('utf8')).not.toContain('\uFFFD');
    }
    expect(words.map((w) => Buffer.from(w.slice(10, -2), 'base64').toString('utf8')).join('')).toBe(text);
  });
});

describe('encodeBody', () => {
  it('sends short lines as 8bit UTF-8 with CRLF', () => {
    expect(encodeBody('Grüße\nzwei\n')).toEqual({ encoding: '8bit', text: 'Grüße\r\nzwei\r\n' });
  });

  it('switches to quoted-printable when a line would pass 998 octets', () => {
    const long = 'é'.repeat(600); // 1200 octets
    const body = encodeBody(`short\n${long}\n`);
    expect(body.encoding).toBe('quoted-printable');
    for (const line of body.text.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
  });

  it('encodes =, trailing spaces and non-ASCII in quoted-printable', () => {
    expect(quotedPrintableLine('a=b ')).toBe('a=3Db=20');
    expect(quotedPrintableLine('ü')).toBe('=C3=BC');
    // Soft breaks never cut an =XX sequence.
    for (const line of quotedPrintableLine('ü'.repeat(40)).split('\r\n')) expect(line).toMatch(/^(=[0-9A-F]{2})*=?$/);
  });
});

describe('formatEml', () => {
  it('writes a message every header of which parses back to what was meant', () => {
    const { parsed, raw } = roundTrip([{ ...base, headers: [['X-Okr-Remind', '2026-Q4 as of 2026-11-23']] }]);
    expect(rawProblems(raw[0])).toEqual([]);
    expect(parsed[0]).toMatchObject({
      from: { name: 'Erin Walsh', address: 'erin@acme.example' },
      to: { name: 'Alice Ng', address: 'alice@acme.example' },
      subject: base.subject,
      date: '2026-11-23T12:00:00+00:00',
      contentType: 'text/plain', charset: 'utf-8', transferEncoding: '8bit',
      unsent: '1', mimeVersion: '1.0', marker: '2026-Q4 as of 2026-11-23',
      body: base.body, defects: [],
    });
  });

  it('encodes UTF-8 names and subjects as RFC 2047 words, quotes names with specials', () => {
    const { parsed, raw } = roundTrip([
      { ...base, from: { name: 'Érin Walsh', email: 'erin@acme.example' }, to: { name: 'Carol Díaz', email: 'carol@acme.example' }, subject: 'Müller & Söhne OKRs: 1 reminder' },
      { ...base, to: { name: 'Stone, Bob "Bobby" Jr.', email: 'bob@acme.example' } },
      { ...base, to: { name: null, email: 'x@acme.example' } },
      { ...base, to: { name: Array(8).fill('Zoë Ünal-Øvergård').join(' '), email: 'zoe@acme.example' }, subject: `OKRs ${'word '.repeat(40)}end` },
      { ...base, to: { name: 'Eve\r\nBcc: mallory@evil.example', email: 'eve@acme.example' } },
    ]);
    for (const bytes of raw) expect(rawProblems(bytes)).toEqual([]);
    for (const message of parsed) expect(message.defects).toEqual([]);
    expect(parsed[0].from.name).toBe('Érin Walsh');
    expect(parsed[0].to.name).toBe('Carol Díaz');
    expect(parsed[0].subject).toBe('Müller & Söhne OKRs: 1 reminder');
    expect(raw[0].toString('latin1')).toContain('To: =?UTF-8?B?');
    expect(parsed[1].to.name).toBe('Stone, Bob "Bobby" Jr.');
    expect(parsed[2].to).toEqual({ name: '', address: 'x@acme.example' });
    // A long name takes several encoded-words, joined with nothing between them (RFC 2047
    // 6.2); CPython before gh-128110 puts a space at each join, so compare spaces loosely.
    const long = Array(8).fill('Zoë Ünal-Øvergård').join(' ');
    expect(decodeRfc2047(headerOf(raw[3], 'To'))).toBe(`${long} <zoe@acme.example>`);
    expect(parsed[3].to.name.replace(/\s+/g, ' ')).toBe(long);
    expect(parsed[3].subject).toBe(`OKRs ${'word '.repeat(40)}end`);
    // A line break in a name cannot add a header.
    expect(parsed[4].to.name).toBe('Eve Bcc: mallory@evil.example');
    expect(raw[4].toString('latin1')).not.toMatch(/^Bcc:/m);
  });

  it('carries a body with a line past 998 octets as quoted-printable, unchanged once decoded', () => {
    const body = `Hello,\n\n  - company/O1/KR1: ${'Grow ünits '.repeat(150)}\n\nThank you,\n`;
    const { parsed, raw } = roundTrip([{ ...base, body }]);
    expect(rawProblems(raw[0])).toEqual([]);
    expect(parsed[0].transferEncoding).toBe('quoted-printable');
    expect(parsed[0].body).toBe(body);
  });
});
