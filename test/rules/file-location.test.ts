import { describe, expect, it } from 'vitest';
import { fileLocation } from '../../src/rules/file-location.js';
import { CLEAN, runRule } from './harness.js';

describe('file-location', () => {
  it('lets files in their place through, including subfolders', () => {
    expect(runRule(fileLocation, { units: { ...CLEAN, 'okrs/2026-Q4/people/alice.yaml': CLEAN.platform.replace('unit: platform', 'unit: alice') } })).toEqual([]);
  });

  it('reports a cycle that does not match the folder', () => {
    const found = runRule(fileLocation, { units: { platform: CLEAN.platform.replace('cycle: 2026-Q4', 'cycle: 2026-Q3') } });
    expect(found).toEqual([{
      rule: 'file-location', severity: 'error', file: 'okrs/2026-Q4/platform.yaml', path: ['cycle'],
      message: "cycle '2026-Q3' does not match the folder '2026-Q4' the file is in.",
    }]);
  });

  it('reports a unit that does not match the file stem', () => {
    const found = runRule(fileLocation, { units: { platfrom: CLEAN.platform } });
    expect(found).toEqual([{
      rule: 'file-location', severity: 'error', file: 'okrs/2026-Q4/platfrom.yaml', path: ['unit'],
      message: "unit 'platform' does not match the file name 'platfrom'; rename one of them.",
    }]);
  });

  it('reports a file of another cycle than the one validated', () => {
    const found = runRule(fileLocation, {
      units: { 'okrs/2027-Q1/platform.yaml': CLEAN.platform.replace('cycle: 2026-Q4', 'cycle: 2027-Q1') },
    });
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [['cycle'], "cycle '2027-Q1' is not the cycle being validated ('2026-Q4')."],
    ]);
  });
});
