// A real SMTP server on 127.0.0.1 (the `smtp-server` package, nodemailer's sibling) for the
// tests of `okr remind --send`: it takes logins, refuses the recipients it is told to, keeps
// every message it accepts as raw bytes, and counts connections, so that a test can also see
// that nothing was sent at all.

import { createServer } from 'node:net';
import { SMTPServer, type SMTPServerAuthentication } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface TestSmtpServer {
  port: number;
  received: ReceivedMail[];
  logins: { username: string; password: string }[];
  connections: number;
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** The one login taken; none: mail is taken without one. */
  login?: { username: string; password: string };
  /** Recipients refused at RCPT TO with 550. */
  refuse?: string[];
}

export async function startSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const state: Omit<TestSmtpServer, 'port' | 'close'> = { received: [], logins: [], connections: 0 };
  const server = new SMTPServer({
    logger: false,
    // Plain SMTP on the loopback interface: no certificate to make, and okr allows a password there.
    disabledCommands: options.login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !options.login,
    onConnect(_session, callback) {
      state.connections++;
      callback();
    },
    onAuth(auth: SMTPServerAuthentication, _session, callback) {
      state.logins.push({ username: auth.username ?? '', password: auth.password ?? '' });
      if (auth.username === options.login?.username && auth.password === options.login?.password) return callback(null, { user: auth.username });
      // Echo what was given, as careless servers do: okr must redact it.
      return callback(Object.assign(new Error(`Invalid login for ${auth.username} with ${auth.password}`), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (options.refuse?.includes(address.address)) return callback(Object.assign(new Error(`<${address.address}>: mailbox unavailable`), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        state.received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as { port: number }).port;
  return Object.assign(state, { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}

/** A port on 127.0.0.1 where nothing listens (it did a moment ago). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
