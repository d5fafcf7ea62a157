// notify.smtp as okr resolves it before sending: defaults, the sender, and TLS required before a
// password crosses a network (not to this machine).

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { resolveSmtp, serverName } from '../../src/notify/smtp.js';

const COORDINATOR = { name: 'Erin Walsh', email: 'erin@acme.example' };
const env = { SMTP_USER: 'bot', SMTP_PASSWORD: 'pw' };

describe('resolveSmtp', () => {
  it('takes the port from secure, the sender from the coordinator, the login from the environment', () => {
    const settings = resolveSmtp({ host: 'smtp.acme.example', user: '$SMTP_USER', password: '$SMTP_PASSWORD' }, env, COORDINATOR, 'okr.config.yaml');
    expect(settings).toMatchObject({ host: 'smtp.acme.example', port: 587, secure: false, auth: { user: 'bot', pass: 'pw' }, from: COORDINATOR, requireTLS: true });
    expect(settings.redact('user bot, password pw')).toBe('user ***, password ***');
    expect(resolveSmtp({ host: 'smtp.acme.example', secure: true }, {}, COORDINATOR, 'c').port).toBe(465);
    expect(serverName({ host: '::1', port: 25 })).toBe('[::1]:25');
  });

  it.each(['127.0.0.1', 'localhost', '::1'])('sends a password to %s without TLS (it does not leave the machine)', (host) => {
    expect(resolveSmtp({ host, user: '$SMTP_USER', password: '$SMTP_PASSWORD' }, env, COORDINATOR, 'c').requireTLS).toBe(false);
  });

  it('needs no TLS without a login, nor with secure: true', () => {
    expect(resolveSmtp({ host: 'smtp.acme.example' }, {}, COORDINATOR, 'c').requireTLS).toBe(false);
    expect(resolveSmtp({ host: 'smtp.acme.example', secure: true, user: '$SMTP_USER', password: '$SMTP_PASSWORD' }, env, COORDINATOR, 'c').requireTLS).toBe(false);
  });

  it('prefers notify.smtp.from, and refuses when there is no sender at all', () => {
    expect(resolveSmtp({ host: 'h', from: 'OKR <okr@acme.example>' }, {}, COORDINATOR, 'c').from).toEqual({ name: 'OKR', email: 'okr@acme.example' });
    expect(() => resolveSmtp({ host: 'h' }, {}, null, 'okr.config.yaml')).toThrow(UsageError);
    expect(() => resolveSmtp({ host: 'h' }, {}, null, 'okr.config.yaml')).toThrow('no sender; set notify.smtp.from in okr.config.yaml');
  });
});
