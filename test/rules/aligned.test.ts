import { describe, expect, it } from 'vitest';
import { aligned } from '../../src/rules/aligned.js';
import { CLEAN, cleanWith, runRule } from './harness.js';

describe('aligned', () => {
  it('lets aligned, stand-alone and company objectives through', () => {
    expect(runRule(aligned, { units: CLEAN })).toEqual([]);
    const standalone = CLEAN.platform.replace('alignsTo: [engineering/O1, company/O1]', 'standalone: Tech debt no company goal covers');
    expect(runRule(aligned, { units: cleanWith({ platform: standalone }) })).toEqual([]);
  });

  it('reports a team objective that aligns to nothing', () => {
    const units = cleanWith({ platform: CLEAN.platform.replace('    alignsTo: [engineering/O1, company/O1]\n', '') });
    expect(runRule(aligned, { units })).toEqual([{
      rule: 'aligned', severity: 'warning', file: 'okrs/2026-Q4/platform.yaml', path: ['objectives', 0],
      message: "Objective 'O1' of team unit 'platform' aligns to nothing; add `alignsTo` or a `standalone` reason.",
    }]);
  });
});
