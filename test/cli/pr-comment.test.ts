// okr pr-comment against a local HTTP server standing in for the GitHub REST API (the shapes of
// "list issue comments", "create" and "update an issue comment"): the comment is created once,
// then edited in place, found again by its marker across pages; the author is not asked to
// review; refusals and an API that is down are exit 2 without the token; nothing is sent
// without --post.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasStackTrace, tempRepo } from '../helpers/cli.js';
import { closeFakeGitHubs, fakeGitHub, MARKER, TOKEN, type Comment } from '../helpers/fake-github.js';
import { BOB, commit, gitRepo, runGit } from '../helpers/git.js';
import { runOkr } from '../helpers/run-okr.js';
import { freePort } from '../sources/local-server.js';

afterEach(closeFakeGitHubs);

const CONFIG = `version: 1
organization: Test Co
cycles:
  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }
people:
  ann: { name: Ann Lee, email: ann@acme.example, github: ann-lee }
  bob: { name: Bob Stone, email: bob@acme.example, github: bobstone }
  dan: { name: Dan Wu, email: dan@acme.example, github: danwu }
`;

const company = (o: { kr1?: number; kr2?: number; target?: number } = {}) => `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Win the market
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: ${o.target ?? 100}, current: ${o.kr1 ?? 40} }
      - { id: KR2, title: Churn from 8 to 4 percent, lead: dan, start: 8, target: 4, current: ${o.kr2 ?? 6} }
`;

/** main with the posted OKRs; branch pr checked out, with bob's first change. */
function repository(): string {
  const dir = gitRepo([{ files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': company() }, message: 'Post Q4 OKRs', date: '2026-10-05' }]);
  runGit(dir, ['checkout', '-q', '-b', 'pr']);
  commit(dir, { files: { 'okrs/2026-Q4/company.yaml': company({ kr1: 50, kr2: 5 }) }, message: 'Check in', date: '2026-11-02', author: BOB });
  return dir;
}

function actionsEnv(api: string, author = 'bobstone'): Record<string, string> {
  const event = join(tempRepo(), 'event.json');
  writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, user: { login: author } } }));
  return { GITHUB_API_URL: api, GITHUB_REPOSITORY: 'acme/okrs', GITHUB_EVENT_PATH: event, GITHUB_TOKEN: TOKEN };
}

const prComment = (dir: string, env: Record<string, string>, extra: string[] = ['--post']) => runOkr(['pr-comment', '--base', 'main', '--as-of', '2026-11-03', ...extra], { cwd: dir, env });

describe('okr pr-comment', () => {
  it('creates the comment once, then edits it in place as the pull request moves on', async () => {
    const github = await fakeGitHub();
    const dir = repository();
    const env = actionsEnv(github.server.url);

    const first = await prComment(dir, env);
    expect(first.code, first.stderr).toBe(0);
    expect(github.comments).toHaveLength(1);
    const [comment] = github.comments;
    expect(first.stderr).toBe(`okr: the OKR comment on pull request #7 was created: ${comment.html_url}\n`);
    expect(comment.body.startsWith(`${MARKER}\n## OKRs in this pull request\n`)).toBe(true);
    expect(comment.body).toContain('**Validation:** ✅ no new problems against `main`.');
    expect(comment.body).toContain('## OKR changes: `main` → working tree');
    expect(comment.body).toContain('| @ann-lee | Ann Lee <ann@acme.example> | 2026-Q4 company changed (unit lead) |');
    expect(comment.body).toContain('| @danwu | Dan Wu <dan@acme.example> | company/O1/KR2 changed (key-result lead) |');
    expect(github.calls.every((c) => c.authorization === `Bearer ${TOKEN}`)).toBe(true);

    // The author eases a target: the same comment now says so, and no second one appears.
    commit(dir, { files: { 'okrs/2026-Q4/company.yaml': company({ kr1: 50, kr2: 5, target: 80 }) }, message: 'Lower the bar', date: '2026-11-03', author: BOB });
    const second = await prComment(dir, env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('okr: the OKR comment on pull request #7 was updated');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].id).toBe(comment.id);
    expect(github.comments[0].body).toContain('eased-target');
    expect(github.comments[0].body).toContain('**Validation:** ⚠️ 0 errors and 1 warning introduced against `main`.');
    expect(github.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(github.calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);

    // Nothing new: nothing edited.
    const third = await prComment(dir, env);
    expect(third.stderr).toContain('okr: the OKR comment on pull request #7 is up to date');
    expect(github.calls.filter((c) => c.method === 'PATCH')).toHaveLength(1);
  });

  it('does not ask the author to review their own change, and names them without a mention', async () => {
    const github = await fakeGitHub();
    const dir = repository();
    expect((await prComment(dir, actionsEnv(github.server.url, 'danwu'))).code).toBe(0);
    const body = github.comments[0].body;
    expect(body).not.toContain('| @danwu |');
    expect(body).toContain("@&#8203;danwu (Dan Wu) is the pull request's author, so not asked to review their own change.");
  });

  it('finds its own comment across pages, before a person\'s comment that quotes the marker', async () => {
    const others = Array.from({ length: 150 }, (_, i): Comment => ({ id: i + 1, body: `comment ${i + 1}`, user: { login: 'someone', type: 'User' }, html_url: `u${i}` }));
    others[20] = { ...others[20], body: `${MARKER}\nI copied this` };
    others[130] = { ...others[130], body: `${MARKER}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' } };
    const github = await fakeGitHub({ comments: others });
    const dir = repository();
    const result = await prComment(dir, actionsEnv(github.server.url));
    expect(result.code, result.stderr).toBe(0);
    expect(github.calls.filter((c) => c.method === 'GET')).toHaveLength(2);
    expect(github.calls.find((c) => c.method === 'PATCH')?.path).toBe('/repos/acme/okrs/issues/comments/131');
    expect(github.comments[20].body).toBe(`${MARKER}\nI copied this`);
    expect(github.comments).toHaveLength(150);
  });

  it('says which permission is missing when GitHub refuses (exit 2), never the token', async () => {
    const github = await fakeGitHub({ refuse: 403 });
    const dir = repository();
    const result = await prComment(dir, actionsEnv(github.server.url));
    expect(result.code).toBe(2);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(result.stderr).toContain('okr: GitHub refused GET /repos/acme/okrs/issues/7/comments (403 Resource not accessible by integration (token ***)): the workflow\'s token needs `pull-requests: write`');
    expect(result.stderr).not.toContain(TOKEN);
  });

  it('stops with exit 2 when the API is not there', async () => {
    const port = await freePort();
    const result = await prComment(repository(), actionsEnv(`http://127.0.0.1:${port}`));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`okr: cannot reach the GitHub API at http://127.0.0.1:${port}: connection refused`);
  });

  it('refuses --post without a token or a pull request, before any work (exit 2)', async () => {
    const github = await fakeGitHub();
    const dir = repository();
    const { GITHUB_TOKEN: _token, ...noToken } = actionsEnv(github.server.url);
    const missing = await prComment(dir, noToken);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--post needs the workflow's token in GITHUB_TOKEN");
    const { GITHUB_EVENT_PATH: _event, ...noEvent } = actionsEnv(github.server.url);
    const noPull = await prComment(dir, noEvent);
    expect(noPull.stderr).toContain('--post needs a pull request');
    expect((await prComment(dir, noEvent, ['--post', '--pr', '7'])).code).toBe(0);
    expect(github.comments).toHaveLength(1);
  });

  it('prints the comment and sends nothing without --post', async () => {
    const github = await fakeGitHub();
    const dir = repository();
    const result = await prComment(dir, actionsEnv(github.server.url), []);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(MARKER)).toBe(true);
    expect(github.server.requests).toHaveLength(0);
  });
});
