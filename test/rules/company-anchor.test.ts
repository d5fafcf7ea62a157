import { describe, expect, it } from 'vitest';
import { companyAnchor } from '../../src/rules/company-anchor.js';
import { CLEAN, runRule } from './harness.js';

const cycles = [
  { id: '2026-Q3', start: '2026-07-01', end: '2026-09-30' },
  { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31' },
];

describe('company-anchor', () => {
  it('lets a cycle with a company objective through, and an empty cycle', () => {
    expect(runRule(companyAnchor, { units: CLEAN })).toEqual([]);
    expect(runRule(companyAnchor, { units: {} })).toEqual([]);
  });

  it('reports a cycle whose company unit is missing or has no objective, in the config', () => {
    const expected = [{
      rule: 'company-anchor', severity: 'warning', file: 'okr.config.yaml', path: ['cycles', 1],
      message: "Cycle '2026-Q4' has no company objective to anchor the cascade; add a unit with `level: company` and at least one objective.",
    }];
    const { company: _company, ...withoutCompany } = CLEAN;
    expect(runRule(companyAnchor, { units: withoutCompany, config: { cycles } })).toEqual(expected);
    const empty = 'cycle: 2026-Q4\nunit: company\nlevel: company\nobjectives: []\n';
    expect(runRule(companyAnchor, { units: { ...CLEAN, company: empty }, config: { cycles } })).toEqual(expected);
  });
});
