// The demo made by okr init --example reads two key results from a script over a CSV in the
// repository: okr sync shows a new value at once, offline, commits it, and the history, the
// audit and the scheduled workflow fit it.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { ALICE, isolatedGitEnv, runGit } from '../helpers/git.js';

const AS_OF = '2026-11-23';

describe('okr sync in the demo', () => {
  let dir: string;
  const okr = (...args: string[]) => runOkr(['-C', dir, ...args, '--as-of', AS_OF], { env: isolatedGitEnv(join(dir, '.home'), ALICE) });
  beforeAll(async () => {
    const cwd = tempRepo();
    expect((await runOkr(['init', 'demo', '--example', '--as-of', AS_OF], { cwd, env: isolatedGitEnv(join(cwd, '.home'), ALICE) })).code).toBe(0);
    dir = join(cwd, 'demo');
  }, 60_000);

  it('ships the script, its data and the scheduled workflow', () => {
    for (const file of ['scripts/metric.mjs', 'data/signups.csv', 'data/assistant.csv', '.github/workflows/okr-sync.yml']) expect(existsSync(join(dir, file)), file).toBe(true);
  });

  it('has a history in which a sourced value came from its source, and nothing for the audit to say about it', async () => {
    const history = JSON.parse((await okr('history', 'company/O4/KR2', '--format', 'json')).stdout);
    const values = history.events.filter((e: { field: string }) => e.field === 'current');
    expect(values.length).toBeGreaterThan(2);
    for (const event of values) expect(event.source).toBe('node scripts/metric.mjs data/assistant.csv active_admins admins 1');
    const audit = JSON.parse((await okr('audit', '--format', 'json')).stdout);
    expect(audit.findings.filter((f: { kind: string }) => f.kind === 'sourced-value-edited')).toEqual([]);
  });

  it('shows a new value at once, and commits it with the one that stayed', async () => {
    const dry = await okr('sync', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('growth/O1/KR1');
    expect(dry.stdout).toContain('– → 38.7');
    expect(dry.stdout).toContain('would change');
    const result = await okr('sync', '--format', 'json');
    expect(result.code).toBe(0);
    const { rows, commit } = JSON.parse(result.stdout);
    expect(rows.map((r: { ref: string; new: number; outcome: string }) => [r.ref, r.new, r.outcome])).toEqual([
      ['company/O4/KR2', 21, 'unchanged'], ['growth/O1/KR1', 38.7, 'changed'],
    ]);
    expect(runGit(dir, ['rev-parse', 'HEAD']).trim()).toBe(commit);
    expect((await okr('sync', '--check')).code).toBe(0);
    expect((await okr('validate')).code).toBe(0);
  });
});
