// okr audit and values read from a source: a sourced value changed by hand is reported; a
// value that came from the key result's own source (OKR-Source) is nobody's hand edit, so the
// workflow's bot, who owns nothing, is not reported for it; a confirmation changes nothing.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCheckinMessage } from '../../src/git/checkin-message.js';
import { MINIMAL_CONFIG } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { ALICE, BOB, gitRepo, isolatedGitEnv, type Author, type CommitSpec } from '../helpers/git.js';

const BOT: Author = { name: 'okr sync', email: '41898282+github-actions[bot]@users.noreply.github.com' };
const CONFIG = `${MINIMAL_CONFIG}people:
  alice: { name: Alice Ng, email: alice@acme.example }
  bob: { name: Bob Stone, email: bob@acme.example }
sources:
  warehouse: { kind: postgres, url: $WAREHOUSE_URL }
`;
const FILE = 'okrs/2026-Q4/growth.yaml';

function unit(kr1: number, kr2: number, source = 'warehouse'): string {
  return `cycle: 2026-Q4
unit: growth
level: company
lead: alice
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Signups from 0 to 100, lead: alice, start: 0, target: 100, current: ${kr1}, source: { from: ${source}, query: "select 1" } }
      - { id: KR2, title: Deals from 0 to 10, lead: alice, start: 0, target: 10, current: ${kr2} }
`;
}

function synced(date: string, value: number, previous: number, author: Author, source = 'warehouse', kr2 = 2): CommitSpec {
  const message = formatCheckinMessage([{ ref: 'growth/O1/KR1', value, previous, date, source, cycle: '2026-Q4' }], 'okr sync');
  return { files: { [FILE]: unit(value, kr2) }, message, date, author };
}

async function audit(commits: CommitSpec[]) {
  const dir = gitRepo([{ files: { 'okr.config.yaml': CONFIG, [FILE]: unit(10, 2) }, message: 'Post Q4', date: '2026-10-05', author: ALICE }, ...commits]);
  const result = await runOkr(['-C', dir, 'audit', '--format', 'json', '--cycle', '2026-Q4'], { env: isolatedGitEnv(join(dir, '.home')) });
  return { code: result.code, findings: JSON.parse(result.stdout).findings as { kind: string; ref: string; field: string; to: unknown; why: string }[] };
}

describe('okr audit, values from a source', () => {
  it('reports nothing for values the source gave, whoever committed them, nor for a reading that changed nothing', async () => {
    const confirmation = formatCheckinMessage([{ ref: 'growth/O1/KR1', value: 14, date: '2026-11-03', source: 'warehouse', cycle: '2026-Q4' }], 'okr sync: 1 confirmed');
    const result = await audit([
      synced('2026-10-20', 12, 10, BOT),
      synced('2026-10-27', 14, 12, BOB),
      { files: {}, message: confirmation, date: '2026-11-03', author: BOT },
    ]);
    expect(result).toEqual({ code: 0, findings: [] });
  });

  it('reports a sourced value changed by hand, even by its lead', async () => {
    const { code, findings } = await audit([
      synced('2026-10-20', 12, 10, BOT),
      { files: { [FILE]: unit(50, 2) }, message: 'Round it up', date: '2026-10-22', author: ALICE },
    ]);
    expect(code).toBe(1);
    expect(findings).toEqual([expect.objectContaining({ kind: 'sourced-value-edited', ref: 'growth/O1/KR1', field: 'current', to: 50 })]);
    expect(findings[0].why).toBe('growth/O1/KR1 reads its value from warehouse, but this commit changed it by hand (no OKR-Source trailer); okr sync --check compares it with the source');
  });

  it('reports a value said to come from another source, and its author when they own nothing', async () => {
    const { findings } = await audit([synced('2026-10-20', 12, 10, BOT, 'elsewhere')]);
    expect(findings.map((f) => f.kind).sort()).toEqual(['not-owner', 'sourced-value-edited']);
    expect(findings.find((f) => f.kind === 'sourced-value-edited')!.why).toContain('this commit says it came from elsewhere');
  });

  it('leaves key results without a source to the owner check alone', async () => {
    const { code, findings } = await audit([{ files: { [FILE]: unit(10, 5) }, message: 'Deals', date: '2026-10-22', author: ALICE }]);
    expect({ code, findings }).toEqual({ code: 0, findings: [] });
  });
});
