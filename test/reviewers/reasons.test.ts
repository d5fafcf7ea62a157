import { describe, expect, it } from 'vitest';
import { buildCascade } from '../../src/graph/cascade.js';
import { reviewReasons } from '../../src/reviewers/reasons.js';
import { loadUnits, yaml } from '../rules/harness.js';

const unit = (id: string, lead: string, align = '', current = 1) => yaml`
  cycle: 2026-Q4
  unit: ${id}
  level: team
  lead: ${lead}
  objectives:
    - id: O1
      title: T
      ${align ? `alignsTo: [${align}]` : 'standalone: why'}
      keyResults:
        - { id: KR1, title: K, lead: ${lead}, start: 0, target: 10, current: ${current} }
    - id: O2
      title: U
      keyResults:
        - { id: KR1, title: K, lead: ${lead}, done: false }
`;

const cascade = (units: Record<string, string>) => buildCascade(loadUnits(units));

describe('reviewReasons', () => {
  it('a change of lead needs both the outgoing and the incoming lead', () => {
    const people = reviewReasons('2026-Q4', cascade({ a: unit('a', 'ann') }), cascade({ a: unit('a', 'bob') })).map((r) => r.person);
    expect(people).toEqual(['ann', 'bob']);
  });

  it("aligning to one's own unit concerns no one new", () => {
    const reasons = reviewReasons('2026-Q4', cascade({ a: unit('a', 'ann') }), cascade({ a: unit('a', 'ann', 'a/O2') }));
    expect(reasons.map((r) => r.reason.kind)).toEqual(['unit-changed']);
  });

  it('an alignment that was already there is not news to its target', () => {
    const before = cascade({ a: unit('a', 'ann', 'b/O1'), b: unit('b', 'bob') });
    const after = cascade({ a: unit('a', 'ann', 'b/O1', 5), b: unit('b', 'bob') });
    expect(reviewReasons('2026-Q4', before, after).map((r) => r.person)).toEqual(['ann']);
  });

  it('an alignment to nothing (a typo) names no one: okr validate reports it', () => {
    const reasons = reviewReasons('2026-Q4', cascade({ a: unit('a', 'ann') }), cascade({ a: unit('a', 'ann', 'zz/O9') }));
    expect(reasons.map((r) => r.person)).toEqual(['ann']);
  });
});

describe('reviewReasons with files that do not load', () => {
  it('a unit whose file broke is changed, not removed', () => {
    const reasons = reviewReasons('2026-Q4', cascade({ a: unit('a', 'ann') }), cascade({}), { after: new Set(['a']) });
    expect(reasons).toEqual([{ person: 'ann', reason: { kind: 'unit-changed', cycle: '2026-Q4', unit: 'a', file: 'okrs/2026-Q4/a.yaml', change: 'changed' } }]);
  });

  it('a unit whose file was broken and now loads is changed, not added', () => {
    const reasons = reviewReasons('2026-Q4', cascade({}), cascade({ a: unit('a', 'ann') }), { before: new Set(['a']) });
    expect(reasons.map((r) => r.reason.kind === 'unit-changed' && r.reason.change)).toEqual(['changed']);
  });
});
