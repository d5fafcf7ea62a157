// reviewReasons for key results: the lead of every added, changed or removed key result, once
// (not again when they are asked as the unit's lead), and none for a unit that only failed to load.

import { describe, expect, it } from 'vitest';
import { buildCascade } from '../../src/graph/cascade.js';
import { reviewReasons } from '../../src/reviewers/reasons.js';
import { loadUnits, yaml } from '../rules/harness.js';

const unit = (krs: string) => yaml`
  cycle: 2026-Q4
  unit: a
  level: company
  lead: ann
  objectives:
    - id: O1
      title: T
      keyResults:
${krs}
`;

const kr = (id: string, lead: string, current = 1) => `        - { id: ${id}, title: K, lead: ${lead}, start: 0, target: 10, current: ${current} }`;
const cascade = (text: string) => buildCascade(loadUnits({ a: text }));
const who = (before: string, after: string) => reviewReasons('2026-Q4', cascade(before), cascade(after))
  .map(({ person, reason }) => `${person} ${reason.kind}${reason.kind === 'kr-changed' ? ` ${reason.ref} ${reason.change}` : ''}`);

describe('reviewReasons for key results', () => {
  it('asks the lead of a changed, an added and a removed key result', () => {
    expect(who(unit([kr('KR1', 'bob'), kr('KR2', 'cat')].join('\n')), unit([kr('KR1', 'bob', 5), kr('KR3', 'dan')].join('\n')))).toEqual([
      'ann unit-changed', 'bob kr-changed a/O1/KR1 changed', 'dan kr-changed a/O1/KR3 added', 'cat kr-changed a/O1/KR2 removed',
    ]);
  });

  it('does not ask the unit\'s lead twice for a key result they lead', () => {
    expect(who(unit(kr('KR1', 'ann')), unit(kr('KR1', 'ann', 5)))).toEqual(['ann unit-changed']);
  });

  it('names no key result of a unit whose file broke', () => {
    const reasons = reviewReasons('2026-Q4', cascade(unit(kr('KR1', 'bob'))), buildCascade([]), { after: new Set(['a']) });
    expect(reasons.map((r) => r.reason.kind)).toEqual(['unit-changed']);
  });
});
