// What a failed connection's error code means, in words for a message: one table for every
// network client of okr (sources over HTTP, webhooks, the GitHub API, SMTP), and how a
// server's own words are shown.

export const NETWORK_ERRORS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'the connection closed',
};

/** Why a fetch() failed, in words: no answer in time, a connection error by its code. */
export function requestFailure(error: unknown): string {
  const err = error as { name?: string; cause?: { code?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'no answer in time';
  const code = err.cause?.code;
  return (code !== undefined && Object.hasOwn(NETWORK_ERRORS, code) ? NETWORK_ERRORS[code] : undefined) ?? 'the request failed';
}

/** A server's reply as one line of a message: control characters as spaces, cut at `max`. */
export function serverReply(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f]+/g, ' ').replace(/ {2,}/g, ' ').trim().slice(0, max);
}
