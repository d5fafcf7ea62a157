import { describe, expect, it } from 'vitest';
import { noCycles } from '../../src/rules/no-cycles.js';
import { CLEAN, runRule, yaml } from './harness.js';

/** A team unit whose one objective aligns to `alignsTo`, with two key results. */
function unit(id: string, parent: string, alignsTo: string): string {
  return yaml`
    cycle: 2026-Q4
    unit: ${id}
    level: team
    parent: ${parent}
    objectives:
      - id: O1
        title: Go
        alignsTo: ${alignsTo}
        keyResults:
          - { id: KR1, title: a, lead: bob }
          - { id: KR2, title: b, lead: bob }
  `;
}

describe('no-cycles', () => {
  it('lets an acyclic cascade and org chart through', () => {
    expect(runRule(noCycles, { units: CLEAN })).toEqual([]);
  });

  it('reports an alignment cycle once, through key results, on the objective that closes it', () => {
    const found = runRule(noCycles, {
      units: {
        ...CLEAN,
        a: unit('a', 'engineering', '[b/O1/KR1, b/O1/KR2]'),
        b: unit('b', 'engineering', 'c/O1'),
        c: unit('c', 'engineering', '[a/O1/KR1, a/O1/KR2]'),
      },
    });
    expect(found).toEqual([{
      rule: 'no-cycles', severity: 'error', file: 'okrs/2026-Q4/c.yaml', path: ['objectives', 0, 'alignsTo', 0],
      message: 'Alignment cycle: c/O1 → a/O1 → b/O1 → c/O1.',
    }]);
  });

  it('reports an objective aligned to itself', () => {
    const found = runRule(noCycles, { units: { ...CLEAN, a: unit('a', 'engineering', '[company/O1, a/O1/KR1]') } });
    expect(found.map((f) => [f.file, f.path, f.message])).toEqual([
      ['okrs/2026-Q4/a.yaml', ['objectives', 0, 'alignsTo', 1], 'Alignment cycle: a/O1 → a/O1.'],
    ]);
  });

  it('reports an org chart cycle once, on its first member in file order', () => {
    const found = runRule(noCycles, {
      units: { ...CLEAN, x: unit('x', 'z', 'company/O1'), y: unit('y', 'x', 'company/O1'), z: unit('z', 'y', 'company/O1'), w: unit('w', 'x', 'company/O1') },
    });
    expect(found).toEqual([{
      rule: 'no-cycles', severity: 'error', file: 'okrs/2026-Q4/x.yaml', path: ['parent'],
      message: 'Org chart cycle: x → z → y → x.',
    }]);
  });

  it('reports a unit that is its own parent', () => {
    const found = runRule(noCycles, { units: { ...CLEAN, x: unit('x', 'x', 'company/O1') } });
    expect(found.map((f) => f.message)).toEqual(['Org chart cycle: x → x.']);
  });
});
