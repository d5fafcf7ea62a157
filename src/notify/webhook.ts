// A post that leaves the machine: notify.webhooks.NAME resolved from the environment, and one
// JSON body POSTed to it. The URL of a chat webhook is its credential, so messages name only
// its origin (https://hooks.slack.com), never its path, and anything a server answers is
// redacted of it. A post that fails — no answer, a redirect, a status other than 2xx — is a
// usage error (exit 2) that says why, with the server's own words when it gave some.

import { UsageError } from '../errors.js';
import type { WebhookDoc } from '../model.js';
import { resolveEnvRefs, type Env } from '../sources/env-refs.js';
import { redactor } from '../sources/redact.js';
import { didYouMean } from '../text/did-you-mean.js';
import { requestFailure, serverReply } from '../text/network-errors.js';

export interface ResolvedWebhook {
  name: string;
  kind: WebhookDoc['kind'];
  url: URL;
}

/** The webhook named NAME, its URL read from the environment; a usage error when it cannot be. */
export function resolveWebhook(webhooks: Record<string, WebhookDoc> | undefined, name: string, env: Env, configFile: string): ResolvedWebhook {
  const names = Object.keys(webhooks ?? {});
  const doc = Object.hasOwn(webhooks ?? {}, name) ? webhooks![name] : undefined;
  if (!doc) {
    if (names.length === 0) throw new UsageError(`--post ${name}: no webhooks in ${configFile}; add notify: { webhooks: { ${name}: { kind: slack, url: $SLACK_WEBHOOK_URL } } }`);
    const hint = didYouMean(name, names);
    throw new UsageError(`--post ${name}: no such webhook in ${configFile}${hint ? ` (did you mean '${hint}'?)` : ''}; webhooks: ${names.join(', ')}`);
  }
  const resolved = resolveEnvRefs(doc.url, env);
  if (!resolved.ok) throw new UsageError(`--post ${name}: notify.webhooks.${name}.url in ${configFile}: ${resolved.reason}`);
  let url: URL;
  try {
    url = new URL(resolved.value);
  } catch {
    throw new UsageError(`--post ${name}: the webhook's URL is not a URL (https://host/…)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--post ${name}: '${url.protocol}' URLs cannot be posted to; use https://`);
  return { name, kind: doc.kind, url };
}

/** POSTs the body; resolves when the server took it (2xx), else throws a UsageError saying why. */
export async function postWebhook(hook: ResolvedWebhook, body: string, timeoutMs = 20_000): Promise<void> {
  const where = `webhook '${hook.name}' (${hook.url.origin})`;
  const redact = redactor([hook.url.href, `${hook.url.pathname}${hook.url.search}`, ...hook.url.pathname.split('/').filter((part) => part.length >= 8)]);
  let response: Response;
  try {
    response = await fetch(hook.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'okr-cli' },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new UsageError(`cannot post to ${where}: ${requestFailure(error)}; nothing was posted`);
  }
  const text = serverReply(await response.text().catch(() => ''));
  if (response.status >= 200 && response.status < 300) return;
  if (response.status >= 300 && response.status < 400) {
    throw new UsageError(`cannot post to ${where}: it answered with a redirect (${response.status}), which okr does not follow with the report; check the URL`);
  }
  throw new UsageError(`cannot post to ${where}: it answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${text ? `: ${redact(text)}` : ''}`);
}
