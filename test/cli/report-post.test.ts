// okr report --post NAME against a local HTTP server standing in for Slack, Teams or a JSON
// webhook: what arrives, escaped; a server that answers 500 or is not there (exit 2, no stack,
// the URL's secret path never printed); and no request at all without --post.

import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCheckinMessage } from '../../src/git/checkin-message.js';
import { hasStackTrace } from '../helpers/cli.js';
import { BOB, gitRepo } from '../helpers/git.js';
import { runOkr } from '../helpers/run-okr.js';
import { freePort, startServer, type LocalServer } from '../sources/local-server.js';

const CONFIG = `version: 1
organization: Test Co
cycles:
  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31, postBy: 2026-10-14, midpoint: 2026-11-15, retroBy: 2027-01-09 }
people:
  ann: { name: Ann Lee, email: ann@test.example }
  bob: { name: Bob Stone, email: bob@test.example }
notify:
  webhooks:
    leadership: { kind: slack, url: $SLACK_WEBHOOK_URL }
    teams-room: { kind: teams, url: "\${TEAMS_URL}" }
    dashboard: { kind: json, url: $DASHBOARD_URL }
`;

// As of 2026-11-20: company/O1/KR1 is off track, KR2 done and checked in, sales/O1/KR1 silent
// since October.
const unit = (kr2: number) => `cycle: 2026-Q4
unit: company
level: company
lead: ann
status: committed
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: "Customers @everyone <!channel> *now*", lead: ann, start: 0, target: 100, current: 5, confidence: 0.8 }
      - { id: KR2, title: Countries from 1 to 5, lead: ann, start: 1, target: 5, current: ${kr2}, confidence: 0.7 }
`;

const SALES = `cycle: 2026-Q4
unit: sales
level: team
parent: company
lead: bob
status: committed
objectives:
  - id: O1
    title: Sell more
    alignsTo: [company/O1]
    keyResults:
      - { id: KR1, title: Partners from 0 to 50, lead: bob, start: 0, target: 50, current: 20, confidence: 0.7 }
`;

function repository(): string {
  return gitRepo([
    { files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': unit(1), 'okrs/2026-Q4/sales.yaml': SALES }, message: 'Post Q4', date: '2026-10-02' },
    { files: { 'okrs/2026-Q4/company.yaml': unit(4) }, message: formatCheckinMessage([{ ref: 'company/O1/KR2', value: 4, previous: 1, date: '2026-11-18' }, { ref: 'company/O1/KR1', value: 5, date: '2026-11-18' }]), date: '2026-11-18', author: BOB },
  ]);
}

const SECRET_PATH = '/services/T0001/B0002/XXXXsecretXXXX';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A webhook that records what it is sent and answers `status` with `reply`. */
async function webhook(status = 200, reply = 'ok'): Promise<{ url: string; received: Received[]; server: LocalServer }> {
  const received: Received[] = [];
  const server = await startServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(reply);
    });
  });
  servers.push(server);
  return { url: `${server.url}${SECRET_PATH}`, received, server };
}

const report = (dir: string, args: string[], env: Record<string, string>) => runOkr(['report', '-C', dir, '--as-of', '2026-11-20', ...args], { env });

describe('okr report --post', () => {
  it('posts the summary to a Slack webhook, escaped, with the exact command per key result', async () => {
    const hook = await webhook();
    const dir = repository();
    const result = await report(dir, ['--post', 'leadership'], { SLACK_WEBHOOK_URL: hook.url });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('# '); // the markdown report, as without --post
    expect(hook.received).toHaveLength(1);
    const [request] = hook.received;
    expect(request).toMatchObject({ method: 'POST', url: SECRET_PATH });
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
    const message = JSON.parse(request.body) as { text: string; blocks: { text?: { text: string } }[] };
    const all = [message.text, ...message.blocks.map((b) => b.text?.text ?? '')].join('\n');
    expect(all).toContain('*Needs attention: 2 key results*');
    expect(all).toContain('`okr checkin company/O1/KR1 --value 5 --confidence 0.8`');
    expect(all).toContain('`okr checkin sales/O1/KR1 --value 20 --confidence 0.7`');
    expect(all).not.toContain('okr checkin company/O1/KR2');
    expect(all).not.toContain('@everyone');
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('*now*');
    expect(result.stderr).toContain(`okr: posted the summary to webhook 'leadership' (http://127.0.0.1:${hook.server.port}): 2 key results need attention`);
    expect(`${result.stdout}${result.stderr}`).not.toContain('XXXXsecretXXXX');
  });

  it('posts an Adaptive Card to a Teams webhook, and the summary to a JSON one, counts agreeing with their lists', async () => {
    const teams = await webhook(202, '');
    const json = await webhook();
    const dir = repository();
    expect((await report(dir, ['--post', 'teams-room'], { TEAMS_URL: teams.url })).code).toBe(0);
    const card = JSON.parse(teams.received[0].body);
    expect(card.attachments[0].content.type).toBe('AdaptiveCard');
    expect(JSON.stringify(card)).toContain('okr checkin company/O1/KR1 --value 5 --confidence 0.8');

    expect((await report(dir, ['--post', 'dashboard', '--format', 'json'], { DASHBOARD_URL: json.url })).code).toBe(0);
    const summary = JSON.parse(json.received[0].body);
    expect(summary).toMatchObject({ kind: 'okr-report-summary', organization: 'Test Co', asOf: '2026-11-20', keyResults: 3 });
    expect(Object.values(summary.byStatus as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(summary.keyResults);
    expect(summary.attention.map((a: { ref: string; reasons: string[] }) => [a.ref, a.reasons])).toEqual([
      ['company/O1/KR1', [expect.stringMatching(/^off track: /), 'confidence 0.8 while off track']],
      ['sales/O1/KR1', ['no check-in yet']],
    ]);
    // The report's own "Needs attention", row for row.
    const reportJson = JSON.parse((await report(dir, ['--format', 'json'], {})).stdout);
    expect(summary.attention.map((a: { ref: string }) => a.ref)).toEqual(reportJson.attention.keyResults.map((a: { ref: string }) => a.ref));
    expect(summary.attention[0].lead).toBe('Ann Lee');
  });

  it('stops with exit 2 when the webhook answers 500, saying so without the URL\'s secret', async () => {
    const hook = await webhook(500, `internal error at ${SECRET_PATH}`);
    const dir = repository();
    const result = await report(dir, ['--post', 'leadership'], { SLACK_WEBHOOK_URL: hook.url });
    expect(result.code).toBe(2);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(result.stderr).toContain(`okr: cannot post to webhook 'leadership' (http://127.0.0.1:${hook.server.port}): it answered 500 Internal Server Error: internal error at ***`);
    expect(result.stderr).not.toContain('XXXXsecretXXXX');
  });

  it('stops with exit 2 when nothing answers', async () => {
    const port = await freePort();
    const dir = repository();
    const result = await report(dir, ['--post', 'leadership'], { SLACK_WEBHOOK_URL: `http://127.0.0.1:${port}${SECRET_PATH}` });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`okr: cannot post to webhook 'leadership' (http://127.0.0.1:${port}): connection refused; nothing was posted`);
    expect(result.stderr).not.toContain('XXXXsecretXXXX');
  });

  it('refuses an unknown webhook or a URL missing from the environment before building the report (exit 2)', async () => {
    const dir = repository();
    const unknown = await report(dir, ['--post', 'leadershp'], {});
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("okr: --post leadershp: no such webhook in okr.config.yaml (did you mean 'leadership'?); webhooks: leadership, teams-room, dashboard");
    expect(unknown.stdout).toBe('');
    const missing = await report(dir, ['--post', 'leadership'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('okr: --post leadership: notify.webhooks.leadership.url in okr.config.yaml: the environment variable SLACK_WEBHOOK_URL is not set (or is empty)');
  });

  it('sends nothing without --post', async () => {
    const hook = await webhook();
    const dir = repository();
    expect((await report(dir, [], { SLACK_WEBHOOK_URL: hook.url })).code).toBe(0);
    expect((await report(dir, ['--format', 'json'], { SLACK_WEBHOOK_URL: hook.url })).code).toBe(0);
    expect(hook.server.requests).toHaveLength(0);
  });

  it('refuses a Slack webhook URL written in the config, as a config error', async () => {
    const dir = gitRepo([{
      files: { 'okr.config.yaml': CONFIG.replace('url: $SLACK_WEBHOOK_URL', `url: "https://hooks.slack.com${SECRET_PATH}"`), 'okrs/2026-Q4/company.yaml': unit(1) },
      message: 'Post Q4', date: '2026-10-02',
    }]);
    const result = await runOkr(['validate', '-C', dir]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/webhook 'leadership': a Slack webhook URL is the secret itself/i);
  });
});
