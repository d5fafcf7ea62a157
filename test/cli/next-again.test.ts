// okr next run before the decisions are made, then again after: the first run starts the cycle,
// a later one drafts it, and what it says about the drafts' problems is what validate lists.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runOkr } from '../helpers/run-okr.js';
import { gitRepo, writeFile } from '../helpers/git.js';

const CONFIG = `version: 1
organization: Test Co
cycles:
  - id: 2026-Q3
    start: 2026-07-01
    end: 2026-09-30
people:
  ann: { name: Ann Lee }
  bob: { name: Bob Stone }
rules:
  aligned: error
`;

const company = (decisions: [string, string]) => `cycle: 2026-Q3
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Customers from 100 to 200, lead: ann, start: 100, target: 200, current: 160${decisions[0]} }
      - { id: KR2, title: Churn from 5 to 3, lead: ann, start: 5, target: 3, current: 4${decisions[1]} }
`;

const team = (decision: string) => `cycle: 2026-Q3
unit: web
level: team
parent: company
lead: bob
objectives:
  - id: O1
    title: Faster site
    alignsTo: [company/O1/KR2]
    keyResults:
      - { id: KR1, title: Page load from 3 to 1 s, lead: bob, start: 3, target: 1, current: 2${decision} }
      - { id: KR2, title: Errors from 50 to 10 a day, lead: bob, start: 50, target: 10, current: 30${decision} }
`;

function undecided(): string {
  return gitRepo([{ files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q3/company.yaml': company(['', '']), 'okrs/2026-Q3/web.yaml': team('') }, message: 'Q3', date: '2026-07-02' }]);
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const next = (dir: string, ...extra: string[]) => runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4', '--as-of', '2026-09-20', ...extra]);

describe('okr next, again', () => {
  it('starts the cycle before the decisions, drafts it after them, then refuses to draft it twice', async () => {
    const dir = undecided();
    const first = await next(dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('No key result of 2026-Q3 is marked keep or modify, so no draft was written.');
    expect(first.stderr).toContain('okr: warning: 2026-Q3 has not ended yet (it ends 2026-09-30); run okr next again for decisions made later, until 2026-Q4\'s drafts are written');
    const started = read(dir, 'okr.config.yaml');
    expect(started).toContain('  - id: 2026-Q4\n    start: 2026-10-01\n');

    // The decisions, made at the retro.
    writeFile(dir, 'okrs/2026-Q3/company.yaml', company([', decision: keep', ', decision: remove']));
    writeFile(dir, 'okrs/2026-Q3/web.yaml', team(', decision: modify'));
    const second = await next(dir);
    expect(second.stderr).not.toContain('already exists');
    expect(second.code).toBe(0);
    expect(second.stdout.split('\n')[0]).toBe('2026-Q4 is in okr.config.yaml already: 2026-10-01 to 2026-12-31, post by 2026-10-14, mid-cycle check-in 2026-11-15, learnings by 2027-01-09.');
    expect(second.stdout).toContain('Carried 3 key results from 2026-Q3 (1 keep, 2 modify) into 2 draft files:');
    expect(read(dir, 'okr.config.yaml')).toBe(started);
    expect(read(dir, 'okrs/2026-Q4/web.yaml')).toContain('unit: web');

    const third = await next(dir, '--force');
    expect(third.code).toBe(2);
    expect(third.stderr).toContain('okr: 2026-Q4 is started and its drafts are written (okrs/2026-Q4/company.yaml, okrs/2026-Q4/web.yaml); nothing written: finish them, or remove them to draft again');
    expect(read(dir, 'okr.config.yaml')).toBe(started);
  });

  it('refuses to start the cycle it starts from', async () => {
    const result = await runOkr(['next', '-C', undecided(), '--from', '2026-Q3', '--to', '2026-Q3']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('okr: --to 2026-Q3 is the cycle --from names: give the cycle to start');
  });

  it('keeps the dates the config has, and refuses --start or --end that would change them', async () => {
    const dir = undecided();
    await next(dir, '--start', '2026-10-01', '--end', '2026-12-31');
    const refused = await next(dir, '--end', '2027-01-31');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("okr: cycle '2026-Q4' is in okr.config.yaml already, from 2026-10-01 to 2026-12-31; --end 2027-01-31 would change it");
    expect((await next(dir, '--end', '2026-12-31')).code).toBe(0);
  });

  it('counts the drafts\' problems as okr validate --cycle then lists them, lost alignments included', async () => {
    const dir = gitRepo([{
      files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q3/company.yaml': company([', decision: keep', ', decision: remove']), 'okrs/2026-Q3/web.yaml': team(', decision: modify') },
      message: 'Q3', date: '2026-07-02',
    }]);
    const result = await next(dir);
    expect(result.code).toBe(0);
    const summary = JSON.parse((await runOkr(['validate', '-C', dir, '--cycle', '2026-Q4', '--format', 'json'])).stdout).summary as { errors: number; warnings: number };
    // web/O1 aligned to company/O1/KR2, which was removed: an error at Test Co (aligned: error).
    expect(summary.errors).toBe(1);
    expect(result.stderr).toContain('okr: web/O1 aligned to company/O1/KR2, which does not carry over: align it again');
    expect(result.stderr).toContain(`okr: okr validate --cycle 2026-Q4 lists ${summary.errors} error and ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'} in the drafts; 1 of them is an objective to align again (said above); the rest are what drafts have until they are finished`);
  });
});
