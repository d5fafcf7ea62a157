// The `github` kind: the `total_count` of an issue and pull-request search through the REST API
// (GET /search/issues), on GitHub or a GitHub Enterprise Server (`api`, else GITHUB_API_URL).
// Rate limits are said with the time they lift. An incomplete search (GitHub timed out before
// counting every match) is a failure, not a number: a count that may be short is not committed.

import { httpGet } from './http-get.js';
import { failed, found, type Quote, type SourceKind } from './source-kind.js';

export const DEFAULT_GITHUB_API = 'https://api.github.com';
export const GITHUB_API_VERSION = '2022-11-28';

export const github: SourceKind = {
  async read({ source, connection, env, signal, quote }) {
    const base = (connection.api || env.GITHUB_API_URL || DEFAULT_GITHUB_API).replace(/\/+$/, '');
    const url = `${base}/search/issues?q=${encodeURIComponent(source.search ?? '')}&per_page=1`;
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': GITHUB_API_VERSION,
      'user-agent': 'okr-cli',
    };
    if (connection.token) headers.authorization = `Bearer ${connection.token}`;
    const answer = await httpGet(url, { headers, signal, quote });
    if (!answer.ok) return failed(answer.reason);
    const body = parseJson(answer.body);
    if (answer.status === 200) {
      if (!isMap(body) || !Number.isSafeInteger(body.total_count) || (body.total_count as number) < 0) {
        return failed('GitHub answered without a total_count; is `api` the REST API (…/api/v3 on GitHub Enterprise Server)?');
      }
      if (body.incomplete_results === true) {
        return failed(`GitHub's search timed out before counting every match (incomplete_results), so ${String(body.total_count)} may be short; narrow the search or sync again`);
      }
      return found(body.total_count as number);
    }
    return failed(errorReason(answer.status, answer.headers, body, quote));
  },
};

function errorReason(status: number, headers: Headers, body: unknown, quote: Quote): string {
  const message = isMap(body) && typeof body.message === 'string' ? quote(body.message, 160) : '';
  if ((status === 403 || status === 429) && headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(headers.get('x-ratelimit-reset'));
    return Number.isFinite(reset) && reset > 0
      ? `GitHub's rate limit is reached; it resets at ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`
      : "GitHub's rate limit is reached";
  }
  if ((status === 403 || status === 429) && headers.has('retry-after')) {
    return `GitHub's secondary rate limit is reached; retry after ${headers.get('retry-after') ?? '?'} s`;
  }
  if (status === 401) return `GitHub refused the token (401${message ? ` ${message}` : ''}); check the source's token`;
  if (status === 422) {
    const details = isMap(body) && Array.isArray(body.errors)
      ? body.errors.map((e: unknown) => (isMap(e) && typeof e.message === 'string' ? quote(e.message, 200) : '')).filter(Boolean)
      : [];
    return `GitHub cannot run this search (422${message ? ` ${message}` : ''})${details.length > 0 ? `: ${details.join('; ')}` : ''}`;
  }
  return `GitHub answered HTTP ${status}${message ? `: ${message}` : ''}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
