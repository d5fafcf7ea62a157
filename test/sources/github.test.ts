// The github kind against a local server standing in for the REST API (GITHUB_API_URL), with
// answers shaped like GitHub's documented ones: search results, rate limits, a bad query.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../src/model.js';
import { GITHUB_API_VERSION } from '../../src/sources/github.js';
import { readSource } from '../../src/sources/read-source.js';
import { json, startServer, type LocalServer } from './local-server.js';

const TOKEN = 'ghp_secretTokenForTests123';
// 14:05 UTC on some day: the reset time GitHub sends as epoch seconds.
const RESET = Date.UTC(2026, 10, 23, 14, 5, 0) / 1000;
let server: LocalServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const q = url.searchParams.get('q') ?? '';
    if (url.pathname !== '/search/issues') return json(response, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    if (q.includes('want:ok')) return json(response, 200, { total_count: 17, incomplete_results: false, items: [{ number: 1, title: 'Outage' }] });
    if (q.includes('want:zero')) return json(response, 200, { total_count: 0, incomplete_results: false, items: [] });
    if (q.includes('want:incomplete')) return json(response, 200, { total_count: 900, incomplete_results: true, items: [] });
    if (q.includes('want:rate-limit')) {
      return json(response, 403, { message: 'API rate limit exceeded for user ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
        { 'x-ratelimit-limit': '30', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '30', 'x-ratelimit-reset': String(RESET), 'x-ratelimit-resource': 'search' });
    }
    if (q.includes('want:429')) return json(response, 429, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(RESET) });
    if (q.includes('want:secondary')) {
      return json(response, 403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { 'retry-after': '60' });
    }
    if (q.includes('want:422')) {
      return json(response, 422, {
        message: 'Validation Failed',
        errors: [{ message: 'The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.', resource: 'Search', field: 'q', code: 'invalid' }],
        documentation_url: 'https://docs.github.com/v3/search/',
        status: '422',
      });
    }
    if (q.includes('want:401')) return json(response, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    if (q.includes('want:no-count')) return json(response, 200, { items: [] });
    return json(response, 500, {});
  });
});

afterAll(() => server.close());

const SOURCES: Record<string, SourceDoc> = { github: { kind: 'github', token: '$GITHUB_TOKEN' } };

function read(search: string, env: Record<string, string> = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server.url }, sources = SOURCES) {
  return readSource({ source: { from: 'github', search }, sources, env, root: process.cwd(), timeoutMs: 5_000 });
}

describe('github source', () => {
  it("reads the search's total_count, asking as GitHub documents", async () => {
    const before = server.requests.length;
    const search = 'repo:acme/api is:issue is:closed label:sev1 closed:>=2026-10-01 want:ok';
    expect(await read(search)).toEqual({ ok: true, value: 17 });
    const request = server.requests[before];
    const url = new URL(request.url ?? '', 'http://x');
    expect(url.pathname).toBe('/search/issues');
    expect(url.searchParams.get('q')).toBe(search);
    expect(url.searchParams.get('per_page')).toBe('1');
    expect(request.headers).toMatchObject({
      accept: 'application/vnd.github+json',
      'x-github-api-version': GITHUB_API_VERSION,
      authorization: `Bearer ${TOKEN}`,
      'user-agent': 'okr-cli',
    });
  });

  it('reads a count of zero as zero: a real answer, not a failure', async () => {
    expect(await read('is:issue want:zero')).toEqual({ ok: true, value: 0 });
  });

  it("takes the source's api over GITHUB_API_URL, and searches without a token when none is configured", async () => {
    const before = server.requests.length;
    const sources: Record<string, SourceDoc> = { github: { kind: 'github', api: `${server.url}/` } };
    expect(await read('is:issue want:ok', { GITHUB_API_URL: 'http://127.0.0.1:1' }, sources)).toEqual({ ok: true, value: 17 });
    expect(server.requests[before].headers.authorization).toBeUndefined();
  });

  it.each([
    ['an incomplete search', 'want:incomplete', "GitHub's search timed out before counting every match (incomplete_results), so 900 may be short; narrow the search or sync again"],
    ['the rate limit (403)', 'want:rate-limit', "GitHub's rate limit is reached; it resets at 14:05 UTC"],
    ['the rate limit (429)', 'want:429', "GitHub's rate limit is reached; it resets at 14:05 UTC"],
    ['the secondary rate limit', 'want:secondary', "GitHub's secondary rate limit is reached; retry after 60 s"],
    ['a search GitHub cannot run (422)', 'want:422', 'GitHub cannot run this search (422 Validation Failed): The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.'],
    ['a refused token (401)', 'want:401', "GitHub refused the token (401 Bad credentials); check the source's token"],
    ['an answer without a count', 'want:no-count', 'GitHub answered without a total_count; is `api` the REST API (…/api/v3 on GitHub Enterprise Server)?'],
    ['a server error', 'want:500', 'GitHub answered HTTP 500'],
  ])('fails on %s, saying so', async (_case, search, reason) => {
    const result = await read(`is:issue ${search}`);
    expect(result).toEqual({ ok: false, reason });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it('fails without the token variable, naming it', async () => {
    expect(await read('is:issue want:ok', { GITHUB_API_URL: server.url })).toEqual({
      ok: false, reason: 'token: the environment variable GITHUB_TOKEN is not set (or is empty)',
    });
  });
});
