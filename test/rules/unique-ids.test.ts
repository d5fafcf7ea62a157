import { describe, expect, it } from 'vitest';
import { uniqueIds } from '../../src/rules/unique-ids.js';
import { CLEAN, cleanWith, runRule, yaml } from './harness.js';

describe('unique-ids', () => {
  it('lets unique ids through', () => {
    expect(runRule(uniqueIds, { units: CLEAN })).toEqual([]);
  });

  it('reports a unit id used by two files on the later one, naming the first', () => {
    const found = runRule(uniqueIds, {
      units: cleanWith({ 'okrs/2026-Q4/people/platform.yaml': CLEAN.platform }),
    });
    expect(found).toEqual([{
      rule: 'unique-ids', severity: 'error', file: 'okrs/2026-Q4/people/platform.yaml', path: ['unit'],
      message: "Unit id 'platform' is already used by okrs/2026-Q4/platform.yaml.",
    }]);
  });

  it('reports duplicate objective, key-result and health-metric ids on the second id', () => {
    const found = runRule(uniqueIds, {
      units: cleanWith({
        team: yaml`
          cycle: 2026-Q4
          unit: team
          level: team
          parent: engineering
          objectives:
            - id: O1
              title: One
              keyResults:
                - { id: KR1, title: a, lead: bob }
                - { id: KR2, title: b, lead: bob }
                - { id: KR1, title: c, lead: bob }
            - id: O1
              title: Two
              keyResults: []
          healthMetrics:
            - { id: H1, title: Uptime }
            - { id: H1, title: Latency }
        `,
      }),
    });
    expect(found.map((f) => [f.file, f.path, f.message])).toEqual([
      ['okrs/2026-Q4/team.yaml', ['objectives', 1, 'id'], "Objective id 'O1' is used twice in unit 'team' (first at objectives[0])."],
      ['okrs/2026-Q4/team.yaml', ['objectives', 0, 'keyResults', 2, 'id'], "Key result id 'KR1' is used twice in objective 'team/O1' (first at objectives[0].keyResults[0])."],
      ['okrs/2026-Q4/team.yaml', ['healthMetrics', 1, 'id'], "Health metric id 'H1' is used twice in unit 'team' (first at healthMetrics[0])."],
    ]);
  });

  it('allows the same key-result id in different objectives', () => {
    // CLEAN already has KR1 under several objectives and units.
    expect(runRule(uniqueIds, { units: CLEAN }).filter((f) => f.message.includes('KR1'))).toEqual([]);
  });
});
