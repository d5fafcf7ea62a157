// okr people on real files: the load per person, roles, the coach ratio, and the names the
// registry does not know, in each format.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

const config = (people: string, coaches: string) => `version: 1
organization: Test Co
cycles:
  - id: 2026-Q4
    start: 2026-10-01
    end: 2026-12-31
people:
${people}roles:
  sponsor: ann
  coordinator: cat
  coaches: [${coaches}]
`;

const PEOPLE = '  ann: { name: Ann Lee, email: ann@x.example }\n  bob: { name: Bob Stone }\n  cat: { name: Cat Wu }\n';

const COMPANY = `cycle: 2026-Q4
unit: company
level: company
lead: ann
members: [bob]
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: bob, contributors: [ann], start: 0, target: 100 }
      - { id: KR2, title: Partners from 0 to 5, lead: bob, start: 0, target: 5 }
      - { id: KR3, title: Old idea, lead: cat, done: false, status: dropped }
`;

function repo(people = PEOPLE, coaches = 'cat', company = COMPANY) {
  return tempRepo({ 'okr.config.yaml': config(people, coaches), 'okrs/2026-Q4/company.yaml': company });
}

describe('okr people', () => {
  it('counts what each person leads and contributes to, in JSON', async () => {
    const result = await runOkr(['people', '-C', repo(), '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.people.map((p: { id: string; units: string[]; keyResults: string[]; contributions: string[]; memberOf: string[]; roles: string[] }) =>
      [p.id, p.units, p.keyResults, p.contributions, p.memberOf, p.roles])).toEqual([
      ['bob', [], ['company/O1/KR1', 'company/O1/KR2'], [], ['company'], []],
      ['ann', ['company'], [], ['company/O1/KR1'], [], ['sponsor']],
      ['cat', [], [], [], [], ['coordinator', 'coach']],
    ]);
    expect(report.coachRatio).toEqual({ people: 3, basis: 'registry', coaches: 1, perCoach: 3, guideline: 50, needed: 1, short: false });
    expect(report.nothingToLead).toEqual([{ id: 'cat', name: 'Cat Wu' }]);
    expect(report.unknown).toEqual([]);
  });

  it('prints a table with the roles and the coach ratio', async () => {
    const result = await runOkr(['people', '-C', repo()], { env: { COLUMNS: '200' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Roles: sponsor ann (Ann Lee) · program owner none · coordinator cat (Cat Wu) · internal coaches cat (Cat Wu) · external coaches none');
    expect(result.stdout).toContain('Coaches: 1 internal coach for 3 people in the registry (3 per coach): within the guideline of one per 50.');
    expect(result.stdout).toMatch(/│ bob\s+│ Bob Stone\s+│\s+│\s+2 │\s+0 │\s+1 │\s+│/);
    expect(result.stdout).toContain('In the registry, leading no unit and no key result: cat (Cat Wu)');
  });

  it('says when the coaches are short of one per 50, and who is named but not registered', async () => {
    let many = PEOPLE;
    for (let i = 0; i < 118; i++) many += `  p${i}: {}\n`;
    const dir = repo(many, 'cat', COMPANY.replace('lead: bob, start: 0, target: 5', 'lead: zed, start: 0, target: 5'));
    const md = await runOkr(['people', '-C', dir, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('**Coaches:** ⚠ 1 internal coach for 121 people in the registry (121 per coach): short of the guideline of one per 50 by 2 coaches (3 needed).');
    expect(md.stdout).toContain('| `zed` ⚠ |  |  | 1 | 0 | 0 |  |');
    expect(md.stdout).toContain('**Not in the people registry** (⚠):\n\n- `zed`: company/O1/KR2 (lead)\n');
    const table = await runOkr(['people', '-C', dir]);
    expect(table.stdout).toContain('Not in the people registry (marked ?):\n  zed: company/O1/KR2 (lead)\n');
  });

  it('shows who leads what at Acme', async () => {
    const report = JSON.parse((await runOkr(['people', '-C', join(EXAMPLES, 'acme'), '--cycle', '2026-Q4', '--format', 'json'])).stdout);
    expect(report.coachRatio).toMatchObject({ people: 20, coaches: 1, short: false });
    expect(report.roles.sponsor).toEqual({ id: 'carla', name: 'Carla Mendes' });
    expect(report.people[0]).toMatchObject({ id: 'sam', units: ['growth'] });
    expect(report.people[0].keyResults).toHaveLength(6);
    expect(report.nothingToLead.map((p: { id: string }) => p.id)).toEqual(['dan', 'erin']);
    expect(report.unknown).toEqual([]);
  });
});
