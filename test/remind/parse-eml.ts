// Reads .eml files with Python's standard `email` package, an independent and strict
// implementation of RFC 5322, RFC 2047 and MIME: what a mail client or script would see.

import { execFileSync } from 'node:child_process';

export interface ParsedEml {
  from: { name: string; address: string };
  to: { name: string; address: string };
  subject: string;
  /** The Date header as an ISO timestamp. */
  date: string;
  contentType: string;
  charset: string;
  transferEncoding: string;
  unsent: string | null;
  marker: string | null;
  mimeVersion: string | null;
  /** Decoded, with LF line ends. */
  body: string;
  /** Every defect Python found in the message or a header; empty for a valid message. */
  defects: string[];
}

const SCRIPT = String.raw`
import email, email.policy, email.utils, json, sys
out = []
for path in sys.argv[1:]:
    raw = open(path, 'rb').read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    defects = [repr(d) for d in msg.defects]
    for name in ('From', 'To', 'Subject', 'Date'):
        defects += ['%s: %r' % (name, d) for d in msg[name].defects]
    # raise_on_defect makes any defect an exception: the strict reading must agree.
    email.message_from_bytes(raw, policy=email.policy.default.clone(raise_on_defect=True))
    mailbox = lambda h: {'name': h.addresses[0].display_name, 'address': h.addresses[0].addr_spec}
    out.append({
        'from': mailbox(msg['From']), 'to': mailbox(msg['To']), 'subject': str(msg['Subject']),
        'date': email.utils.parsedate_to_datetime(msg['Date']).isoformat(),
        'contentType': msg.get_content_type(), 'charset': msg.get_content_charset(),
        'transferEncoding': msg['Content-Transfer-Encoding'], 'unsent': msg['X-Unsent'],
        'marker': msg['X-Okr-Remind'], 'mimeVersion': msg['MIME-Version'],
        'body': msg.get_content().replace('\r\n', '\n'), 'defects': defects,
    })
print(json.dumps(out))
`;

export function parseEml(paths: string[]): ParsedEml[] {
  return JSON.parse(execFileSync('python3', ['-c', SCRIPT, ...paths], { encoding: 'utf8' })) as ParsedEml[];
}

/** The raw-byte rules Python is lenient about: CRLF everywhere, lines within 998 octets, headers within 78. */
export function rawProblems(bytes: Buffer): string[] {
  const problems: string[] = [];
  const text = bytes.toString('latin1');
  if (/(?<!\r)\n/.test(text)) problems.push('a line ends in a bare LF');
  if (/\r(?!\n)/.test(text)) problems.push('a bare CR');
  if (!text.endsWith('\r\n')) problems.push('no CRLF at the end');
  const lines = text.split('\r\n');
  const blank = lines.indexOf('');
  lines.forEach((line, index) => {
    if (line.length > 998) problems.push(`line ${index + 1} has ${line.length} octets`);
    if (index < blank && line.length > 78) problems.push(`header line ${index + 1} has ${line.length} characters`);
    if (index < blank && /[^\x20-\x7e]/.test(line)) problems.push(`header line ${index + 1} is not printable ASCII`);
  });
  return problems;
}
