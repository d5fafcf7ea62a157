import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { envRefNames, parseEnvRefs, resolveEnvRefs } from '../../src/sources/env-refs.js';

describe('environment references', () => {
  it('reads $NAME as the whole value and ${NAME} inside a string; $$ is a dollar sign', () => {
    const env = { WAREHOUSE_URL: 'postgres://u:pw@db/x', TOKEN: 's3cret' };
    expect(resolveEnvRefs('$WAREHOUSE_URL', env)).toEqual({ ok: true, value: 'postgres://u:pw@db/x' });
    expect(resolveEnvRefs('Bearer ${TOKEN}', env)).toEqual({ ok: true, value: 'Bearer s3cret' });
    expect(resolveEnvRefs('${TOKEN}-${TOKEN}', env)).toEqual({ ok: true, value: 's3cret-s3cret' });
    expect(resolveEnvRefs('price: $$5', env)).toEqual({ ok: true, value: 'price: $5' });
    expect(resolveEnvRefs('https://status.acme.example/api', env)).toEqual({ ok: true, value: 'https://status.acme.example/api' });
    expect(envRefNames('Bearer ${TOKEN} ${OTHER}')).toEqual(['TOKEN', 'OTHER']);
  });

  it.each([
    ['${', "'${' is not closed by '}'"],
    ['Bearer ${TOKEN', "'${' is not closed by '}'"],
    ['${1X}', "'${1X}' is not an environment variable name"],
    ['${}', "'${}' is not an environment variable name"],
    ['${A-B}', "'${A-B}' is not an environment variable name"],
    ['$', "a '$' starts an environment reference"],
    ['$1', "a '$' starts an environment reference"],
    ['cost $ 5', "a '$' starts an environment reference"],
    ['Bearer $TOKEN', "write '${TOKEN}' to read TOKEN inside a string"],
  ])('says what is wrong with %j', (value, message) => {
    const parsed = parseEnvRefs(value);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });

  it('names a missing or empty variable, never a value', () => {
    expect(resolveEnvRefs('$WAREHOUSE_URL', {})).toEqual({ ok: false, reason: 'the environment variable WAREHOUSE_URL is not set (or is empty)' });
    expect(resolveEnvRefs('$WAREHOUSE_URL', { WAREHOUSE_URL: '' })).toMatchObject({ ok: false });
    const both = resolveEnvRefs('${USER_NAME}:${PASSWORD}@${HOST}', { HOST: 'db.internal' });
    expect(both).toEqual({ ok: false, reason: 'the environment variables USER_NAME and PASSWORD are not set (or are empty)' });
    expect(JSON.stringify(both)).not.toContain('db.internal');
  });

  it('parses any string without throwing, and a string without $ is itself', () => {
    fc.assert(fc.property(fc.string(), (value) => {
      const parsed = parseEnvRefs(value);
      if (!value.includes('$')) expect(resolveEnvRefs(value, {})).toEqual({ ok: true, value });
      return typeof parsed.ok === 'boolean';
    }));
  });
});
