// okr diff and okr validate --base on a real repository with a pull-request branch.

import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { BOB, CAROL, commit, gitRepo, runGit } from '../helpers/git.js';

const company = `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Win the market in 2026
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: 40 }
      - { id: KR2, title: Churn from 8 to 4 percent, lead: ann, start: 8, target: 4, current: 6 }
  - id: O2
    title: Delight our people
    keyResults:
      - { id: KR1, title: eNPS from 10 to 40, lead: ann, start: 10, target: 40, current: 20 }
      - { id: KR2, title: Publish the career ladder, lead: ann, done: false }
`;

const platform = (o: { current?: number; target?: number; align?: string; extra?: string; confidence?: number } = {}) => `cycle: 2026-Q4
unit: platform
level: team
parent: company
lead: bob
objectives:
  - id: O1
    title: Make deploys boring
    type: committed
    alignsTo: [${o.align ?? 'company/O1'}]
    keyResults:
      - { id: KR1, title: Deploy time from 40 to 10 minutes, lead: bob, start: 40, target: ${o.target ?? 10}, current: ${o.current ?? 30}, unit: min, confidence: ${o.confidence ?? 0.8} }
      - { id: KR2, title: Blue-green deploys everywhere, lead: bob, done: false, confidence: 0.8 }
${o.extra ?? ''}`;

const newObjective = `  - id: O2
    title: Keep the lights on
    alignsTo: [company/O2]
    keyResults:
      - { id: KR1, title: Pager load from 30 to 10 pages a week, lead: bob, start: 30, target: 10 }
      - { id: KR2, title: Runbooks for every alert, lead: bob, done: false }
`;

function repository() {
  const dir = gitRepo([{
    files: { 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': company, 'okrs/2026-Q4/platform.yaml': platform() },
    message: 'Post Q4 OKRs', date: '2026-10-05',
  }]);
  runGit(dir, ['checkout', '-q', '-b', 'pr']);
  commit(dir, { files: { 'okrs/2026-Q4/platform.yaml': platform({ current: 20 }) }, message: 'okr: platform/O1/KR1 30 → 20 min', date: '2026-11-02', author: BOB });
  commit(dir, {
    files: { 'okrs/2026-Q4/platform.yaml': platform({ current: 20, target: 15, align: 'company/O2', extra: newObjective, confidence: 0.5 }) },
    message: 'Rework platform OKRs', date: '2026-11-03', author: CAROL,
  });
  return dir;
}

describe('okr diff', () => {
  it('says what a branch changes, as markdown for a pull request', async () => {
    const dir = repository();
    const result = await runOkr(['diff', 'main', 'pr', '-C', dir, '--as-of', '2026-11-15']);
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md).toContain('## OKR changes: `main` → `pr`');
    expect(md).toContain('| `platform/O1/KR1` Deploy time from 40 to 10 minutes | 30 → 20 min | 0.33 → 0.80 ⬆️ | 0.8 → 0.5 |');
    expect(md).toContain('| `platform/O1/KR1` Deploy time from 40 to 10 minutes | target | 10 → 15 | ⚠️ eased |');
    expect(md).toContain('- ➕ objective `platform/O2` Keep the lights on');
    expect(md).toContain('- `platform/O1`: `company/O1` → `company/O2`');
    expect(md).toMatch(/\*\*1 new problem\*\*/);
    expect(md).toMatch(/\| ⚠️ \| `okrs\/2026-Q4\/platform.yaml` \| 12 \| `committed-confidence` \|/);
  });

  it('compares with the working tree by default, and gives JSON', async () => {
    const dir = repository();
    runGit(dir, ['checkout', '-q', 'main']);
    const result = await runOkr(['diff', 'pr', '-C', dir, '--format', 'json']);
    const { cycles } = JSON.parse(result.stdout);
    expect(cycles[0].removed).toContainEqual({ ref: 'platform/O2', kind: 'objective', title: 'Keep the lights on' });
    expect(cycles[0].fixed).toBe(1);
  });

  it('says when nothing changed, and refuses outside git', async () => {
    const dir = repository();
    expect((await runOkr(['diff', 'HEAD', '-C', dir])).stdout).toContain('No change to any OKR.');
    const bad = await runOkr(['diff', 'nosuch', '-C', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown revision 'nosuch'");
  });
});

describe('okr validate --base', () => {
  it('reports only what the change introduces, and eased targets without a reason', async () => {
    const dir = repository();
    const result = await runOkr(['validate', '--base', 'main', '-C', dir, '--format', 'json']);
    const rules = JSON.parse(result.stdout).diagnostics.map((d: { rule: string; message: string }) => `${d.rule}: ${d.message}`);
    expect(rules).toEqual([
      expect.stringMatching(/^eased-target: Target of platform\/O1\/KR1 moved from 10 to 15, towards its start \(40\), with no reason in the change/),
      expect.stringMatching(/^committed-confidence: /),
    ]);
    // The year in "Win the market in 2026" is allowed, so main is clean; a known problem on
    // main is counted on stderr, not repeated.
    expect(result.code).toBe(0);
  });

  it('accepts an eased target whose reason is in a commit message naming it', async () => {
    const dir = repository();
    commit(dir, { files: {}, message: 'Ease platform/O1/KR1: the team lost two engineers', date: '2026-11-04', author: CAROL });
    // The reason must be on the file: an empty commit does not touch it.
    const stillFlagged = await runOkr(['validate', '--base', 'main', '-C', dir, '--format', 'json']);
    expect(stillFlagged.stdout).toContain('eased-target');
    commit(dir, {
      files: { 'okrs/2026-Q4/platform.yaml': platform({ current: 21, target: 15, align: 'company/O2', extra: newObjective, confidence: 0.5 }) },
      message: 'okr: platform/O1/KR1 20 → 21\n\nEased platform/O1/KR1 to 15 minutes: the build farm migration slipped.', date: '2026-11-05', author: BOB,
    });
    expect((await runOkr(['validate', '--base', 'main', '-C', dir, '--format', 'json'])).stdout).not.toContain('eased-target');
  });

  it('does not repeat problems that were already there', async () => {
    const dir = gitRepo([{
      files: { 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': company, 'okrs/2026-Q4/platform.yaml': platform({ confidence: 0.5 }) },
      message: 'Post', date: '2026-10-05',
    }]);
    commit(dir, { files: { 'okrs/2026-Q4/platform.yaml': platform({ confidence: 0.5, current: 25 }) }, message: 'okr: check-in', date: '2026-10-12' });
    const result = await runOkr(['validate', '--base', 'HEAD~1', '-C', dir, '--format', 'json']);
    expect(JSON.parse(result.stdout).diagnostics).toEqual([]);
    expect(result.stderr).toContain('1 problem already on HEAD~1 not reported');
  });
});
