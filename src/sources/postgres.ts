// The `postgres` kind, through node-postgres: connect with the URL, run the key result's query
// in a read-only transaction, and take its one value. The query goes through the extended
// protocol (one statement, no `commit; delete …` behind a select), a cursor reads at most two
// rows (an accidental `select *` of a big table is not fetched), and the server stops the
// statement at the time limit. The client is always closed.

import pg from 'pg';
import Cursor from 'pg-cursor';
import { failed, found, type Quote, type SourceKind, type SourceResult } from './source-kind.js';

/** Types whose values are numbers; int8 and numeric arrive as strings, to keep their digits. */
const NUMERIC_TYPES = new Set([20, 21, 23, 26, 700, 701, 1700]);
const BOOLEAN_TYPE = 16;
const TYPE_NAMES: Record<number, string> = {
  19: 'name', 25: 'text', 114: 'json', 790: 'money', 1042: 'text', 1043: 'text', 1082: 'a date', 1083: 'a time',
  1114: 'a timestamp', 1184: 'a timestamp', 1186: 'an interval', 2950: 'a uuid', 3802: 'json',
};

export const postgres: SourceKind = {
  async read({ source, connection, signal, timeoutMs, quote }) {
    const url = connection.url ?? '';
    if (!/^postgres(?:ql)?:\/\//.test(url)) return failed('the url is not a postgres:// URL');
    let client: pg.Client;
    try {
      client = new pg.Client({
        connectionString: url, connectionTimeoutMillis: timeoutMs, statement_timeout: timeoutMs, application_name: 'okr sync',
      });
    } catch (error) {
      return failed(`the url cannot be used: ${describeError(error, quote)}`);
    }
    // A connection that drops outside a query reports here; the query's own error says it.
    client.on('error', () => undefined);
    let closing: Promise<void> | undefined;
    const close = () => (closing ??= client.end().catch(() => undefined));
    const onAbort = () => void close();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      try {
        await client.connect();
      } catch (error) {
        return failed(`cannot connect: ${describeError(error, quote)}`);
      }
      try {
        await client.query('begin transaction read only');
        return oneValue(await readAtMostTwoRows(client, source.query ?? ''), quote);
      } catch (error) {
        return failed(`the query failed: ${describeError(error, quote)}`);
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
      await close();
    }
  },
};

interface Rows {
  rows: unknown[][];
  fields: { name: string; dataTypeID: number }[];
}

function readAtMostTwoRows(client: pg.Client, text: string): Promise<Rows> {
  const cursor = client.query(new Cursor<unknown[]>(text, undefined, { rowMode: 'array' }));
  return new Promise((resolve, reject) => {
    cursor.read(2, (error, rows, result) => {
      if (error) reject(error);
      else resolve({ rows, fields: result.fields });
    });
  });
}

function oneValue({ rows, fields }: Rows, quote: Quote): SourceResult {
  if (fields.length > 1) {
    return failed(`the query returns ${fields.length} columns (${quote(fields.map((f) => f.name).join(', '), 80)}); it must return one value`);
  }
  if (rows.length === 0) return failed('the query returns no row');
  if (rows.length > 1) return failed('the query returns more than one row; it must return one (aggregate, or ORDER BY … LIMIT 1)');
  const value = rows[0][0];
  const type = fields[0]?.dataTypeID;
  if (value === null || value === undefined) return failed('the query returns NULL');
  if (type === BOOLEAN_TYPE && typeof value === 'boolean') return found(value);
  if (type !== undefined && NUMERIC_TYPES.has(type)) {
    const number = typeof value === 'number' ? value : Number(value);
    if (Number.isFinite(number)) return found(number);
    return failed(`the query returns ${String(value)}, not a number`);
  }
  const name = type === undefined ? undefined : TYPE_NAMES[type];
  return failed(`the query returns ${name ?? `a value of type ${String(type)}`}${typeof value === 'string' ? ` (${JSON.stringify(quote(value, 40))})` : ''}, not a number`);
}

/** A driver or server error in words: the server's message, or what the network said. */
function describeError(error: unknown, quote: Quote): string {
  const err = error as { code?: string; message?: string; address?: string; port?: number };
  if (err.code === 'ECONNREFUSED') return `connection refused${err.address ? ` (${err.address}${err.port ? `:${err.port}` : ''})` : ''}`;
  if (err.code === 'ENOTFOUND') return 'host not found';
  return quote(err.message ?? String(error), 200);
}
