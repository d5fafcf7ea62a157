import { describe, expect, it } from 'vitest';
import { krHasLead } from '../../src/rules/kr-has-lead.js';
import { CLEAN, cleanWith, PEOPLE, runRule, yaml } from './harness.js';

const units = cleanWith({
  team: yaml`
    cycle: 2026-Q4
    unit: team
    level: team
    parent: engineering
    objectives:
      - id: O1
        title: Go
        alignsTo: engineering/O1
        keyResults:
          - { id: KR1, title: a }
          - { id: KR2, title: b, lead: platform }
          - { id: KR3, title: c, lead: alice }
  `,
  // An individual unit named after its person: leading a KR as that person is fine.
  'okrs/2026-Q4/people/alice.yaml': yaml`
    cycle: 2026-Q4
    unit: alice
    level: individual
    parent: team
    objectives: []
  `,
});

describe('kr-has-lead', () => {
  it('lets key results led by people through', () => {
    expect(runRule(krHasLead, { units: CLEAN })).toEqual([]);
  });

  it('reports a key result without a lead and one led by a team', () => {
    expect(runRule(krHasLead, { units })).toEqual([
      {
        rule: 'kr-has-lead', severity: 'error', file: 'okrs/2026-Q4/team.yaml', path: ['objectives', 0, 'keyResults', 0],
        message: "Key result 'KR1' has no lead; name the one person who reports on it.",
      },
      {
        rule: 'kr-has-lead', severity: 'error', file: 'okrs/2026-Q4/team.yaml', path: ['objectives', 0, 'keyResults', 1, 'lead'],
        message: "Key result lead 'platform' is a team unit; a team cannot lead a key result, name one person.",
      },
    ]);
  });

  it('trusts the people registry over a unit of the same name', () => {
    const found = runRule(krHasLead, { units, config: { people: { ...PEOPLE, platform: {} } } });
    expect(found.map((f) => f.path)).toEqual([['objectives', 0, 'keyResults', 0]]);
  });
});
