// A local HTTP server standing in for the GitHub REST API of one repository, acme/okrs, and its
// pull request #7: "list issue comments" (paged), "create an issue comment" and "update an
// issue comment" in GitHub's documented shapes, with every call recorded. `refuse` answers
// every call with that status, as GitHub does to a token without permission.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { startServer, type LocalServer } from '../sources/local-server.js';

export const MARKER = '<!-- okr:pull-request-comment -->';
/** The only token the fake API takes; it echoes it in refusals, as okr must never. */
export const TOKEN = 'ghs_t0ken_never_printed';

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface FakeGitHub {
  server: LocalServer;
  comments: Comment[];
  calls: { method: string; path: string; authorization: string | undefined }[];
}

/** The API of one repository, acme/okrs, and its pull request #7. */
export async function fakeGitHub(options: { comments?: Comment[]; refuse?: number } = {}): Promise<FakeGitHub> {
  const comments = options.comments ?? [];
  const calls: FakeGitHub['calls'] = [];
  let next = 1000;
  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const server = await startServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://x');
      calls.push({ method: request.method ?? '', path: url.pathname, authorization: request.headers.authorization });
      if (options.refuse) return send(response, options.refuse, { message: `Resource not accessible by integration (token ${TOKEN})`, documentation_url: 'https://docs.github.com/rest' });
      if (request.headers.authorization !== `Bearer ${TOKEN}`) return send(response, 401, { message: 'Bad credentials' });
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) as { body: string } : undefined;
      if (request.method === 'GET' && url.pathname === '/repos/acme/okrs/issues/7/comments') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        return send(response, 200, comments.slice((page - 1) * perPage, page * perPage));
      }
      if (request.method === 'POST' && url.pathname === '/repos/acme/okrs/issues/7/comments') {
        const created = { id: next++, body: body!.body, user: { login: 'github-actions[bot]', type: 'Bot' }, html_url: `https://github.example/acme/okrs/pull/7#issuecomment-${next}` };
        comments.push(created);
        return send(response, 201, created);
      }
      const edit = /^\/repos\/acme\/okrs\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (request.method === 'PATCH' && edit) {
        const found = comments.find((c) => c.id === Number(edit[1]));
        if (!found) return send(response, 404, { message: 'Not Found' });
        found.body = body!.body;
        return send(response, 200, found);
      }
      send(response, 404, { message: 'Not Found' });
    });
  });
  servers.push(server);
  return { server, comments, calls };
}

const servers: LocalServer[] = [];

/** Stops every fake API started so far (for afterEach). */
export async function closeFakeGitHubs(): Promise<void> {
  await Promise.all(servers.splice(0).map((server) => server.close()));
}

