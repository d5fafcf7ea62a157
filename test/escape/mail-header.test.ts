// Mail headers: whatever a name or a subject holds, Python's `email` package (strict, RFC 5322
// and RFC 2047) reads back the headers okr wrote and no other, with the name and subject as
// the literal text: an encoded-word look-alike is not decoded, CR LF adds no header.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isMailAddress, mailboxHeader, textHeader } from '../../src/escape/mail-header.js';
import { formatEml } from '../../src/remind/eml.js';
import { parseEml, rawProblems } from '../remind/parse-eml.js';
import { anyText, FC_PARAMS, HOSTILE } from './hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'okr-mail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text a header can carry: one line, controls as spaces, lone surrogates as U+FFFD. */
function expected(text: string): string {
  return text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The names of the headers in the raw message, folded lines joined. */
function headerNames(raw: string): string[] {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
  return head.split(/\r\n(?![ \t])/).map((field) => field.slice(0, field.indexOf(':')));
}

/** Writes one draft per text, reads them all back with one Python run. */
function checkAll(texts: readonly string[]): void {
  const paths = texts.map((text, i) => {
    const path = join(dir, `${i}.eml`);
    writeFileSync(path, formatEml({
      from: { name: text, email: 'coordinator@acme.example' }, to: { name: text, email: 'alice@acme.example' },
      subject: text, date: '2026-11-23', body: 'Hello\n', headers: [['X-Okr-Remind', text]],
    }));
    return path;
  });
  const parsed = parseEml(paths);
  texts.forEach((text, i) => {
    const raw = readFileSync(paths[i]);
    const context = JSON.stringify(text.slice(0, 80));
    expect(rawProblems(raw), context).toEqual([]);
    expect(headerNames(raw.toString('latin1')), context).toEqual(['From', 'To', 'Subject', 'Date', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', 'X-Unsent', 'X-Okr-Remind']);
    expect(parsed[i].defects, context).toEqual([]);
    // CPython before gh-128110 puts a space between the encoded-words of a display name it
    // joins; the words are the text's all the same. The subject is read exactly.
    const words = (name: string) => name.replace(/ /g, '');
    expect(parsed[i].from.address, context).toBe('coordinator@acme.example');
    expect(words(parsed[i].from.name), context).toBe(words(expected(text)));
    expect(words(parsed[i].to.name), context).toBe(words(expected(text)));
    expect(parsed[i].subject, context).toBe(expected(text));
    expect(parsed[i].body, context).toBe('Hello\n');
  });
}

describe('mail headers, read by Python', () => {
  it('every hostile string comes back literally, in the headers okr wrote and no other', () => {
    checkAll(HOSTILE.map((h) => h.text));
  });

  it('a name that looks like an encoded-word comes back literally, not as "Admin"', () => {
    checkAll(['=?utf-8?b?QWRtaW4=?=', 'Bob =?utf-8?q?=41dmin?= Smith']);
    const [parsed] = parseEml([join(dir, '0.eml')]);
    expect(parsed.from.name).toBe('=?utf-8?b?QWRtaW4=?=');
  });

  it('a name that looks like an encoded-word is itself encoded', () => {
    expect(mailboxHeader('From', { name: '=?utf-8?b?QWRtaW4=?=', email: 'a@b.example' })).toBe('From: =?UTF-8?B?PT91dGYtOD9iP1FXUnRhVzQ9Pz0=?= <a@b.example>');
    expect(textHeader('Subject', 'x\r\nBcc: a@b.example')).toBe('Subject: x Bcc: a@b.example');
  });

  it('refuses an address a header cannot carry', () => {
    for (const address of ['a@b.example>\r\nBcc: c@d', 'a b@c.example', '<a@b.example>', 'a@b.example\n', 'a\x1b@b.example']) {
      expect(isMailAddress(address)).toBe(false);
      expect(() => mailboxHeader('To', { name: null, email: address })).toThrow();
    }
    expect(isMailAddress('alice.ng+okr@acme.example')).toBe(true);
  });

  it('holds for any string (property, sampled and read back in one Python run)', () => {
    const texts = fc.sample(anyText, { numRuns: FC_PARAMS.numRuns, seed: FC_PARAMS.seed });
    // In batches, so that a long run (FC_NUM_RUNS) stays within one Python run's output.
    for (let start = 0; start < texts.length; start += 400) checkAll(texts.slice(start, start + 400));
  });
});
