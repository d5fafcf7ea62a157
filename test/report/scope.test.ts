// --unit: a unit and the units below it in the org chart, in org-chart order, and the report
// restricted to them: counts, alignment, overall, cascade.

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { reportCascade } from '../../src/report/cascade.js';
import { orgChartOrder, unitsInScope } from '../../src/report/scope.js';
import { scoreCycle } from '../../src/score/score-cycle.js';
import type { CascadeNode } from '../../src/report/model.js';
import { cascadeOf, kr, makeConfig, objective, reportOf, unitDoc, cycle } from './helpers.js';

const metric = (id: string, current: number) => kr(id, { start: 0, target: 10, current });

// Files in an order unlike the org chart: a team before its department.
const docs = [
  unitDoc('platform', 'team', [objective('O1', [metric('KR1', 2)], { alignsTo: 'engineering/O1/KR1' })], { parent: 'engineering' }),
  unitDoc('company', 'company', [objective('O1', [metric('KR1', 8), metric('KR2', 6)])]),
  unitDoc('sales', 'department', [objective('O1', [metric('KR1', 0)], { alignsTo: 'company/O1/KR2' })]),
  unitDoc('engineering', 'department', [
    objective('O1', [metric('KR1', 6)], { alignsTo: 'company/O1/KR1' }),
    objective('O2', [metric('KR1', 0)]),
  ]),
  unitDoc('bob', 'individual', [
    objective('O1', [metric('KR1', 10)], { alignsTo: 'platform/O1' }),
    objective('O2', [metric('KR1', 10)], { alignsTo: 'sales/O1' }),
  ], { parent: 'platform' }),
];

describe('org chart order', () => {
  it('puts parents before children, siblings in file order', () => {
    expect(orgChartOrder(cascadeOf(...docs)).map((u) => u.id)).toEqual(['company', 'sales', 'engineering', 'platform', 'bob']);
  });

  it('keeps units whose parent is missing, and units in a loop of parents', () => {
    const cascade = cascadeOf(
      unitDoc('company', 'company', []),
      unitDoc('lost', 'team', [], { parent: 'nowhere' }),
      unitDoc('a', 'team', [], { parent: 'b' }),
      unitDoc('b', 'team', [], { parent: 'a' }),
    );
    expect(orgChartOrder(cascade).map((u) => u.id)).toEqual(['company', 'lost', 'a', 'b']);
  });
});

describe('units in scope', () => {
  const cascade = cascadeOf(...docs);

  it('is every unit without --unit, and the unit and those below it with', () => {
    expect(unitsInScope(cascade, undefined)).toHaveLength(5);
    expect(unitsInScope(cascade, 'engineering').map((u) => u.id)).toEqual(['engineering', 'platform', 'bob']);
    expect(unitsInScope(cascade, 'bob').map((u) => u.id)).toEqual(['bob']);
  });

  it('refuses a unit that is not in the cycle, with a suggestion', () => {
    expect(() => unitsInScope(cascade, 'enginering')).toThrow(UsageError);
    expect(() => unitsInScope(cascade, 'enginering')).toThrow("--unit: no unit 'enginering' in this cycle (did you mean 'engineering'?)");
  });
});

describe('a report of one subtree', () => {
  const { report } = reportOf({ docs, asOf: '2026-02-20', unit: 'engineering' });

  it('covers only the subtree, and says so', () => {
    expect(report.scope).toBe('engineering');
    expect(report.units.map((u) => u.id)).toEqual(['engineering', 'platform', 'bob']);
    expect(report.counts).toMatchObject({ units: 3, objectives: 5, keyResults: 5 });
  });

  it('takes its overall score from the unit', () => {
    // engineering: (0.6 + 0) / 2
    expect(report.overall.score).toBeCloseTo(0.3, 12);
    expect(report.overall.grade).toBe('red');
  });

  it('counts alignment over its own objectives', () => {
    // engineering/O2 aligns to nothing; the other four do.
    expect(report.alignment).toEqual({ share: 0.8, aligned: 4, total: 5 });
  });

  it('keeps attention lists to the subtree', () => {
    const whole = reportOf({ docs, asOf: '2026-02-20' }).report;
    const first = (r: typeof report, kind: string) => r.attention.keyResults.filter((i) => i.reasons[0].kind === kind).map((i) => i.ref);
    expect(first(whole, 'off_track')).toEqual(['sales/O1/KR1', 'engineering/O2/KR1']);
    expect(first(report, 'off_track')).toEqual(['engineering/O2/KR1']);
    expect(first(report, 'at_risk')).toEqual(['platform/O1/KR1']);
  });
});

describe('the cascade of a subtree', () => {
  const cascade = cascadeOf(...docs);
  const scored = scoreCycle(cascade, makeConfig(), cycle, { asOf: '2026-02-20' });
  const refs = (nodes: CascadeNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.ref, refs(n.children)] : n.ref));

  it('is okr tree\'s tree for the whole cycle', () => {
    const roots = reportCascade(cascade, scored, null);
    expect(roots.map((r) => [r.ref, r.root])).toEqual([['company/O1', undefined], ['engineering/O2', 'unaligned']]);
  });

  it('starts at objectives that align outside the subtree, and leaves out units outside it', () => {
    const roots = reportCascade(cascade, scored, [cascade.units.get('engineering')!, cascade.units.get('platform')!, cascade.units.get('bob')!]);
    expect(refs(roots)).toEqual([
      ['engineering/O1', [['engineering/O1/KR1', [['platform/O1', ['platform/O1/KR1', ['bob/O1', ['bob/O1/KR1']]]]]]]],
      ['engineering/O2', ['engineering/O2/KR1']],
      // bob/O2 aligns to sales, outside the subtree: the top of its own branch here, not "unaligned".
      ['bob/O2', ['bob/O2/KR1']],
    ]);
    expect(roots.map((r) => r.root)).toEqual([undefined, 'unaligned', undefined]);
  });
});
