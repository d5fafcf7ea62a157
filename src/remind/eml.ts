// A draft email as an RFC 5322 message (.eml), readable by any mail client or script:
// CRLF line ends, headers folded at 78 characters, non-ASCII text in headers as RFC 2047
// encoded-words, a UTF-8 text/plain body sent as 8bit or, when a line would pass the
// 998-octet limit, as quoted-printable. `X-Unsent: 1` makes clients (Outlook, Thunderbird,
// Apple Mail) open it as a draft to edit and send.

export interface Mailbox {
  name: string | null;
  email: string;
}

export interface Draft {
  from: Mailbox;
  to: Mailbox;
  subject: string;
  /** YYYY-MM-DD: the message is dated at noon UTC that day, the same day in every zone from UTC-11 to UTC+11. */
  date: string;
  body: string;
  /** Extra headers, ASCII only. */
  headers?: [string, string][];
}

const CRLF = '\r\n';
/** RFC 5322 2.1.1: lines SHOULD stay within 78 characters and MUST within 998 octets. */
const FOLD_AT = 78;
const MAX_LINE_OCTETS = 998;
/** UTF-8 bytes per encoded-word: base64 of 45 bytes is 60 characters, 72 with `=?UTF-8?B?` and `?=` (limit 75). */
const WORD_BYTES = 45;

export function formatEml(draft: Draft): string {
  const body = encodeBody(draft.body);
  const headers = [
    foldHeader('From', mailboxTokens(draft.from)),
    foldHeader('To', mailboxTokens(draft.to)),
    foldHeader('Subject', textTokens(draft.subject)),
    `Date: ${rfc5322Date(draft.date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    `Content-Transfer-Encoding: ${body.encoding}`,
    'X-Unsent: 1',
    ...(draft.headers ?? []).map(([name, value]) => foldHeader(name, textTokens(value))),
  ];
  return `${headers.join(CRLF)}${CRLF}${CRLF}${body.text}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-23` → `Mon, 23 Nov 2026 12:00:00 +0000` (RFC 5322 3.3). */
export function rfc5322Date(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T12:00:00Z`);
  const dd = String(day.getUTCDate()).padStart(2, '0');
  return `${DAYS[day.getUTCDay()]}, ${dd} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()} 12:00:00 +0000`;
}

/** The display name as atoms, a quoted-string or encoded-words, then the address. */
function mailboxTokens(mailbox: Mailbox): string[] {
  const address = `<${mailbox.email}>`;
  const name = mailbox.name === null ? '' : cleanText(mailbox.name);
  if (name === '') return [address];
  return [...phraseTokens(name), address];
}

// atext of RFC 5322 3.2.3: what a display name may hold without quoting.
const ATOMS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?: [A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function phraseTokens(name: string): string[] {
  if (ATOMS.test(name) && name.split(' ').every((word) => word.length <= FOLD_AT - 6)) return name.split(' ');
  if (PRINTABLE_ASCII.test(name) && name.length <= FOLD_AT - 12) return [`"${name.replace(/(["\\])/g, '\\$1')}"`];
  return encodedWords(name);
}

/** Unstructured text (a subject): words as they are when ASCII, else encoded-words. */
function textTokens(text: string): string[] {
  const clean = cleanText(text);
  const words = clean.split(' ').filter(Boolean);
  // A word that looks like an encoded-word must not be read as one: encode it too.
  if (PRINTABLE_ASCII.test(clean) && words.every((word) => word.length <= FOLD_AT - 12 && !word.startsWith('=?'))) return words;
  return encodedWords(clean);
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
  return lines.join(CRLF);
}

/** One line, no control characters: nothing a header could be split or injected by. */
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The body with CRLF line ends, as 8bit when every line fits, else as quoted-printable. */
export function encodeBody(text: string): { encoding: '8bit' | 'quoted-printable'; text: string } {
  // eslint-disable-next-line no-control-regex
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((line) => line.replace(/[\x00\r]/g, ''));
  if (lines.every((line) => Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS)) {
    return { encoding: '8bit', text: `${lines.join(CRLF)}${CRLF}` };
  }
  return { encoding: 'quoted-printable', text: `${lines.map(quotedPrintableLine).join(CRLF)}${CRLF}` };
}

/** RFC 2045 6.7: one line of text as quoted-printable, soft-broken within 76 characters. */
export function quotedPrintableLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  const out: string[] = [];
  let current = '';
  bytes.forEach((byte, index) => {
    const last = index === bytes.length - 1;
    const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
    const token = literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    // 75 leaves room for the `=` of a soft line break.
    if (current.length + token.length > 75) {
      out.push(`${current}=`);
      current = '';
    }
    current += token;
  });
  out.push(current);
  return out.join(CRLF);
}
