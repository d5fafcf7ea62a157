// Planning one unit's file: edits keep every other byte (comments included), new objectives
// and key results are appended, and what import cannot say (removal) is refused.

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { markdownToWanted } from '../../src/interchange/markdown-unit.js';
import { PlanError, planNewUnit, planUnitUpdate } from '../../src/interchange/plan-unit.js';
import type { UnitDoc } from '../../src/model.js';

const FILE = `# Platform's OKRs: reviewed every Monday
cycle: 2026-Q4
unit: platform
level: team
parent: engineering
lead: alice   # since September
objectives:
  - id: O1
    title: Make deploys boring
    alignsTo: engineering/O1
    keyResults:
      - id: KR1
        title: Cut deploy time
        lead: bob
        contributors: [carol]
        start: 40
        target: 10
        current: 22   # measured on the 3rd
`;
const DOC = parse(FILE) as UnitDoc;

describe('planUnitUpdate', () => {
  it('changes values in place, appends key results and objectives, and keeps the comments', () => {
    const planned = planUnitUpdate('okrs/2026-Q4/platform.yaml', FILE, DOC, {
      cycle: '2026-Q4', unit: 'platform', fields: { lead: 'alice' },
      objectives: [
        { id: 'O1', fields: { alignsTo: ['engineering/O1'] }, keyResults: [
          { id: 'KR1', fields: { current: 25, contributors: ['carol', 'dave'] } },
          { id: 'KR2', fields: { title: 'Blue/green', lead: 'carol' } },
        ] },
        { id: 'O2', fields: { title: 'Fast recovery' }, keyResults: [{ id: 'KR1', fields: { title: 'MTTR under 30 minutes' } }] },
      ],
    });
    expect(planned.changes).toEqual([
      '~ O1/KR1 current: 22 → 25',
      '+ O1/KR1 contributors: "dave"',
      '+ key result O1/KR2: Blue/green',
      '+ objective O2: Fast recovery',
      '+ key result O2/KR1: MTTR under 30 minutes',
    ]);
    expect(planned.text).toContain("# Platform's OKRs: reviewed every Monday\n");
    expect(planned.text).toContain('lead: alice   # since September\n');
    expect(planned.text).toContain('current: 25   # measured on the 3rd\n');
    expect(planned.text).toContain('contributors: [carol, dave]\n');
    const after = parse(planned.text) as UnitDoc;
    expect(after.objectives.map((o) => o.keyResults.map((k) => k.id))).toEqual([['KR1', 'KR2'], ['KR1']]);
  });

  it('changes nothing when the import says what the file says', () => {
    const planned = planUnitUpdate('f.yaml', FILE, DOC, { cycle: '2026-Q4', unit: 'platform', fields: { level: 'team' }, objectives: [] });
    expect(planned).toMatchObject({ text: FILE, changes: [] });
  });

  it('refuses to drop list items: import never removes', () => {
    expect(() => planUnitUpdate('f.yaml', FILE, DOC, {
      cycle: '2026-Q4', unit: 'platform', fields: {},
      objectives: [{ id: 'O1', fields: { alignsTo: ['a/O1', 'b/O1'] }, keyResults: [] }],
    })).toThrow(PlanError);
  });
});

describe('planNewUnit', () => {
  it('writes the modeline and the document in the SPEC key order', () => {
    const planned = planNewUnit('okrs/2026-Q4/mobile.yaml', '# yaml-language-server: $schema=x.json', {
      cycle: '2026-Q4', unit: 'mobile', fields: { lead: 'eve', level: 'team', members: ['a', 'b'] },
      objectives: [{ id: 'O1', fields: { title: 'Ship' }, keyResults: [{ id: 'KR1', fields: { target: 5, title: 'Five releases', start: 0 } }] }],
    });
    expect(planned.text).toBe(`# yaml-language-server: $schema=x.json
cycle: 2026-Q4
unit: mobile
level: team
lead: eve
members: [a, b]
objectives:
  - id: O1
    title: Ship
    keyResults:
      - id: KR1
        title: Five releases
        start: 0
        target: 5
`);
  });
});

describe('markdownToWanted', () => {
  it('matches objectives and key results by title and numbers new ones after the existing ids', () => {
    const wanted = markdownToWanted(DOC, [
      { title: 'make deploys boring', line: 1, keyResults: [
        { title: 'Cut deploy time', grade: 0.7, line: 2 },
        { title: 'Cut build time from 20 to 5 minutes', owner: 'dave', line: 3 },
      ] },
      { title: 'Hire well', line: 4, keyResults: [] },
    ]);
    expect(wanted.objectives).toEqual([
      { id: 'O1', fields: {}, keyResults: [
        { id: 'KR1', fields: { score: 0.7 } },
        { id: 'KR2', fields: { title: 'Cut build time from 20 to 5 minutes', lead: 'dave', start: 20, target: 5 } },
      ] },
      { id: 'O2', fields: { title: 'Hire well' }, keyResults: [] },
    ]);
  });
});
