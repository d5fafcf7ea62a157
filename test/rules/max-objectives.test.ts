import { describe, expect, it } from 'vitest';
import { maxObjectives } from '../../src/rules/max-objectives.js';
import { CLEAN, cleanWith, runRule } from './harness.js';

function unitWith(id: string, level: string, count: number): string {
  const objectives = Array.from({ length: count }, (_, i) => `  - { id: O${i + 1}, title: Go, keyResults: [] }\n`).join('');
  return `cycle: 2026-Q4\nunit: ${id}\nlevel: ${level}\n${level === 'company' ? '' : 'parent: company\n'}objectives:\n${objectives}`;
}

describe('max-objectives', () => {
  it('lets up to 5 company and 3 team objectives through', () => {
    expect(runRule(maxObjectives, { units: CLEAN })).toEqual([]);
    expect(runRule(maxObjectives, { units: { company: unitWith('company', 'company', 5), team: unitWith('team', 'team', 3) } })).toEqual([]);
  });

  it('reports the first objective past the limit of its level', () => {
    const found = runRule(maxObjectives, { units: cleanWith({ company: unitWith('company', 'company', 6), team: unitWith('team', 'team', 4) }) });
    expect(found).toEqual([
      {
        rule: 'max-objectives', severity: 'warning', file: 'okrs/2026-Q4/company.yaml', path: ['objectives', 5],
        message: "Unit 'company' has 6 objectives, more than 5 for a company unit; focus on the few that matter most.",
      },
      {
        rule: 'max-objectives', severity: 'warning', file: 'okrs/2026-Q4/team.yaml', path: ['objectives', 3],
        message: "Unit 'team' has 4 objectives, more than 3 for a team unit; focus on the few that matter most.",
      },
    ]);
  });

  it('takes `max` as the limit for every level, and per-level limits', () => {
    const units = { company: unitWith('company', 'company', 6), team: unitWith('team', 'team', 5) };
    expect(runRule(maxObjectives, { units, options: { max: 5 } }).map((f) => f.file)).toEqual(['okrs/2026-Q4/company.yaml']);
    expect(runRule(maxObjectives, { units, options: { team: 5, company: 6 } })).toEqual([]);
  });
});
