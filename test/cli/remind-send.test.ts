// okr remind --send against a real SMTP server on 127.0.0.1: the mails that arrive, read back
// by Python's `email` package; the login; a server that refuses one recipient (some sent, the
// rest named); a server that is down or refuses the login (exit 2, nothing sent); secrets never
// printed; and nothing at all sent without --send.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCheckinMessage } from '../../src/git/checkin-message.js';
import { hasStackTrace, tempRepo } from '../helpers/cli.js';
import { BOB, gitRepo } from '../helpers/git.js';
import { runOkr } from '../helpers/run-okr.js';
import { closedPort, startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../helpers/smtp-server.js';
import { parseEml, rawProblems } from '../remind/parse-eml.js';

const PASSWORD = 'pw-s3cret-42';
const LOGIN = { username: 'okr-bot', password: PASSWORD };
const ENV = { SMTP_USER: LOGIN.username, SMTP_PASSWORD: PASSWORD };

const config = (smtp: string) => `version: 1
organization: Test Co
cycles:
  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31, postBy: 2026-10-14, midpoint: 2026-11-15, retroBy: 2027-01-09 }
people:
  ann: { name: Ann Lee, email: ann@test.example }
  bob: { name: Bob Stone, email: bob@test.example }
  zoe: { name: Zoë Ünal, email: zoe@test.example }
  erin: { name: Erin Walsh, email: erin@test.example }
  nomail: { name: Nomi Mail }
roles: { coordinator: erin }
${smtp}`;

const smtpAt = (port: number, extra = '') => `notify:
  smtp: { host: 127.0.0.1, port: ${port}, user: $SMTP_USER, password: $SMTP_PASSWORD, from: "OKR program <okr@test.example>"${extra} }
`;

// Every lead has a stale key result as of 2026-11-30 (last check-in 2026-11-02).
const COMPANY = `cycle: 2026-Q4
unit: company
level: company
lead: erin
status: committed
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: 40, confidence: 0.6 }
      - { id: KR2, title: "Partners @everyone from 0 to 50", lead: bob, start: 0, target: 50, current: 20, confidence: 0.7 }
      - { id: KR3, title: Countries from 1 to 5, lead: zoe, start: 1, target: 5, current: 2 }
      - { id: KR4, title: Demos from 0 to 40, lead: nomail, start: 0, target: 40, current: 10 }
`;

function repository(smtp: string): string {
  return gitRepo([
    { files: { 'okr.config.yaml': config(smtp), 'okrs/2026-Q4/company.yaml': COMPANY }, message: 'Post Q4', date: '2026-10-02' },
    { files: { 'okr.config.yaml': config(smtp) }, message: formatCheckinMessage([{ ref: 'company/O1/KR1', value: 40, previous: 30, confidence: 0.6, date: '2026-11-02' }]), date: '2026-11-02', author: BOB },
  ]);
}

const servers: TestSmtpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(options: Parameters<typeof startSmtpServer>[0]): Promise<TestSmtpServer> {
  const started = await startSmtpServer(options);
  servers.push(started);
  return started;
}

const remind = (dir: string, args: string[], env: Record<string, string | undefined> = ENV) => runOkr(['remind', '-C', dir, '--as-of', '2026-11-30', ...args], { env });

/** The received messages as a mail client reads them. */
function parsed(received: ReceivedMail[]) {
  const dir = mkdtempSync(join(tmpdir(), 'okr-received-'));
  const paths = received.map((mail, index) => {
    const path = join(dir, `${index}.eml`);
    writeFileSync(path, mail.raw);
    return path;
  });
  return parseEml(paths);
}

describe('okr remind --send', () => {
  it('mails each person their reminders through the server, with the exact command per key result', async () => {
    const smtp = await server({ login: LOGIN });
    const dir = repository(smtpAt(smtp.port));
    const result = await remind(dir, ['--send']);
    expect(result.code, result.stderr).toBe(0);
    expect(smtp.logins).toEqual([LOGIN]);
    expect(smtp.received.map((m) => m.to)).toEqual([['ann@test.example'], ['bob@test.example'], ['zoe@test.example']]);
    expect(new Set(smtp.received.map((m) => m.from))).toEqual(new Set(['okr@test.example']));
    expect(result.stderr).toContain(`okr: sent 3 reminders through 127.0.0.1:${smtp.port}:\n  sent      Ann Lee <ann@test.example>\n  sent      Bob Stone <bob@test.example>\n  sent      Zoë Ünal <zoe@test.example>\n`);
    expect(result.stderr).toContain('okr: warning: no email on file for nomail: no reminder sent to them');
    // The listing is still the data on stdout.
    expect(result.stdout).toContain('# OKR reminders: Test Co, 2026-Q4, as of 2026-11-30');

    const [ann, bob, zoe] = parsed(smtp.received);
    for (const mail of [ann, bob, zoe]) {
      expect(mail.defects).toEqual([]);
      expect(mail.from).toEqual({ name: 'OKR program', address: 'okr@test.example' });
      expect(mail.unsent).toBeNull();
      expect(mail.marker).toBe('2026-Q4 as of 2026-11-30');
    }
    for (const raw of smtp.received.map((m) => m.raw)) {
      expect(rawProblems(raw)).toEqual([]);
      expect(raw.toString('latin1')).toMatch(/^Message-ID: <[0-9a-f-]+@test\.example>\r$/m);
    }
    expect(zoe.to).toEqual({ name: 'Zoë Ünal', address: 'zoe@test.example' });
    expect(ann.subject).toBe('Test Co OKRs 2026-Q4: 1 reminder (as of 2026-11-30)');
    expect(ann.body).toContain('    okr checkin company/O1/KR1 --value 40 --confidence 0.6\n');
    expect(zoe.body).toContain('    okr checkin company/O1/KR3 --value 2 --confidence C\n');
    expect(bob.body).toContain('company/O1/KR2: Partners @everyone from 0 to 50');
    expect(`${result.stdout}${result.stderr}`).not.toContain(PASSWORD);
  });

  it('sends to the others when the server refuses one recipient, and says who got mail and who did not (exit 1)', async () => {
    const smtp = await server({ login: LOGIN, refuse: ['bob@test.example'] });
    const dir = repository(smtpAt(smtp.port));
    const result = await remind(dir, ['--send']);
    expect(result.code).toBe(1);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(result.stderr).toContain(`okr: sent 2 of 3 reminders through 127.0.0.1:${smtp.port}; 1 did not go:\n`);
    expect(result.stderr).toContain('  sent      Ann Lee <ann@test.example>\n');
    expect(result.stderr).toMatch(/ {2}not sent {2}Bob Stone <bob@test\.example>: refused by the server: 550 .*mailbox unavailable\n/);
    expect(result.stderr).toContain('  sent      Zoë Ünal <zoe@test.example>\n');
    expect(smtp.received.map((m) => m.to)).toEqual([['ann@test.example'], ['zoe@test.example']]);
  });

  it('says -q only who did not get mail', async () => {
    const smtp = await server({ login: LOGIN, refuse: ['ann@test.example'] });
    const dir = repository(smtpAt(smtp.port));
    const result = await remind(dir, ['--send', '-q']);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('  sent ');
    expect(result.stderr).toContain('not sent  Ann Lee <ann@test.example>');
  });

  it('stops with exit 2 when the server is down, sending nothing', async () => {
    const port = await closedPort();
    const dir = repository(smtpAt(port));
    const result = await remind(dir, ['--send']);
    expect(result.code).toBe(2);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(result.stderr).toContain(`okr: cannot send mail through 127.0.0.1:${port}: connection refused; nothing was sent\n`);
  });

  it('stops with exit 2 when the server refuses the login, and never prints the password (even when the server echoes it)', async () => {
    const smtp = await server({ login: { username: 'okr-bot', password: 'another' } });
    const dir = repository(smtpAt(smtp.port));
    const result = await remind(dir, ['--send']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`okr: cannot send mail through 127\\.0\\.0\\.1:${smtp.port}: the server refused the login: 535 .*; nothing was sent`));
    expect(result.stderr).toContain('***');
    expect(`${result.stdout}${result.stderr}`).not.toContain(PASSWORD);
    expect(smtp.received).toEqual([]);
  });

  it('sends without a login to a server that takes mail without one', async () => {
    const smtp = await server({});
    const dir = repository(`notify:\n  smtp: { host: 127.0.0.1, port: ${smtp.port} }\n`);
    const result = await remind(dir, ['--send'], {});
    expect(result.code, result.stderr).toBe(0);
    expect(smtp.logins).toEqual([]);
    // No notify.smtp.from: the coordinator sends.
    expect(parsed(smtp.received)[0].from).toEqual({ name: 'Erin Walsh', address: 'erin@test.example' });
  });

  it('refuses --send without notify.smtp, or with a secret missing from the environment (exit 2)', async () => {
    const bare = repository('');
    const none = await remind(bare, ['--send']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('okr: --send needs a mail server: notify.smtp in okr.config.yaml');
    const smtp = await server({ login: LOGIN });
    const dir = repository(smtpAt(smtp.port));
    const missing = await remind(dir, ['--send'], { SMTP_USER: 'okr-bot' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('okr: cannot send mail: notify.smtp.password in okr.config.yaml: the environment variable SMTP_PASSWORD is not set (or is empty)');
    expect(smtp.connections).toBe(0);
  });

  it('sends nothing without --send: the listing and drafts stay on the machine', async () => {
    const smtp = await server({ login: LOGIN });
    const dir = repository(smtpAt(smtp.port));
    expect((await remind(dir, [])).code).toBe(0);
    expect((await remind(dir, ['--emails', join(tempRepo(), 'drafts')])).code).toBe(0);
    expect((await remind(dir, ['--format', 'json'])).code).toBe(0);
    expect(smtp.connections).toBe(0);
  });

  it('refuses a password written in the config, and a sender it cannot write, as config errors', async () => {
    const dir = repository('notify:\n  smtp: { host: smtp.test.example, user: bot, password: hunter2, from: "not an address" }\n');
    const result = await runOkr(['validate', '-C', dir]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/the password is written in the config/i);
    expect(result.stdout).toMatch(/'not an address' is not a sender okr can write/i);
    expect(result.stdout).not.toContain('hunter2');
    // Every other command stops on it too, before sending anything.
    const send = await remind(dir, ['--send']);
    expect(send.code).toBe(2);
    expect(send.stderr).toMatch(/the password is written in the config/i);
  });
});
