// The `http` kind: GET the source's url + the key result's path, parse the JSON answer, and
// take the one value its JSONPath selects (RFC 9535, through jsonpath-rfc9535, which passes
// the JSONPath Compliance Test Suite). No match, several matches, text, null: each a failure.

import { query } from 'jsonpath-rfc9535';
import { httpGet, where } from './http-get.js';
import { excerpt, failed, found, type Quote, type SourceKind, type SourceResult } from './source-kind.js';

export const http: SourceKind = {
  async read({ source, connection, signal, quote }) {
    const url = joinUrl(connection.url ?? '', source.path ?? '');
    const headers = { accept: 'application/json', ...connection.headers };
    const answer = await httpGet(url, { headers, signal, quote });
    if (!answer.ok) return failed(answer.reason);
    if (answer.status < 200 || answer.status >= 300) {
      const said = quote(answer.body);
      return failed(`HTTP ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''} from ${safeWhere(url)}${said ? `: ${said}` : ''}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(answer.body);
    } catch (error) {
      return failed(`the answer from ${safeWhere(url)} is not JSON (${quote((error as Error).message, 120)})`);
    }
    return selectOne(json, source.select ?? '$', quote);
  },
};

/** `url` + `path`, as SPEC 8 says, with one slash where both have one. */
export function joinUrl(url: string, path: string): string {
  if (url.endsWith('/') && path.startsWith('/')) return url + path.slice(1);
  return url + path;
}

function safeWhere(url: string): string {
  try {
    return where(new URL(url));
  } catch {
    return 'the source';
  }
}

/** The one number or boolean a JSONPath selects in a document. */
export function selectOne(json: unknown, select: string, quote: Quote = excerpt): SourceResult {
  let values: unknown[];
  try {
    values = query(json as Parameters<typeof query>[0], select);
  } catch (error) {
    return failed(`'${select}' is not a JSONPath (RFC 9535): ${quote((error as Error).message, 120)}`);
  }
  if (values.length === 0) return failed(`'${select}' selects nothing in the answer`);
  if (values.length > 1) return failed(`'${select}' selects ${values.length} values; it must select exactly one`);
  const value = values[0];
  if (typeof value === 'boolean') return found(value);
  if (typeof value === 'number' && Number.isFinite(value)) return found(value);
  return failed(`'${select}' selects ${describeJson(value, quote)}, not a number`);
}

export function describeJson(value: unknown, quote: Quote = excerpt): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `text (${JSON.stringify(quote(value, 40))})`;
  return String(value);
}
