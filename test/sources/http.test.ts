// The http kind against a real local server: JSON, status codes, JSONPath, limits, redirects,
// and a secret header that arrives at the server and never in a message.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../src/model.js';
import { readSource } from '../../src/sources/read-source.js';
import { freePort, json, startServer, type LocalServer } from './local-server.js';

const TOKEN = 's3cret-status-token';
let server: LocalServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (request.headers.authorization !== `Bearer ${TOKEN}`) return json(response, 401, { error: 'no token' });
    switch (path) {
      case '/api/v1/uptime': return json(response, 200, { data: { uptime: 99.95, up: true, note: '99.9', nothing: null, list: [1, 2] } });
      case '/api/missing': return json(response, 404, { error: 'not here' });
      case '/api/broken': return json(response, 500, { error: 'database exploded' });
      case '/api/echo': return json(response, 400, { error: `bad header ${request.headers.authorization ?? ''}` });
      case '/api/not-json':
        response.writeHead(200, { 'content-type': 'text/html' });
        return response.end('<html>maintenance</html>');
      case '/api/huge': {
        // 11 MB without a content-length: the reader must stop by counting.
        response.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1024 * 1024, ' ');
        let sent = 0;
        const more = () => {
          while (sent < 11) {
            sent++;
            if (!response.write(chunk)) return response.once('drain', more);
          }
          response.end('1');
        };
        return more();
      }
      case '/api/slow': return void setTimeout(() => json(response, 200, { data: { uptime: 1 } }), 10_000).unref();
      case '/api/hop': response.writeHead(302, { location: '/api/v1/uptime' }); return response.end();
      case '/api/away': response.writeHead(302, { location: `http://localhost:${server.port}/api/v1/uptime` }); return response.end();
      case '/api/loop': response.writeHead(302, { location: '/api/loop' }); return response.end();
      case '/api/bad-location': response.writeHead(302, { location: 'http://[nope' }); return response.end();
      default: return json(response, 404, {});
    }
  });
});

afterAll(() => server.close());

const env = { STATUS_TOKEN: TOKEN };

function sources(): Record<string, SourceDoc> {
  return { status: { kind: 'http', url: `${server.url}/api`, headers: { Authorization: 'Bearer ${STATUS_TOKEN}' } } };
}

function read(path: string, select: string, timeoutMs = 5_000) {
  return readSource({ source: { from: 'status', path, select }, sources: sources(), env, root: process.cwd(), timeoutMs });
}

describe('http source', () => {
  it('reads the one number a JSONPath selects, sending the secret header', async () => {
    const before = server.requests.length;
    expect(await read('/v1/uptime?days=30', '$.data.uptime')).toEqual({ ok: true, value: 99.95 });
    const request = server.requests[before];
    expect(request.url).toBe('/api/v1/uptime?days=30');
    expect(request.method).toBe('GET');
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.headers.accept).toBe('application/json');
  });

  it('reads a boolean for a binary key result, and bracket notation', async () => {
    expect(await read('/v1/uptime', '$.data.up')).toEqual({ ok: true, value: true });
    expect(await read('/v1/uptime', "$['data']['uptime']")).toEqual({ ok: true, value: 99.95 });
  });

  it('follows a redirect on the same host', async () => {
    expect(await read('/hop', '$.data.uptime')).toEqual({ ok: true, value: 99.95 });
  });

  const failures: [string, string, string, RegExp | string][] = [
    ['an HTTP 404', '/missing', '$.x', /^HTTP 404 Not Found from http:\/\/127\.0\.0\.1:\d+\/api\/missing: \{"error":"not here"\}$/],
    ['an HTTP 500', '/broken', '$.x', 'HTTP 500 Internal Server Error'],
    ['invalid JSON', '/not-json', '$.x', /^the answer from http:\/\/127\.0\.0\.1:\d+\/api\/not-json is not JSON \(/],
    ['a JSONPath that selects nothing', '/v1/uptime', '$.data.downtime', "'$.data.downtime' selects nothing in the answer"],
    ['a JSONPath that selects two values', '/v1/uptime', '$.data.list[*]', "'$.data.list[*]' selects 2 values; it must select exactly one"],
    ['text', '/v1/uptime', '$.data.note', `'$.data.note' selects text ("99.9"), not a number`],
    ['null', '/v1/uptime', '$.data.nothing', "'$.data.nothing' selects null, not a number"],
    ['a map', '/v1/uptime', '$.data', "'$.data' selects a map, not a number"],
    ['a JSONPath that does not parse', '/v1/uptime', '$.data[', "'$.data[' is not a JSONPath (RFC 9535)"],
    ['a body over 10 MB', '/huge', '$', /is larger than 10 MB$/],
    ['a redirect to another host', '/away', '$.x', /redirects to another host \(http:\/\/localhost:\d+\); redirects are followed only on the same host/],
    ['a redirect loop', '/loop', '$.x', /^more than 5 redirects from /],
    ['a redirect to no URL', '/bad-location', '$.x', /redirects to a location that is not a URL$/],
    ['an error page echoing the secret', '/echo', '$.x', 'HTTP 400 Bad Request'],
  ];

  it.each(failures)('fails on %s, with a reason and no secret', async (_case, path, select, reason) => {
    const result = await read(path, select);
    expect(result.ok).toBe(false);
    const said = result.ok ? '' : result.reason;
    if (typeof reason === 'string') expect(said).toContain(reason);
    else expect(said).toMatch(reason);
    expect(said).not.toContain(TOKEN);
  });

  it('says the secret was redacted where a server echoed it', async () => {
    const result = await read('/echo', '$.x');
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('{"error":"bad header ***"}') });
  });

  it('sends no header to another host', async () => {
    const before = server.requests.length;
    await read('/away', '$.x');
    expect(server.requests.slice(before).map((r) => r.headers.host)).toEqual([`127.0.0.1:${server.port}`]);
  });

  it('gives up on a slow answer at the time limit', async () => {
    expect(await read('/slow', '$.data.uptime', 300)).toEqual({ ok: false, reason: 'no value within 0.3 s (the time limit)' });
  });

  it('fails on an unreachable server and on a missing variable, naming it', async () => {
    const port = await freePort();
    const unreachable = await readSource({
      source: { from: 'status', select: '$' }, sources: { status: { kind: 'http', url: `http://127.0.0.1:${port}/api` } }, env, root: process.cwd(),
    });
    expect(unreachable).toEqual({ ok: false, reason: `cannot reach http://127.0.0.1:${port}: connection refused` });
    const missing = await readSource({ source: { from: 'status', path: '/v1/uptime', select: '$.data.uptime' }, sources: sources(), env: {}, root: process.cwd() });
    expect(missing).toEqual({ ok: false, reason: 'header Authorization: the environment variable STATUS_TOKEN is not set (or is empty)' });
  });
});
