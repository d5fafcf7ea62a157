import { describe, expect, it } from 'vitest';
import { findUnit, planRetro } from '../../src/retro/fill.js';
import { formatRetroMessage } from '../../src/retro/message.js';
import { cascadeOf, kr, objective, unitDoc } from '../score/helpers.js';

const cascade = cascadeOf(
  unitDoc('company', 'company', [objective('O1', [kr('KR1', { lead: 'ann', done: true })])]),
  unitDoc('platform', 'team', [
    objective('O1', [
      kr('KR1', { lead: 'bob', start: 40, target: 10, current: 22, score: 0.5, learning: 'Old news', decision: 'keep' }),
      kr('KR2', { lead: 'bob', done: false, status: 'dropped' }),
    ]),
  ], { retro: { learnings: 'Before' } }),
);
const platform = cascade.units.get('platform')!;
const company = cascade.units.get('company')!;
const base = ['objectives', 0, 'keyResults', 0];

describe('planRetro', () => {
  it('edits only the values that change, by full or unit-relative reference', () => {
    const planned = planRetro(platform, {
      keyResults: [{ ref: 'O1/KR1', score: 0.6, learning: '  Staging was the bottleneck ', decision: 'keep' }],
      learnings: 'Measure per stage',
    });
    expect(planned.file).toBe('okrs/2026-Q1/platform.yaml');
    expect(planned.edits).toEqual([
      { path: [...base, 'score'], value: 0.6 },
      { path: [...base, 'learning'], value: 'Staging was the bottleneck' },
      { path: ['retro', 'learnings'], value: 'Measure per stage' },
    ]);
    expect(planned.keyResults).toEqual([{ ref: 'platform/O1/KR1', score: 0.6, previousScore: 0.5, learning: 'Staging was the bottleneck' }]);
    expect(planned.learnings).toBe('Measure per stage');
  });

  it('makes no edit for values already there', () => {
    const planned = planRetro(platform, { keyResults: [{ ref: 'platform/O1/KR1', score: 0.5, learning: 'Old news', decision: 'keep' }], learnings: 'Before' });
    expect(planned.edits).toEqual([]);
    expect(planned.keyResults).toEqual([]);
  });

  it('writes the unit\'s learnings into a file without a retro: section (the edit adds the section)', () => {
    expect(company.doc.retro).toBeUndefined();
    const planned = planRetro(company, { keyResults: [], learnings: ' Start earlier ' });
    expect(planned.edits).toEqual([{ path: ['retro', 'learnings'], value: 'Start earlier' }]);
    expect(planned.learnings).toBe('Start earlier');
  });

  it('refuses what does not fit, with the fix', () => {
    const refuse = (entries: Parameters<typeof planRetro>[1], unit = platform) => () => planRetro(unit, entries);
    expect(refuse({ keyResults: [{ ref: 'O1/KR1', score: 1.2 }] })).toThrow('a score is between 0 and 1, not 1.2');
    expect(refuse({ keyResults: [{ ref: 'O1/KR2', score: 0.2 }] })).toThrow('platform/O1/KR2 is dropped');
    expect(refuse({ keyResults: [{ ref: 'O1/KR2', decision: 'remove', learning: 'Paused' }] })).not.toThrow();
    expect(refuse({ keyResults: [{ ref: 'company/O1/KR1', learning: 'x' }] })).toThrow('company/O1/KR1 is not a key result of platform; fill in its own unit with okr retro company');
    expect(refuse({ keyResults: [{ ref: 'O1/KR3', learning: 'x' }] })).toThrow("platform has no key result 'O1/KR3' (did you mean 'platform/O1/KR1'?)");
    expect(refuse({ keyResults: [{ ref: 'O1/KR1', learning: '  ' }] })).toThrow('--learning needs some text');
    expect(() => findUnit(cascade, 'platfrom')).toThrow("no unit 'platfrom' in this cycle (did you mean 'platform'?)");
  });
});

describe('formatRetroMessage', () => {
  it('names the unit, the cycle and what was recorded, with every value in the body', () => {
    const one = planRetro(platform, { keyResults: [{ ref: 'O1/KR1', score: 0.6, decision: 'modify', learning: 'Staging\nwas slow' }] });
    expect(formatRetroMessage(one, '2026-Q1')).toBe(
      'okr: retro of platform (2026-Q1): O1/KR1 score 0.6, decision modify, learning\n\n'
      + 'platform/O1/KR1\n  score: 0.5 → 0.6\n  decision: modify\n  learning: Staging was slow\n');
    const unitOnly = planRetro(platform, { keyResults: [], learnings: 'Measure per stage' });
    expect(formatRetroMessage(unitOnly, '2026-Q1')).toBe('okr: retro of platform (2026-Q1): learnings\n\nplatform learnings:\n  Measure per stage\n');
    const both = planRetro(platform, { keyResults: [{ ref: 'O1/KR1', decision: 'remove' }, { ref: 'O1/KR2', learning: 'Paused' }], learnings: 'More' });
    expect(formatRetroMessage(both, '2026-Q1').split('\n')[0]).toBe("okr: retro of platform (2026-Q1): 2 key results and the unit's learnings");
  });
});
