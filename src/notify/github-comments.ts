// One comment on a pull request, kept up to date through the GitHub REST API with the
// workflow's token: found among the pull request's comments by a hidden marker at its start
// (a bot's first), edited when its text changed, created only when there is none. The API is
// $GITHUB_API_URL (GitHub Enterprise Server too), the repository $GITHUB_REPOSITORY. What goes
// wrong is a usage error (exit 2) that says what to fix; the token is never printed.

import { UsageError } from '../errors.js';
import type { Env } from '../sources/env-refs.js';
import { redactor, type Redact } from '../sources/redact.js';
import { requestFailure, serverReply } from '../text/network-errors.js';

export interface PullRequestTarget {
  /** The REST API's base URL, without a trailing slash. */
  api: string;
  /** owner/name */
  repository: string;
  number: number;
  token: string;
}

/** Where the comment goes, from the environment a GitHub Actions run has. */
export function pullRequestTarget(env: Env, number: number | null): PullRequestTarget {
  const token = env.GITHUB_TOKEN;
  if (!token) throw new UsageError('--post needs the workflow\'s token in GITHUB_TOKEN (the okr action passes it; in a workflow: env: { GITHUB_TOKEN: ${{ github.token }} })');
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) throw new UsageError(`--post needs GITHUB_REPOSITORY as owner/name${repository ? `, not '${repository}'` : ' (GitHub Actions sets it)'}`);
  if (number === null) throw new UsageError('--post needs a pull request: run it on a pull_request event ($GITHUB_EVENT_PATH), or give --pr N');
  const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  try {
    const url = new URL(api);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
  } catch {
    throw new UsageError(`GITHUB_API_URL is not an http(s) URL: '${api}'`);
  }
  return { api, repository, number, token };
}

export interface UpsertedComment {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  /** The comment's page on GitHub, when the API gave it. */
  url: string | null;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { type?: string } | null;
}

/** The most comments read to find ours: 100 pages of 100. */
const MAX_PAGES = 100;

export async function upsertComment(target: PullRequestTarget, marker: string, body: string): Promise<UpsertedComment> {
  const call = caller(target);
  const base = `/repos/${target.repository}/issues`;
  const ours: IssueComment[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const comments = await call<IssueComment[]>('GET', `${base}/${target.number}/comments?per_page=100&page=${page}`);
    if (!Array.isArray(comments)) throw new UsageError(`GitHub answered the list of comments of #${target.number} with something that is not a list`);
    ours.push(...comments.filter((comment) => typeof comment.body === 'string' && comment.body.startsWith(marker)));
    if (comments.length < 100) break;
  }
  // A comment by a bot (the workflow's token posts as github-actions[bot]) before one a person
  // wrote with the marker in it; the oldest of them, as it was created once.
  const found = ours.find((comment) => comment.user?.type === 'Bot') ?? ours[0];
  if (found && found.body === body) return { action: 'unchanged', id: found.id, url: found.html_url ?? null };
  if (found) {
    const updated = await call<IssueComment>('PATCH', `${base}/comments/${found.id}`, { body });
    return { action: 'updated', id: updated.id ?? found.id, url: updated.html_url ?? found.html_url ?? null };
  }
  const created = await call<IssueComment>('POST', `${base}/${target.number}/comments`, { body });
  return { action: 'created', id: created.id, url: created.html_url ?? null };
}

type Call = <T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => Promise<T>;

function caller(target: PullRequestTarget): Call {
  const redact: Redact = redactor([target.token]);
  return async <T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> => {
    const what = `${method} ${path.replace(/\?.*$/, '')}`;
    let response: Response;
    try {
      response = await fetch(`${target.api}${path}`, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${target.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'okr-cli',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        redirect: 'error',
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new UsageError(`cannot reach the GitHub API at ${new URL(target.api).origin}: ${requestFailure(error)}`);
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) throw new UsageError(redact(refusal(response.status, text, what, target)));
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new UsageError(`GitHub answered ${what} with something that is not JSON`);
    }
  };
}

/** What GitHub's refusal means for the person running the workflow. */
function refusal(status: number, text: string, what: string, target: PullRequestTarget): string {
  let message = '';
  try {
    message = String((JSON.parse(text) as { message?: unknown }).message ?? '');
  } catch {
    message = text.slice(0, 200);
  }
  const said = `GitHub refused ${what} (${status}${message ? ` ${serverReply(message, 200)}` : ''})`;
  if (status === 401) return `${said}: the token in GITHUB_TOKEN is not valid`;
  if (status === 403) return `${said}: the workflow's token needs \`pull-requests: write\` (permissions: in the workflow); a pull request from a fork gets a read-only token`;
  if (status === 404) return `${said}: no pull request #${target.number} in ${target.repository} that this token can see`;
  return said;
}
