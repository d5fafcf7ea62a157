import { describe, expect, it } from 'vitest';
import { alignUpward } from '../../src/rules/align-upward.js';
import { CLEAN, cleanWith, runRule } from './harness.js';

describe('align-upward', () => {
  it('lets alignment to higher levels through', () => {
    expect(runRule(alignUpward, { units: CLEAN })).toEqual([]);
  });

  it('reports alignment to the same or a lower level', () => {
    const units = cleanWith({
      engineering: CLEAN.engineering.replace('alignsTo: company/O1/KR1', 'alignsTo: platform/O1/KR1'),
      company: CLEAN.company.replace('  - id: O1\n    title: Delight our customers\n', '  - id: O1\n    title: Delight our customers\n    alignsTo: [company/O1, engineering/O1]\n'),
    });
    expect(runRule(alignUpward, { units })).toEqual([
      {
        rule: 'align-upward', severity: 'warning', file: 'okrs/2026-Q4/company.yaml', path: ['objectives', 0, 'alignsTo', 1],
        message: "alignsTo 'engineering/O1' points at department unit 'engineering', below this company unit; align to the goals of a higher level.",
      },
      {
        rule: 'align-upward', severity: 'warning', file: 'okrs/2026-Q4/engineering.yaml', path: ['objectives', 0, 'alignsTo'],
        message: "alignsTo 'platform/O1/KR1' points at team unit 'platform', below this department unit; align to the goals of a higher level.",
      },
    ]);
  });

  it('reports a peer', () => {
    const units = cleanWith({ 'okrs/2026-Q4/sre.yaml': CLEAN.platform.replace('unit: platform', 'unit: sre').replace('[engineering/O1, company/O1]', 'platform/O1') });
    expect(runRule(alignUpward, { units }).map((f) => [f.file, f.message])).toEqual([
      ['okrs/2026-Q4/sre.yaml', "alignsTo 'platform/O1' points at team unit 'platform', the same level as this team unit; align to the goals of a higher level."],
    ]);
  });
});
