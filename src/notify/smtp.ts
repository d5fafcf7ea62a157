// Mail that leaves the machine: `notify.smtp` resolved from the environment, and messages handed
// to the server one recipient at a time over one connection, through nodemailer (STARTTLS,
// authentication and the protocol's corners done right). The messages are written by okr
// (src/remind/eml.ts, headers through src/escape/mail-header.ts) and sent as they are: nodemailer
// carries them, it does not compose them. A server that cannot be reached or refuses the login
// stops everything before the first mail (a usage error, exit 2); a mail the server refuses is
// that mail's failure, and the others still go. No secret reaches a message.

import type { Transporter } from 'nodemailer';
import { UsageError } from '../errors.js';
import type { Mailbox } from '../escape/mail-header.js';
import type { SmtpDoc } from '../model.js';
import { resolveEnvRefs, type Env } from '../sources/env-refs.js';
import { redactor, type Redact } from '../sources/redact.js';
import { parseMailbox } from './mailbox.js';
import { NETWORK_ERRORS, serverReply } from '../text/network-errors.js';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
  /** STARTTLS is required before a password crosses a network (not to this machine itself). */
  requireTLS: boolean;
  from: Mailbox;
  /** Every resolved secret, for redacting what the server or the network says. */
  redact: Redact;
}

/** `host:port`, as messages name the server. */
export function serverName(settings: Pick<SmtpSettings, 'host' | 'port'>): string {
  return `${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${settings.port}`;
}

/** notify.smtp with its `$NAME`s read; `fallbackFrom` (the coordinator) when it names no sender. */
export function resolveSmtp(doc: SmtpDoc, env: Env, fallbackFrom: Mailbox | null, configFile: string): SmtpSettings {
  const read = (key: 'host' | 'user' | 'password' | 'from'): string | undefined => {
    const value = doc[key];
    if (value === undefined) return undefined;
    const resolved = resolveEnvRefs(value, env);
    if (!resolved.ok) throw new UsageError(`cannot send mail: notify.smtp.${key} in ${configFile}: ${resolved.reason}`);
    return resolved.value;
  };
  const host = read('host')!;
  const user = read('user');
  const pass = read('password');
  const fromText = read('from');
  let from = fallbackFrom;
  if (fromText !== undefined) {
    from = parseMailbox(fromText);
    if (!from) throw new UsageError(`cannot send mail: notify.smtp.from in ${configFile} is not an address okr can write`);
  }
  if (!from) throw new UsageError(`cannot send mail: no sender; set notify.smtp.from in ${configFile}, or name a coordinator (roles.coordinator) with an email in people`);
  const secure = doc.secure === true;
  const auth = user !== undefined && pass !== undefined ? { user, pass } : undefined;
  return {
    host, port: doc.port ?? (secure ? 465 : 587), secure, auth, from,
    requireTLS: !secure && auth !== undefined && !isLoopback(host),
    redact: redactor([user, pass].filter((s): s is string => s !== undefined)),
  };
}

export interface OutgoingMail {
  to: Mailbox;
  /** The whole message, CRLF line ends, as it is to arrive. */
  raw: string;
}

export type Delivery = { to: Mailbox; ok: true } | { to: Mailbox; ok: false; reason: string };

/**
 * Sends each mail over one connection (one login); throws a UsageError when the server cannot
 * be reached or refuses the login before any mail went.
 */
export async function deliver(settings: SmtpSettings, mails: readonly OutgoingMail[]): Promise<Delivery[]> {
  const { createTransport } = await import('nodemailer');
  const transporter: Transporter = createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: settings.requireTLS,
    ...(settings.auth ? { auth: settings.auth } : {}),
    pool: true,
    maxConnections: 1,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    logger: false,
  });
  try {
    const deliveries: Delivery[] = [];
    for (const mail of mails) {
      try {
        const info = await transporter.sendMail({ envelope: { from: settings.from.email, to: [mail.to.email] }, raw: mail.raw }) as { accepted?: unknown[]; response?: string };
        const accepted = (info.accepted ?? []).map(String).includes(mail.to.email);
        deliveries.push(accepted ? { to: mail.to, ok: true } : { to: mail.to, ok: false, reason: settings.redact(`refused by the server${info.response ? `: ${serverReply(info.response)}` : ''}`) });
      } catch (error) {
        // The server itself failed (unreachable, login refused) before any mail went: a usage error.
        if (!deliveries.some((d) => d.ok) && SERVER_FAILURES.has((error as { code?: string }).code ?? '')) {
          throw new UsageError(`cannot send mail through ${serverName(settings)}: ${reasonOf(error, settings)}; nothing was sent`);
        }
        deliveries.push({ to: mail.to, ok: false, reason: reasonOf(error, settings) });
      }
    }
    return deliveries;
  } finally {
    transporter.close();
  }
}

/** nodemailer's codes for a server that cannot take any mail, rather than one that refuses a recipient. */
const SERVER_FAILURES = new Set(['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'EAUTH', 'ENOAUTH', 'ETLS', 'EPROTOCOL', 'EGREETING']);

/** What went wrong, in words, redacted: nodemailer's error codes, and the server's own reply. */
function reasonOf(error: unknown, settings: SmtpSettings): string {
  const err = error as { code?: string; response?: string; responseCode?: number; message?: string; rejectedErrors?: { response?: string }[] };
  const reply = err.rejectedErrors?.[0]?.response ?? err.response;
  const said = reply ? `: ${serverReply(reply)}` : '';
  const networkCode = /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)\b/.exec(err.message ?? '')?.[1];
  let reason: string;
  switch (err.code) {
    case 'EAUTH': reason = `the server refused the login${said}`; break;
    case 'ENOAUTH': reason = 'the server asks for a login: set notify.smtp.user and notify.smtp.password'; break;
    case 'EENVELOPE': reason = `refused by the server${said}`; break;
    case 'ETLS': reason = `TLS failed${said || `: ${serverReply(err.message ?? '')}`}`; break;
    case 'EDNS': reason = 'host not found'; break;
    case 'ETIMEDOUT': reason = 'no answer in time'; break;
    case 'ECONNECTION':
    case 'ESOCKET':
      reason = networkCode ? NETWORK_ERRORS[networkCode] : `the connection failed (${serverReply(err.message ?? 'unknown error')})`;
      if (settings.requireTLS && /STARTTLS/i.test(err.message ?? '')) reason = 'the server does not offer STARTTLS, and okr sends no password over a network unencrypted (secure: true, or a server that offers STARTTLS)';
      break;
    default:
      reason = reply ? `the server said${said}` : serverReply(err.message ?? String(error));
  }
  return settings.redact(reason);
}


/** This machine: a password sent there does not cross a network. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
