import { describe, expect, it } from 'vitest';
import { metricLevels } from '../../src/rules/metric-levels.js';
import { CLEAN, cleanWith, runRule, yaml } from './harness.js';

function withKeyResults(...krs: string[]): Record<string, string> {
  return cleanWith({
    team: yaml`
      cycle: 2026-Q4
      unit: team
      level: team
      parent: engineering
      objectives:
        - id: O1
          title: Go
          alignsTo: engineering/O1
          keyResults:
    ` + krs.map((kr) => `      - ${kr}\n`).join(''),
  });
}

const FILE = 'okrs/2026-Q4/team.yaml';

describe('metric-levels', () => {
  it('lets ordered levels through, rising and falling', () => {
    expect(runRule(metricLevels, { units: CLEAN })).toEqual([]);
    expect(runRule(metricLevels, {
      units: withKeyResults(
        '{ id: KR1, title: a, lead: bob, start: 0, commit: 10, target: 20, stretch: 30 }',
        '{ id: KR2, title: b, lead: bob, type: maintain, min: 1, max: 2 }',
        '{ id: KR3, title: c, lead: bob, target: 5 }',
      ),
    })).toEqual([]);
  });

  it('reports a metric key result with no target', () => {
    const found = runRule(metricLevels, { units: withKeyResults('{ id: KR1, title: a, lead: bob, start: 3 }') });
    expect(found).toEqual([{
      rule: 'metric-levels', severity: 'error', file: FILE, path: ['objectives', 0, 'keyResults', 0],
      message: "Metric key result 'KR1' has no target.",
    }]);
  });

  it('reports start equal to target', () => {
    const found = runRule(metricLevels, { units: withKeyResults('{ id: KR1, title: a, lead: bob, start: 3, target: 3 }') });
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [['objectives', 0, 'keyResults', 0, 'target'], "Metric key result 'KR1' has target 3 equal to its start; it measures no change."],
    ]);
  });

  it('reports commit and stretch out of order along a falling metric', () => {
    const found = runRule(metricLevels, { units: withKeyResults('{ id: KR1, title: a, lead: bob, start: 40, target: 10, commit: 45, stretch: 12 }') });
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [['objectives', 0, 'keyResults', 0, 'commit'], 'commit 45 is not between start 40 and target 10.'],
      [['objectives', 0, 'keyResults', 0, 'stretch'], 'stretch 12 is not beyond target 10 (the metric falls from 40).'],
    ]);
  });

  it('reports a maintain key result without a band, or with an empty one', () => {
    const found = runRule(metricLevels, {
      units: withKeyResults(
        '{ id: KR1, title: a, lead: bob, type: maintain }',
        '{ id: KR2, title: b, lead: bob, min: 5, max: 4 }',
      ),
    });
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [['objectives', 0, 'keyResults', 0], "Maintain key result 'KR1' needs min or max to define its band."],
      [['objectives', 0, 'keyResults', 1, 'max'], 'max 4 is below min 5; the band is empty.'],
    ]);
  });
});
