// notify: in okr.config.yaml, what its checks catch and what they let through.

import { describe, expect, it } from 'vitest';
import type { NotifyDoc } from '../../src/model.js';
import { checkNotifyConfig } from '../../src/notify/check-config.js';
import { parseMailbox } from '../../src/notify/mailbox.js';

const problems = (notify: NotifyDoc) => checkNotifyConfig(notify).map((p) => `${p.path.join('.')}: ${p.message}`);

describe('notify config checks', () => {
  it('lets through what SPEC 9 writes', () => {
    expect(problems({
      smtp: { host: 'smtp.acme.example', port: 587, secure: false, user: '$SMTP_USER', password: '$SMTP_PASSWORD', from: 'OKR program <okr@acme.example>' },
      webhooks: { leadership: { kind: 'slack', url: '$SLACK_URL' }, room: { kind: 'teams', url: '${TEAMS_URL}' }, dash: { kind: 'json', url: 'https://dash.acme.example/okr' } },
    })).toEqual([]);
    expect(problems({ smtp: { host: '127.0.0.1' } })).toEqual([]);
    expect(problems({ smtp: { host: '$SMTP_HOST', user: 'okr', password: '${SMTP_PASSWORD}' } })).toEqual([]);
  });

  it.each<[string, NotifyDoc, string]>([
    ['a password written in the file', { smtp: { host: 'h', user: 'u', password: 'hunter2' } }, 'notify.smtp.password: the password is written in the config'],
    ['a login without its password', { smtp: { host: 'h', user: '$U' } }, 'notify.smtp.user: give `user` and `password` together'],
    ['a password without a login', { smtp: { host: 'h', password: '$P' } }, 'notify.smtp.password: give `user` and `password` together'],
    ['a URL as host', { smtp: { host: 'smtp://mail.example:25' } }, "notify.smtp.host: 'smtp://mail.example:25' is not a host name"],
    ['a sender okr cannot write', { smtp: { host: 'h', from: 'OKR <not an address>' } }, "notify.smtp.from: 'OKR <not an address>' is not a sender"],
    ['a bad $ reference', { smtp: { host: 'h', user: 'x$USER', password: '$P' } }, "notify.smtp.user: write '${USER}' to read USER inside a string"],
    ['a Slack URL written in the file', { webhooks: { a: { kind: 'slack', url: 'https://hooks.slack.com/services/T/B/X' } } }, "notify.webhooks.a.url: webhook 'a': a Slack webhook URL is the secret itself"],
    ['a Teams URL written in the file', { webhooks: { a: { kind: 'teams', url: 'https://x.webhook.office.com/a' } } }, "notify.webhooks.a.url: webhook 'a': a Teams webhook URL is the secret itself"],
    ['a JSON URL that is not one', { webhooks: { a: { kind: 'json', url: 'dash' } } }, "notify.webhooks.a.url: webhook 'a': this is not a URL"],
    ['a JSON URL with a password', { webhooks: { a: { kind: 'json', url: 'https://u:pw@dash.example' } } }, "notify.webhooks.a.url: webhook 'a': the URL holds a password"],
    ['a JSON URL of another scheme', { webhooks: { a: { kind: 'json', url: 'ftp://dash.example' } } }, "notify.webhooks.a.url: webhook 'a': 'ftp:' URLs cannot be posted to"],
  ])('catches %s', (_, notify, message) => {
    expect(problems(notify).join('\n')).toContain(message);
  });
});

describe('a sender as the config writes it', () => {
  it.each([
    ['okr@acme.example', { name: null, email: 'okr@acme.example' }],
    ['OKR program <okr@acme.example>', { name: 'OKR program', email: 'okr@acme.example' }],
    ['"Program, OKR" <okr@acme.example>', { name: 'Program, OKR', email: 'okr@acme.example' }],
    ['<okr@acme.example>', { name: null, email: 'okr@acme.example' }],
    ['okr', null],
    ['OKR <a b@c.example>', null],
  ])('%s', (text, mailbox) => {
    expect(parseMailbox(text)).toEqual(mailbox);
  });
});
