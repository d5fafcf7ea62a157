// The pull request a GitHub Actions run is about, from the event file the runner writes
// ($GITHUB_EVENT_PATH): its number (where the comment goes) and its author's login (who is
// not asked to review their own change). Outside a pull-request event there is none.

import { UsageError } from '../errors.js';
import { readUserFile } from '../fs/read-file.js';
import type { Env } from '../sources/env-refs.js';

export interface PullRequestEvent {
  number: number;
  /** The author's GitHub login, when the event names one. */
  author: string | null;
}

export function readPullRequestEvent(env: Env): PullRequestEvent | null {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return null;
  const read = readUserFile(path);
  if (!read.ok) throw new UsageError(`cannot read the GitHub event ($GITHUB_EVENT_PATH): ${path}: ${read.message}`);
  let event: unknown;
  try {
    event = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    throw new UsageError(`the GitHub event ($GITHUB_EVENT_PATH, ${path}) is not JSON`);
  }
  const pullRequest = (event as { pull_request?: { number?: unknown; user?: { login?: unknown } } } | null)?.pull_request;
  if (!pullRequest || typeof pullRequest !== 'object') return null;
  const number = pullRequest.number ?? (event as { number?: unknown }).number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) return null;
  const login = pullRequest.user?.login;
  return { number, author: typeof login === 'string' && login !== '' ? login : null };
}
