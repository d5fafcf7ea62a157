// A draft email as an RFC 5322 message (.eml), readable by any mail client or script:
// CRLF line ends, headers folded at 78 characters, non-ASCII text in headers as RFC 2047
// encoded-words, a UTF-8 text/plain body sent as 8bit or, when a line would pass the
// 998-octet limit, as quoted-printable. `X-Unsent: 1` makes clients (Outlook, Thunderbird,
// Apple Mail) open it as a draft to edit and send. Every header that carries text from the
// files is written by src/escape/mail-header.ts.

import { mailboxHeader, textHeader, type Mailbox } from '../escape/mail-header.js';

export type { Mailbox } from '../escape/mail-header.js';

export interface Draft {
  from: Mailbox;
  to: Mailbox;
  subject: string;
  /** YYYY-MM-DD: the message is dated at noon UTC that day, the same day in every zone from UTC-11 to UTC+11. */
  date: string;
  body: string;
  /** Extra headers, ASCII only. */
  headers?: [string, string][];
  /**
   * A message being sent rather than a draft: dated when it is sent, with its own Message-ID,
   * and without `X-Unsent` (which would make a client open the received mail as a draft).
   */
  sent?: { at: Date; messageId: string };
}

const CRLF = '\r\n';
/** RFC 5322 2.1.1: lines MUST stay within 998 octets. */
const MAX_LINE_OCTETS = 998;

export function formatEml(draft: Draft): string {
  const body = encodeBody(draft.body);
  const headers = [
    mailboxHeader('From', draft.from),
    mailboxHeader('To', draft.to),
    textHeader('Subject', draft.subject),
    `Date: ${draft.sent ? rfc5322DateTime(draft.sent.at) : rfc5322Date(draft.date)}`,
    ...(draft.sent ? [`Message-ID: <${draft.sent.messageId}>`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    `Content-Transfer-Encoding: ${body.encoding}`,
    ...(draft.sent ? [] : ['X-Unsent: 1']),
    ...(draft.headers ?? []).map(([name, value]) => textHeader(name, value)),
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

/** An instant as RFC 5322 writes it, in UTC: `Mon, 07 Dec 2026 17:54:10 +0000`. */
export function rfc5322DateTime(at: Date): string {
  const dd = String(at.getUTCDate()).padStart(2, '0');
  const time = at.toISOString().slice(11, 19);
  return `${DAYS[at.getUTCDay()]}, ${dd} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()} ${time} +0000`;
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
