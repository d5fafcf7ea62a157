// readSource, the one way in: it refuses what the rules refuse (they may be off), names an
// unknown source, honours cancellation, and no failure of any kind carries a secret.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../src/model.js';
import { sourceLabel } from '../../src/sources/kind-fields.js';
import { readSource } from '../../src/sources/read-source.js';
import { valueForKeyResult } from '../../src/sources/value-for-kr.js';
import { tempRepo } from '../helpers/cli.js';
import { json, startServer, type LocalServer } from './local-server.js';

const SECRETS = { STATUS_TOKEN: 'tok-Status-4242', GITHUB_TOKEN: 'ghp_Echo0000secret', WAREHOUSE_URL: 'postgres://okr:Pw-in-env@127.0.0.1:1/x' };
let server: LocalServer;

beforeAll(async () => {
  // A server that says back everything it was sent, in every error it gives.
  server = await startServer((request, response) => {
    const said = `${request.url ?? ''} ${JSON.stringify(request.headers)}`;
    if (request.url?.startsWith('/search/issues')) return json(response, 422, { message: said, errors: [{ message: said }] });
    // The secret where a reason is cut short: redacted before the cut, no half of it is left.
    if (request.url?.startsWith('/api/cut')) return json(response, 500, { e: `${'x'.repeat(180)}${request.headers['x-api-key'] as string}` });
    return json(response, 500, { error: said });
  });
});

afterAll(() => server.close());

function sources(): Record<string, SourceDoc> {
  return {
    status: { kind: 'http', url: `${server.url}/api`, headers: { Authorization: 'Bearer ${STATUS_TOKEN}', 'X-Api-Key': '${STATUS_TOKEN}' } },
    github: { kind: 'github', token: '$GITHUB_TOKEN', api: server.url },
    warehouse: { kind: 'postgres', url: '$WAREHOUSE_URL' },
  };
}

describe('readSource', () => {
  it('names a source that is not configured, with "did you mean"', async () => {
    expect(await readSource({ source: { from: 'statu', select: '$' }, sources: sources(), env: SECRETS, root: '/' })).toEqual({
      ok: false, reason: "'statu' is not a source in okr.config.yaml; did you mean 'status'?",
    });
    expect(await readSource({ source: { from: 'toString', select: '$' }, sources: sources(), env: SECRETS, root: '/' })).toMatchObject({ ok: false });
  });

  it('refuses a source that does not fit its kind before reading anything', async () => {
    const before = server.requests.length;
    expect(await readSource({ source: { from: 'status', query: 'select 1' }, sources: sources(), env: SECRETS, root: '/' })).toEqual({
      ok: false, reason: "an http source ('status') needs `select`",
    });
    expect(await readSource({ source: { from: 'status', select: '$' }, sources: { status: { kind: 'http', url: '${BROKEN' } }, env: SECRETS, root: '/' })).toEqual({
      ok: false, reason: "source 'status': '${' is not closed by '}'",
    });
    expect(server.requests.length).toBe(before);
  });

  it('stops when the run is cancelled', async () => {
    const root = tempRepo({ 'slow.sh': '#!/bin/sh\nsleep 30\n' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    expect(await readSource({ source: { command: 'sh slow.sh' }, sources: undefined, env: { PATH: process.env.PATH }, root, signal: controller.signal })).toEqual({
      ok: false, reason: 'cancelled',
    });
  });

  it('lets no secret through, whatever a server says back', async () => {
    const reads = [
      { from: 'status', path: '/v1/x', select: '$.x' },
      { from: 'status', path: '/cut', select: '$.x' },
      { from: 'github', search: 'is:issue' },
      { from: 'warehouse', query: 'select 1' },
    ];
    const reasons: string[] = [];
    for (const source of reads) {
      const result = await readSource({ source, sources: sources(), env: SECRETS, root: '/', timeoutMs: 5_000 });
      expect(result.ok).toBe(false);
      if (!result.ok) reasons.push(result.reason);
    }
    expect(reasons[0]).toContain('HTTP 500');
    expect(reasons[1]).toMatch(/x{180}\*\*\*"\}$/);
    expect(reasons[2]).toContain('GitHub cannot run this search (422');
    expect(reasons[3]).toContain('cannot connect');
    for (const reason of reasons) {
      for (const secret of [...Object.values(SECRETS), 'Pw-in-env', SECRETS.STATUS_TOKEN.slice(0, 8)]) expect(reason).not.toContain(secret);
    }
    // What the server was sent did hold them: the redactor, not luck, kept them out.
    expect(server.requests.some((r) => r.headers['x-api-key'] === SECRETS.STATUS_TOKEN)).toBe(true);
    expect(reasons[0]).toContain('***');
  });
});

describe('a source value on a key result', () => {
  it('sets current for a number, done for a binary key result', () => {
    expect(valueForKeyResult('metric', 12.5)).toEqual({ ok: true, field: 'current', value: 12.5 });
    expect(valueForKeyResult('maintain', 0)).toEqual({ ok: true, field: 'current', value: 0 });
    expect(valueForKeyResult('binary', true)).toEqual({ ok: true, field: 'done', value: true });
    expect(valueForKeyResult('binary', 3)).toEqual({ ok: true, field: 'done', value: true });
    expect(valueForKeyResult('binary', 0)).toEqual({ ok: true, field: 'done', value: false });
  });

  it('refuses a yes/no for a number, and any value for milestone and roll-up key results', () => {
    expect(valueForKeyResult('metric', true)).toEqual({ ok: false, reason: 'the source gives true, but a metric key result needs a number' });
    expect(valueForKeyResult('milestone', 1).ok).toBe(false);
    expect(valueForKeyResult('rollup', 1).ok).toBe(false);
  });

  it('names a source by its config name, or by its command', () => {
    expect(sourceLabel({ from: 'warehouse', query: 'select 1' })).toBe('warehouse');
    expect(sourceLabel({ command: 'scripts/x.sh --days 28' })).toBe('command: scripts/x.sh --days 28');
  });
});
