// okr reviewers --base on a real repository with a main branch and a pull-request branch.

import { describe, expect, it } from 'vitest';
import { runOkr } from '../helpers/run-okr.js';
import { BOB, CAROL, commit, gitRepo, runGit, writeFile } from '../helpers/git.js';

const CONFIG = `version: 1
organization: Test Co
cycles:
  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }
people:
  ann: { name: Ann Lee, email: ann@acme.example, github: ann-lee }
  bob: { name: Bob Stone, email: bob@acme.example, github: bobstone }
  carol: { name: Carol Diaz, email: carol@acme.example, github: carol-d }
  dan: { name: Dan Wu, email: dan@acme.example }
`;

const company = `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Win the market
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: 40 }
      - { id: KR2, title: Churn from 8 to 4 percent, lead: dan, start: 8, target: 4, current: 6 }
`;

const sales = `cycle: 2026-Q4
unit: sales
level: team
parent: company
lead: carol
objectives:
  - id: O1
    title: Sell more
    alignsTo: [company/O1]
    keyResults:
      - { id: KR1, title: Deals from 0 to 20, lead: carol, start: 0, target: 20, current: 5 }
`;

const platform = (o: { current?: number; align?: string } = {}) => `cycle: 2026-Q4
unit: platform
level: team
parent: company
lead: bob
objectives:
  - id: O1
    title: Make deploys boring
    alignsTo: [${o.align ?? 'company/O1'}]
    keyResults:
      - { id: KR1, title: Deploy time from 40 to 10 minutes, lead: bob, start: 40, target: 10, current: ${o.current ?? 30} }
`;

/** main holds the posted OKRs; the pr branch is checked out with nothing changed yet. */
function repository() {
  const dir = gitRepo([{
    files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': company, 'okrs/2026-Q4/sales.yaml': sales, 'okrs/2026-Q4/platform.yaml': platform() },
    message: 'Post Q4 OKRs', date: '2026-10-05',
  }]);
  runGit(dir, ['checkout', '-q', '-b', 'pr']);
  return dir;
}

describe('okr reviewers', () => {
  it('nothing changed: no reviewers', async () => {
    const dir = repository();
    commit(dir, { files: { 'README.md': 'hello\n' }, message: 'Docs', date: '2026-10-06', author: BOB });
    const result = await runOkr(['reviewers', '--base', 'main'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('No OKR changes between main and the working tree: no reviewers needed.\n');
    expect(JSON.parse((await runOkr(['reviewers', '--base', 'main', '--format', 'json'], { cwd: dir })).stdout).reviewers).toEqual([]);
  });

  it("a key result's value changed: its unit's lead, and no one else", async () => {
    const dir = repository();
    commit(dir, { files: { 'okrs/2026-Q4/platform.yaml': platform({ current: 20 }) }, message: 'okr: platform/O1/KR1 30 → 20', date: '2026-11-02', author: CAROL });
    const result = await runOkr(['reviewers', '--base', 'main'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('@bobstone  Bob Stone  2026-Q4 platform changed (unit lead)\n');
  });

  it('the working tree counts, committed or not', async () => {
    const dir = repository();
    writeFile(dir, 'okrs/2026-Q4/sales.yaml', sales.replace('current: 5', 'current: 7'));
    expect((await runOkr(['reviewers', '--base', 'main'], { cwd: dir })).stdout).toBe('@carol-d  Carol Diaz  2026-Q4 sales changed (unit lead)\n');
  });

  it("a new alignsTo to another team's key result: that unit's lead and the key result's lead", async () => {
    const dir = repository();
    commit(dir, { files: { 'okrs/2026-Q4/platform.yaml': platform({ align: 'company/O1, company/O1/KR2' }) }, message: 'Align to churn', date: '2026-11-02', author: BOB });
    const result = await runOkr(['reviewers', '--base', 'main'], { cwd: dir, env: { COLUMNS: '120' } });
    expect(result.stdout).toBe([
      '@ann-lee                 Ann Lee    platform/O1 now aligns to company/O1/KR2 (unit lead)',
      '@bobstone                Bob Stone  2026-Q4 platform changed (unit lead)',
      '(dan: no GitHub handle)  Dan Wu     platform/O1 now aligns to company/O1/KR2 (key-result lead)',
      '',
    ].join('\n'));
  });

  it("a changed alignsTo: the lead of the goal it now points at, not of the one it left", async () => {
    const dir = repository();
    commit(dir, { files: { 'okrs/2026-Q4/platform.yaml': platform({ align: 'sales/O1' }) }, message: 'Realign', date: '2026-11-02', author: BOB });
    const report = JSON.parse((await runOkr(['reviewers', '--base', 'main', '--format', 'json'], { cwd: dir })).stdout);
    expect(report.base).toBe('main');
    expect(report.head).toBe('working tree');
    expect(report.reviewers.map((r: { person: string }) => r.person)).toEqual(['bob', 'carol']);
    expect(report.reviewers[1]).toEqual({
      person: 'carol', name: 'Carol Diaz', email: 'carol@acme.example', github: '@carol-d',
      reasons: [{ kind: 'aligned-to', cycle: '2026-Q4', target: 'sales/O1', from: 'platform/O1', as: 'unit lead' }],
    });
  });

  it('one person with several reasons is listed once; md is a table for a pull-request comment', async () => {
    const dir = repository();
    commit(dir, {
      files: { 'okrs/2026-Q4/platform.yaml': platform({ align: 'sales/O1' }), 'okrs/2026-Q4/sales.yaml': sales.replace('current: 5', 'current: 9') },
      message: 'Both', date: '2026-11-02', author: BOB,
    });
    const result = await runOkr(['reviewers', '--base', 'main', '--format', 'md'], { cwd: dir });
    expect(result.stdout).toBe(`### OKR reviewers

These people lead OKRs this pull request changes or newly aligns to (base \`main\`):

| Reviewer | Name | Why |
|---|---|---|
| @bobstone | Bob Stone <bob@acme.example> | 2026-Q4 platform changed (unit lead) |
| @carol-d | Carol Diaz <carol@acme.example> | 2026-Q4 sales changed (unit lead)<br>platform/O1 now aligns to sales/O1 (unit lead) |
`);
  });

  it('a new unit and a removed one: the leads of both', async () => {
    const dir = repository();
    commit(dir, {
      files: { 'okrs/2026-Q4/sales.yaml': null, 'okrs/2026-Q4/data.yaml': sales.replace('unit: sales', 'unit: data').replace('lead: carol\n', 'lead: dan\n') },
      message: 'Sales becomes data', date: '2026-11-02', author: BOB,
    });
    const result = await runOkr(['reviewers', '--base', 'main'], { cwd: dir });
    expect(result.stdout).toContain('@carol-d                 Carol Diaz  2026-Q4 sales removed (unit lead)');
    expect(result.stdout).toContain('(dan: no GitHub handle)  Dan Wu      2026-Q4 data added (unit lead)');
  });

  it('an unknown base revision is a usage error', async () => {
    const result = await runOkr(['reviewers', '--base', 'nope'], { cwd: repository() });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
