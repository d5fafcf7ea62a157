// The schema's part of notify: the shapes of SPEC 9, and what it refuses before any check.

import { beforeAll, describe, expect, it } from 'vitest';
import { prepareValidator, validateSchema } from '../../src/schema/validate.js';

const config = (notify: unknown) => ({ version: 1, organization: 'Acme', cycles: [{ id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' }], notify });
const messages = (notify: unknown) => validateSchema('config', config(notify), 'okr.config.yaml').map((f) => f.message);

beforeAll(async () => {
  await prepareValidator('config');
});

describe('notify in the config schema', () => {
  it('accepts the shapes of SPEC 9', () => {
    expect(messages({
      smtp: { host: 'smtp.acme.example', port: 587, secure: false, user: '$SMTP_USER', password: '$SMTP_PASSWORD', from: 'okr@acme.example' },
      webhooks: { leadership: { kind: 'slack', url: '$URL' }, room: { kind: 'teams', url: '$TEAMS' }, dash: { kind: 'json', url: '$DASH' } },
    })).toEqual([]);
  });

  it('refuses an unknown kind, a port out of range, a missing host or url, an unknown key', () => {
    expect(messages({ webhooks: { a: { kind: 'discord', url: '$U' } } })).toEqual([expect.stringContaining('must be one of slack, teams, json')]);
    expect(messages({ smtp: { host: 'h', port: 70000 } })).toHaveLength(1);
    expect(messages({ smtp: { port: 25 } })).toHaveLength(1);
    expect(messages({ webhooks: { a: { kind: 'json' } } })).toHaveLength(1);
    expect(messages({ smtp: { host: 'h', pasword: '$P' } })).toEqual(["unknown key 'pasword' (did you mean 'password'?)"]);
    expect(messages({ webhooks: { Leadership: { kind: 'slack', url: '$U' } } })).toHaveLength(1);
  });
});
