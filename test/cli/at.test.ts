// --at REV|DATE: the repository as it stood then, rebuilt from git.

import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG, hasStackTrace, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { BOB, gitRepo } from '../helpers/git.js';

const unit = (current: number) => `cycle: 2026-Q4
unit: company
level: company
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: ${current} }
      - { id: KR2, title: Ship, lead: ann, done: false }
`;

function history() {
  return gitRepo([
    { files: { 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': unit(10) }, message: 'Post Q4 OKRs', date: '2026-10-05' },
    { files: { 'okrs/2026-Q4/company.yaml': unit(50) }, message: 'okr: company/O1/KR1 10 → 50', date: '2026-11-01', author: BOB },
    { files: { 'okrs/2026-Q4/company.yaml': unit(80) }, message: 'okr: company/O1/KR1 50 → 80', date: '2026-11-20', author: BOB },
  ]);
}

const krScore = (stdout: string) => JSON.parse(stdout).units[0].objectives[0].keyResults[0].score;

describe('--at', () => {
  it('scores the repository as it stood on a date', async () => {
    const dir = history();
    expect(krScore((await runOkr(['score', '-C', dir, '--format', 'json'])).stdout)).toBeCloseTo(0.8, 12);
    const then = await runOkr(['score', '-C', dir, '--at', '2026-11-10', '--format', 'json']);
    expect(then.code).toBe(0);
    expect(krScore(then.stdout)).toBeCloseTo(0.5, 12);
    expect(JSON.parse(then.stdout).asOf).toBe('2026-11-10');
  });

  it('takes a revision, as of the day it was committed', async () => {
    const dir = history();
    const result = await runOkr(['score', '-C', dir, '--at', 'HEAD~2', '--format', 'json']);
    expect(krScore(result.stdout)).toBeCloseTo(0.1, 12);
    expect(JSON.parse(result.stdout).asOf).toBe('2026-10-05');
    const tree = await runOkr(['tree', '-C', dir, '--at', 'HEAD~1', '--format', 'json']);
    expect(JSON.parse(tree.stdout).tree[0].children[0]).toMatchObject({ ref: 'company/O1/KR1', score: 0.5 });
  });

  it('leaves the working tree as it was', async () => {
    const dir = history();
    await runOkr(['score', '-C', dir, '--at', 'HEAD~2']);
    expect(krScore((await runOkr(['score', '-C', dir, '--format', 'json'])).stdout)).toBeCloseTo(0.8, 12);
  });

  it('says clearly when there is nothing to show', async () => {
    const dir = history();
    const before = await runOkr(['score', '-C', dir, '--at', '2026-09-01']);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain('no commit on or before 2026-09-01');
    const unknown = await runOkr(['score', '-C', dir, '--at', 'nosuchbranch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown revision 'nosuchbranch'");
    const plain = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': unit(1) });
    const outside = await runOkr(['score', '-C', plain, '--at', 'HEAD']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('needs a git repository');
    for (const r of [before, unknown, outside]) expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
