import { describe, expect, it } from 'vitest';
import { refResolves } from '../../src/rules/ref-resolves.js';
import { CLEAN, cleanWith, PEOPLE, runRule, yaml } from './harness.js';

const team = (body: string): Record<string, string> => cleanWith({ team: body });

describe('ref-resolves', () => {
  it('lets resolved references through, with and without a people registry', () => {
    expect(runRule(refResolves, { units: CLEAN })).toEqual([]);
    expect(runRule(refResolves, { units: CLEAN, config: { people: PEOPLE, roles: { sponsor: 'carla', coaches: ['dan'] } } })).toEqual([]);
  });

  it('reports an alignsTo that resolves to nothing, with a suggestion', () => {
    const found = runRule(refResolves, {
      units: team(yaml`
        cycle: 2026-Q4
        unit: team
        level: team
        parent: engineering
        objectives:
          - id: O1
            title: Go
            alignsTo: [engineering/O1, enginering/O1/KR2, sales/O9]
            keyResults: [{ id: KR1, title: a, lead: bob }]
      `),
    });
    expect(found).toEqual([
      {
        rule: 'ref-resolves', severity: 'error', file: 'okrs/2026-Q4/team.yaml', path: ['objectives', 0, 'alignsTo', 1],
        message: "alignsTo 'enginering/O1/KR2' is not an objective or key result of cycle '2026-Q4'; did you mean 'engineering/O1/KR2'?",
      },
      {
        rule: 'ref-resolves', severity: 'error', file: 'okrs/2026-Q4/team.yaml', path: ['objectives', 0, 'alignsTo', 2],
        message: "alignsTo 'sales/O9' is not an objective or key result of cycle '2026-Q4'.",
      },
    ]);
  });

  it('reports an objective aligned to its own unit, at a single-string alignsTo', () => {
    const found = runRule(refResolves, {
      units: cleanWith({ platform: CLEAN.platform.replace('alignsTo: [engineering/O1, company/O1]', 'alignsTo: platform/O1/KR2') }),
    });
    expect(found.map((f) => [f.file, f.path, f.message])).toEqual([
      ['okrs/2026-Q4/platform.yaml', ['objectives', 0, 'alignsTo'], "Objective 'O1' aligns to 'platform/O1/KR2' of its own unit; align to the goals of another unit."],
    ]);
  });

  it('reports a missing or unknown parent, and a parent on a company unit', () => {
    const found = runRule(refResolves, {
      units: {
        company: CLEAN.company.replace('level: company', 'level: company\nparent: holding'),
        engineering: CLEAN.engineering.replace('parent: company\n', ''),
        platform: CLEAN.platform.replace('parent: engineering', 'parent: enginering'),
      },
    });
    expect(found.map((f) => [f.file, f.path, f.message])).toEqual([
      ['okrs/2026-Q4/company.yaml', ['parent'], "A company unit has no parent, but 'holding' is given."],
      ['okrs/2026-Q4/engineering.yaml', ['level'], 'A department unit needs a parent: add `parent` with the id of the unit it belongs to.'],
      ['okrs/2026-Q4/platform.yaml', ['parent'], "parent 'enginering' is not a unit of cycle '2026-Q4'; did you mean 'engineering'?"],
    ]);
  });

  it('reports unknown people in units and in the config roles when a registry exists', () => {
    const found = runRule(refResolves, {
      units: cleanWith({ platform: CLEAN.platform.replace('lead: bob\nobjectives', 'lead: bobb\nmembers: [alice, zed]\nobjectives').replace('{ id: KR2, title: Keep uptime above 99.9 percent, lead: bob,', '{ id: KR2, title: Keep uptime above 99.9 percent, lead: alcie, contributors: [dna],') }),
      config: { people: PEOPLE, roles: { sponsor: 'carl', coaches: ['alice', 'fay'] } },
    });
    expect(found.map((f) => [f.file, f.path, f.message])).toEqual([
      ['okrs/2026-Q4/platform.yaml', ['lead'], "Unit lead 'bobb' is not in the people registry; did you mean 'bob'?"],
      ['okrs/2026-Q4/platform.yaml', ['members', 1], "Member 'zed' is not in the people registry."],
      ['okrs/2026-Q4/platform.yaml', ['objectives', 0, 'keyResults', 1, 'lead'], "Key-result lead 'alcie' is not in the people registry; did you mean 'alice'?"],
      ['okrs/2026-Q4/platform.yaml', ['objectives', 0, 'keyResults', 1, 'contributors', 0], "Contributor 'dna' is not in the people registry; did you mean 'dan'?"],
      ['okr.config.yaml', ['roles', 'sponsor'], "Sponsor 'carl' is not in the people registry; did you mean 'carla'?"],
      ['okr.config.yaml', ['roles', 'coaches', 1], "Coach 'fay' is not in the people registry."],
    ]);
  });

  it('does not check people without a registry', () => {
    const units = { platform: CLEAN.platform.replace('lead: bob\nobjectives', 'lead: nobody\nobjectives') };
    expect(runRule(refResolves, { units: { ...CLEAN, ...units }, config: { roles: { sponsor: 'whoever' } } })).toEqual([]);
  });

  it('leaves a team named as key-result lead to kr-has-lead', () => {
    const units = cleanWith({ platform: CLEAN.platform.replace('{ id: KR1, title: Cut median deploy time from 40 to 10 minutes, lead: bob,', '{ id: KR1, title: Cut median deploy time from 40 to 10 minutes, lead: engineering,') });
    expect(runRule(refResolves, { units, config: { people: PEOPLE } })).toEqual([]);
  });
});
