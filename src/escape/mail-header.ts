// Text from the files in the header of a mail message (RFC 5322, RFC 2047). No CR or LF, nor
// any other control character, ever reaches a header: a name or subject cannot add a header
// (`x\r\nBcc: a@b`) or end the header block. A display name is written as atoms, a quoted
// string or encoded-words, whichever shows it literally: text that looks like an encoded-word
// (`=?utf-8?b?QWRtaW4=?=`) is itself encoded, since a client would otherwise decode it (some
// decode inside quoted strings too), and so is anything not printable ASCII. Long headers are
// folded at 78 characters, between tokens.

export interface Mailbox {
  name: string | null;
  email: string;
}

/** RFC 5322 2.1.1: lines SHOULD stay within 78 characters. */
const FOLD_AT = 78;
/**
 * UTF-8 bytes per encoded-word: base64 of 39 bytes is 52 characters, 64 with `=?UTF-8?B?` and
 * `?=`, so that even the first word, which cannot be folded away from `X-Okr-Remind: `, fits in 78.
 */
const WORD_BYTES = 39;

/**
 * An address okr writes into a header: a local part with no space, control, bracket, quote or
 * other special, `@`, a domain name. Conservative on purpose: what is refused gets no draft.
 */
// eslint-disable-next-line no-control-regex
const ADDRESS = /^[^\s\x00-\x1f\x7f-\x9f<>()[\]",;:@\\]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;

export function isMailAddress(address: string): boolean {
  return ADDRESS.test(address);
}

/** `From: "Name" <a@b.example>`, folded. Throws on an address isMailAddress refuses (callers check first). */
export function mailboxHeader(name: string, mailbox: Mailbox): string {
  if (!isMailAddress(mailbox.email)) throw new Error(`not a mail address okr can write: ${JSON.stringify(mailbox.email)}`);
  const address = `<${mailbox.email}>`;
  const display = mailbox.name === null ? '' : oneLine(mailbox.name);
  return foldHeader(name, display === '' ? [address] : [...phraseTokens(display), address]);
}

/** An unstructured header (`Subject`): words as they are when plain ASCII, else encoded-words. */
export function textHeader(name: string, text: string): string {
  const clean = oneLine(text);
  const words = clean.split(' ').filter(Boolean);
  // A word longer than fits after the header's name on a line is encoded (and so split) too.
  const longest = FOLD_AT - name.length - 2;
  if (PRINTABLE_ASCII.test(clean) && !clean.includes('=?') && words.every((word) => word.length <= longest)) return foldHeader(name, words);
  return foldHeader(name, encodedWords(clean));
}

// atext of RFC 5322 3.2.3: what a display name may hold without quoting.
const ATOMS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?: [A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function phraseTokens(name: string): string[] {
  // `=?` could open an encoded-word a client decodes, in an atom or in quotes alike.
  if (name.includes('=?')) return encodedWords(name);
  if (ATOMS.test(name) && name.split(' ').every((word) => word.length <= FOLD_AT - 6)) return name.split(' ');
  // Measured as written (each quote and backslash gains a backslash): a token is never folded
  // inside, and it must fit after `From: ` (or any header name of up to eight letters).
  const quoted = `"${name.replace(/(["\\])/g, '\\$1')}"`;
  if (PRINTABLE_ASCII.test(name) && quoted.length <= FOLD_AT - 10) return [quoted];
  return encodedWords(name);
}

/**
 * RFC 2047 "B" encoded-words, each a whole number of characters (never half a code point).
 * Where a word must end, it ends after a space of the text when there is one: decoders must
 * join adjacent encoded-words with nothing between them (RFC 2047 6.2), but some still put
 * a space there in display names (CPython before gh-128110), and a break at a space then
 * costs them only a doubled space, not a split word.
 */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (Buffer.byteLength(chunk + char, 'utf8') > WORD_BYTES) {
      const space = chunk.lastIndexOf(' ');
      const cut = space > 0 ? space + 1 : chunk.length;
      words.push(encodedWord(chunk.slice(0, cut)));
      chunk = chunk.slice(cut);
    }
    chunk += char;
  }
  if (chunk !== '') words.push(encodedWord(chunk));
  return words;
}

function encodedWord(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

/** `Name: token token …`, folded before a token that would pass 78 characters. */
function foldHeader(name: string, tokens: readonly string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of tokens) {
    if (line.length + 1 + token.length > FOLD_AT && line.trim() !== `${name}:`) {
      lines.push(line);
      line = '';
    }
    line += ` ${token}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

/** One line, no control characters: nothing a header could be split or injected by. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}
