// A week of the ritual in the demo repository (okr init --example), the parts that leave the
// machine: the coordinator's reminders sent to a local SMTP server, the report's summary posted
// to a local webhook, and a pull request's comment created, then updated. Every count said
// matches what was sent, and every key result sent about carries its exact command.

import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/cli.js';
import { closeFakeGitHubs, fakeGitHub, MARKER, TOKEN } from '../helpers/fake-github.js';
import { ALICE, isolatedGitEnv, runGit } from '../helpers/git.js';
import { runOkr } from '../helpers/run-okr.js';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.js';
import { parseEml } from '../remind/parse-eml.js';
import { startServer, type LocalServer } from '../sources/local-server.js';

const AS_OF = '2026-11-23';
const smtpServers: TestSmtpServer[] = [];
const webServers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all([...smtpServers.splice(0).map((s) => s.close()), ...webServers.splice(0).map((s) => s.close()), closeFakeGitHubs()]);
});

describe('a week in the demo repository, as far as it leaves the machine', () => {
  it('sends the reminders, posts the summary, and keeps one pull request comment', async () => {
    const cwd = tempRepo();
    const env = isolatedGitEnv(join(cwd, '.home'), ALICE);
    const dir = join(cwd, 'demo');
    expect((await runOkr(['init', dir, '--example', '--as-of', AS_OF], { cwd, env })).code).toBe(0);

    const smtp = await startSmtpServer({ login: { username: 'erin', password: 'pw-42' } });
    smtpServers.push(smtp);
    const posts: string[] = [];
    const hook = await startServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        posts.push(Buffer.concat(chunks).toString('utf8'));
        response.end('ok');
      });
    });
    webServers.push(hook);
    appendFileSync(join(dir, 'okr.config.yaml'), `\nnotify:\n  smtp: { host: 127.0.0.1, port: ${smtp.port}, user: $SMTP_USER, password: $SMTP_PASSWORD }\n  webhooks:\n    dashboard: { kind: json, url: $DASHBOARD_URL }\n`);
    const run = (args: string[], extra: Record<string, string> = {}) => runOkr(['-C', dir, ...args], { env: { ...env, ...extra } });

    // Monday: the coordinator's reminders, mailed.
    const listed = JSON.parse((await run(['remind', '--as-of', AS_OF, '--format', 'json'])).stdout) as { people: { email: string | null; items: { kind: string; command?: string[] }[] }[] };
    const withMail = listed.people.filter((p) => p.email !== null && p.items.length > 0);
    const sent = await run(['remind', '--as-of', AS_OF, '--send'], { SMTP_USER: 'erin', SMTP_PASSWORD: 'pw-42' });
    expect(sent.code, sent.stderr).toBe(0);
    expect(smtp.received).toHaveLength(withMail.length);
    expect(sent.stderr).toContain(`okr: sent ${withMail.length} reminders through 127.0.0.1:${smtp.port}:`);
    expect(sent.stderr.match(/^ {2}sent {6}/gm)).toHaveLength(withMail.length);
    const folder = mkdtempSync(join(tmpdir(), 'okr-week-'));
    const mails = parseEml(smtp.received.map((mail, i) => {
      const path = join(folder, `${i}.eml`);
      writeFileSync(path, mail.raw);
      return path;
    }));
    // Every check-in the mails ask for comes with its command, as the listing has it.
    const commands = withMail.flatMap((p) => p.items.flatMap((item) => (item.command ? [item.command.join(' ')] : [])));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(mails.some((mail) => mail.body.includes(command)), command).toBe(true);
    expect(mails.every((mail) => mail.defects.length === 0)).toBe(true);

    // The status report's summary, posted.
    const posted = await run(['report', '--as-of', AS_OF, '--post', 'dashboard', '--format', 'json'], { DASHBOARD_URL: `${hook.url}/okr` });
    expect(posted.code, posted.stderr).toBe(0);
    const summary = JSON.parse(posts[0]) as { keyResults: number; byStatus: Record<string, number>; attention: { ref: string; command: string[] | null; commandLine: string | null }[] };
    expect(Object.values(summary.byStatus).reduce((a, b) => a + b, 0)).toBe(summary.keyResults);
    expect(posted.stderr).toContain(`${summary.attention.length} key results need attention`);
    for (const item of summary.attention.filter((a) => a.command)) expect(item.commandLine).toBe(item.command!.join(' '));

    // A pull request: a check-in by hand on a branch, the comment made; another, the comment edited.
    const github = await fakeGitHub();
    const event = join(tempRepo(), 'event.json');
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, user: { login: 'alice-ng' } } }));
    const actions = { GITHUB_API_URL: github.server.url, GITHUB_REPOSITORY: 'acme/okrs', GITHUB_EVENT_PATH: event, GITHUB_TOKEN: TOKEN };
    runGit(dir, ['checkout', '-q', '-b', 'pr']);
    const platform = join(dir, 'okrs/2026-Q4/platform.yaml');
    const before = readFileSync(platform, 'utf8');
    writeFileSync(platform, before.replace(/current: 22\b/, 'current: 20'));
    const first = await run(['pr-comment', '--base', 'main', '--as-of', AS_OF, '--post'], actions);
    expect(first.code, first.stderr).toBe(0);
    writeFileSync(platform, before.replace(/current: 22\b/, 'current: 18'));
    const second = await run(['pr-comment', '--base', 'main', '--as-of', AS_OF, '--post'], actions);
    expect(second.stderr).toContain('was updated');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].body.startsWith(MARKER)).toBe(true);
    expect(github.comments[0].body).toContain('22 → 18');
    // alice leads platform, and opened the pull request: not asked to review it.
    expect(github.comments[0].body).toContain("is the pull request's author, so not asked to review their own change");
    expect(github.comments[0].body).not.toContain('| @alice-ng |');
  });
});
