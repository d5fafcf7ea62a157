import { describe, expect, it } from 'vitest';
import { objectiveHasKrs } from '../../src/rules/objective-has-krs.js';
import { CLEAN, cleanWith, runRule, yaml } from './harness.js';

function objective(id: string, krs: string[]): string {
  return `  - id: ${id}\n    title: Go\n    alignsTo: engineering/O1\n    keyResults:${krs.length ? '\n' + krs.map((kr) => `      - ${kr}\n`).join('') : ' []\n'}`;
}

const kr = (id: string, extra = ''): string => `{ id: ${id}, title: t, lead: bob${extra} }`;

const units = cleanWith({
  team: yaml`
    cycle: 2026-Q4
    unit: team
    level: team
    parent: engineering
    objectives:
  ` + [
    objective('O1', []),
    objective('O2', [kr('KR1'), kr('KR2', ', status: dropped')]),
    objective('O3', ['KR1', 'KR2', 'KR3', 'KR4', 'KR5', 'KR6'].map((id) => kr(id))),
    objective('O4', [kr('KR1'), kr('KR2')]),
  ].join(''),
});

describe('objective-has-krs', () => {
  it('lets two to five key results through', () => {
    expect(runRule(objectiveHasKrs, { units: CLEAN })).toEqual([]);
  });

  it('reports none as an error, one active or more than five as warnings', () => {
    expect(runRule(objectiveHasKrs, { units })).toEqual([
      {
        rule: 'objective-has-krs', severity: 'error', file: 'okrs/2026-Q4/team.yaml', path: ['objectives', 0, 'keyResults'],
        message: "Objective 'O1' has no active key result, so nothing measures it.",
      },
      {
        rule: 'objective-has-krs', severity: 'warning', file: 'okrs/2026-Q4/team.yaml', path: ['objectives', 1, 'keyResults'],
        message: "Objective 'O2' has a single active key result; add another so it is measured from more than one side.",
      },
      {
        rule: 'objective-has-krs', severity: 'warning', file: 'okrs/2026-Q4/team.yaml', path: ['objectives', 2, 'keyResults'],
        message: "Objective 'O3' has 6 active key results, more than 5; keep the few that matter most.",
      },
    ]);
  });

  it('honours the max option', () => {
    expect(runRule(objectiveHasKrs, { units, options: { max: 6 } }).map((f) => f.path[1])).toEqual([0, 1]);
  });
});
