// `okr validate` with sources: it checks how they are written, and never reads one (a pull
// request must not be able to run a command or reach a database through it).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

const unit = (source: string) => `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Delight our customers
    keyResults:
      - { id: KR1, title: Raise NPS from 20 to 40, lead: ann, start: 20, target: 40, source: ${source} }
      - { id: KR2, title: Cut churn from 5 to 3 percent, lead: ann, start: 5, target: 3 }
`;

const config = (sources: string) => `${MINIMAL_CONFIG}sources:\n${sources}`;

describe('okr validate with sources', () => {
  it('passes written sources without reading any: no command runs, no database is reached', async () => {
    const dir = tempRepo({
      'okr.config.yaml': config('  warehouse: { kind: postgres, url: $WAREHOUSE_URL }\n'),
      'okrs/2026-Q4/company.yaml': unit('{ command: "scripts/touch.sh" }').replace(
        'target: 3 }', 'target: 3, source: { from: warehouse, query: "select pg_sleep(60)" } }'),
      'scripts/touch.sh': '#!/bin/sh\ntouch ran\necho 1\n',
    });
    const result = await runOkr(['validate', '-C', dir], { env: { WAREHOUSE_URL: 'postgres://okr:pw@127.0.0.1:9/none' } });
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });

  it('stops at a $NAME syntax error in the config with exit 2, at the value', async () => {
    const dir = tempRepo({
      'okr.config.yaml': config('  status: { kind: http, url: https://status.example/api, headers: { Authorization: "Bearer ${STATUS_TOKEN" } }\n'),
      'okrs/2026-Q4/company.yaml': unit('{ from: status, select: $.uptime }'),
    });
    const result = await runOkr(['validate', '-C', dir]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/okr\.config\.yaml\n\s+8:84\s+error\s+Source 'status': '\$\{' is not closed by '\}'\.\s+config/);
  });

  it('refuses a secret written into the config itself', async () => {
    const dir = tempRepo({
      'okr.config.yaml': config('  warehouse: { kind: postgres, url: "postgres://okr:hunter2@db/x" }\n'),
      'okrs/2026-Q4/company.yaml': unit('{ from: warehouse, query: select 1 }'),
    });
    const result = await runOkr(['validate', '-C', dir]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('the URL holds a password');
    expect(result.stdout + result.stderr).not.toContain('hunter2');
  });

  it('reports a key result whose source does not fit, with exit 1', async () => {
    const dir = tempRepo({
      'okr.config.yaml': config('  warehouse: { kind: postgres, url: $WAREHOUSE_URL }\n'),
      'okrs/2026-Q4/company.yaml': unit('{ from: warehouse, search: "is:issue" }'),
    });
    const result = await runOkr(['validate', '-C', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('"rule": "source-fits-kind"');
  });
});
