import { describe, expect, it } from 'vitest';
import { activityIn, krMeasurable } from '../../src/rules/kr-measurable.js';
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

describe('kr-measurable', () => {
  it('lets outcome key results through', () => {
    expect(runRule(krMeasurable, { units: CLEAN })).toEqual([]);
    expect(runRule(krMeasurable, {
      units: withKeyResults(
        '{ id: KR1, title: Reduce support calls from 500 to 200 a week, lead: bob, start: 500, target: 200 }',
        '{ id: KR2, title: Ship features that lift activation from 20 to 35 percent, lead: bob, start: 20, target: 35 }',
      ),
    })).toEqual([]);
  });

  it('reports a metric key result without a start', () => {
    expect(runRule(krMeasurable, { units: withKeyResults('{ id: KR1, title: Reach 50 NPS, lead: bob, target: 50 }') })).toEqual([{
      rule: 'kr-measurable', severity: 'warning', file: 'okrs/2026-Q4/team.yaml', path: ['objectives', 0, 'keyResults', 0],
      message: "Metric key result 'KR1' has no start; without a baseline its progress cannot be measured.",
    }]);
  });

  it('reports an activity with nothing to show its impact', () => {
    const found = runRule(krMeasurable, {
      units: withKeyResults(
        '{ id: KR1, title: Hold 10 customer calls, lead: bob, type: binary }',
        '{ id: KR2, title: Launch 3 new features, lead: bob, start: 0, target: 3 }',
      ),
    });
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [['objectives', 0, 'keyResults', 0, 'title'], "Key result 'KR1' names an activity ('hold … calls'); measure the outcome the work should bring."],
      [['objectives', 0, 'keyResults', 1, 'title'], "Key result 'KR2' names an activity ('launch … features'); measure the outcome the work should bring."],
    ]);
  });

  it('recognises activities by verb then noun', () => {
    expect(activityIn('Send weekly e-mails to every customer')).toEqual(['send', 'e-mails']);
    expect(activityIn('Cut meetings per week from 12 to 6')).toBeUndefined();
  });
});
