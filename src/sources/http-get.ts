// One GET for the http and github kinds, with the limits a sync run needs: redirects followed
// a few times and only on the same host (the source's headers carry its secrets), a body of at
// most 10 MB, and network errors said in words. Node's fetch does the HTTP.

import { own } from '../lookup.js';
import type { Quote } from './source-kind.js';
import { NETWORK_ERRORS } from '../text/network-errors.js';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

export interface HttpGetOptions {
  headers: Record<string, string>;
  signal: AbortSignal;
  quote: Quote;
  maxBytes?: number;
}

export type HttpAnswer =
  | { ok: true; status: number; statusText: string; headers: Headers; body: string }
  | { ok: false; reason: string };

export async function httpGet(url: string, options: HttpGetOptions): Promise<HttpAnswer> {
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { ok: false, reason: 'the URL does not parse' };
  }
  for (let hop = 0; ; hop++) {
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      return { ok: false, reason: `'${target.protocol}' URLs cannot be read; use http:// or https://` };
    }
    let response: Response;
    try {
      response = await fetch(target, { headers: options.headers, signal: options.signal, redirect: 'manual' });
    } catch (error) {
      return { ok: false, reason: networkReason(error, target, options.quote) };
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel().catch(() => undefined);
      let next: URL;
      try {
        next = new URL(response.headers.get('location') ?? '', target);
      } catch {
        return { ok: false, reason: `${where(target)} redirects to a location that is not a URL` };
      }
      if (hop >= MAX_REDIRECTS) return { ok: false, reason: `more than ${MAX_REDIRECTS} redirects from ${where(target)}` };
      if (!sameHost(target, next)) {
        return { ok: false, reason: `${where(target)} redirects to another host (${next.origin}); redirects are followed only on the same host, so the source's headers go nowhere else` };
      }
      target = next;
      continue;
    }
    const body = await readBody(response, maxBytes, target, options.quote);
    if (!body.ok) return body;
    return { ok: true, status: response.status, statusText: response.statusText, headers: response.headers, body: body.text };
  }
}

/** The place a request went, for reasons: no user, password or query string (they may hold secrets). */
export function where(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

function sameHost(from: URL, to: URL): boolean {
  if (from.hostname !== to.hostname) return false;
  if (from.protocol === to.protocol) return from.port === to.port;
  // http → https on the same host is an upgrade; the other way round would expose the headers.
  return from.protocol === 'http:' && to.protocol === 'https:';
}

async function readBody(response: Response, maxBytes: number, url: URL, quote: Quote): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const tooLarge = { ok: false as const, reason: `the answer from ${where(url)} is larger than ${maxBytes / 1024 / 1024} MB` };
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge;
  }
  if (!response.body) return { ok: true, text: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return tooLarge;
      }
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, reason: networkReason(error, url, quote) };
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}


function networkReason(error: unknown, url: URL, quote: Quote): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'AbortError' || err.name === 'TimeoutError') return `no answer from ${where(url)} in time`;
  const code = err.cause?.code;
  const said = (code === undefined ? undefined : own(NETWORK_ERRORS, code)) ?? quote(err.cause?.message ?? err.message ?? 'unknown error');
  return `cannot reach ${url.origin}: ${said}`;
}
