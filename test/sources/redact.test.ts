import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactor } from '../../src/sources/redact.js';
import { secretsOf } from '../../src/sources/secrets.js';

describe('redaction', () => {
  it('replaces each secret wherever it appears, also URL-encoded and JSON-escaped', () => {
    const redact = redactor(['p@ss/word"1']);
    expect(redact('password p@ss/word"1 was refused')).toBe('password *** was refused');
    expect(redact('url postgres://u:p%40ss%2Fword%221@db')).toBe('url postgres://u:***@db');
    expect(redact('{"token":"p@ss/word\\"1"}')).toBe('{"token":"***"}');
    expect(redact('nothing to hide')).toBe('nothing to hide');
  });

  it('replaces a secret that contains another one whole', () => {
    expect(redactor(['abc', 'xxabcxx'])('see xxabcxx and abc')).toBe('see *** and ***');
  });

  it('leaves no secret in any text', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), fc.string(), fc.string(), (secret, before, after) => {
      const out = redactor([secret])(`${before}${secret}${after}`);
      return !out.includes(secret) || secret.includes('*');
    }));
  });

  it("collects the secrets of every configured source: values from the environment, tokens, credential headers, URL passwords", () => {
    const env = { WAREHOUSE_URL: 'postgres://okr:pg-pw%21@db:5432/x', STATUS_TOKEN: 'st-123', GITHUB_TOKEN: 'ghp_abc' };
    const secrets = secretsOf({
      warehouse: { kind: 'postgres', url: '$WAREHOUSE_URL' },
      status: { kind: 'http', url: 'https://status.example/api', headers: { Authorization: 'Bearer ${STATUS_TOKEN}', Accept: 'application/json' } },
      github: { kind: 'github', token: '$GITHUB_TOKEN' },
    }, env);
    expect(secrets).toEqual(expect.arrayContaining([env.WAREHOUSE_URL, 'pg-pw%21', 'pg-pw!', 'st-123', 'Bearer st-123', 'ghp_abc']));
    expect(secrets).not.toContain('application/json');
    expect(secrets).not.toContain('https://status.example/api');
  });
});
