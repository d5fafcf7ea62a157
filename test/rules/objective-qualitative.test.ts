import { describe, expect, it } from 'vitest';
import { numbersIn, objectiveQualitative } from '../../src/rules/objective-qualitative.js';
import { CLEAN, cleanWith, runRule } from './harness.js';

const withTitle = (title: string): Record<string, string> =>
  cleanWith({ platform: CLEAN.platform.replace('title: Make deploys boring', `title: ${title}`) });

describe('objective-qualitative', () => {
  it('lets qualitative titles through, years and names with digits included', () => {
    expect(runRule(objectiveQualitative, { units: CLEAN })).toEqual([]);
    for (const title of ['Own the B2B market in 2026', 'Win Q4 for our H2 plan', 'Be the #1 choice for 3D printing', 'Offer 24/7 support']) {
      expect(runRule(objectiveQualitative, { units: withTitle(title) }), title).toEqual([]);
    }
  });

  it('reports a number in the title', () => {
    expect(runRule(objectiveQualitative, { units: withTitle('Grow revenue 20% in 2026') })).toEqual([{
      rule: 'objective-qualitative', severity: 'warning', file: 'okrs/2026-Q4/platform.yaml', path: ['objectives', 0, 'title'],
      message: "Objective 'O1' has a number in its title ('20%'); keep the objective qualitative and move the number into a key result.",
    }]);
    expect(numbersIn('Reach $5M ARR and 1,000 customers, 10x faster')).toEqual(['$5M', '1,000', '10x']);
  });

  it('reports a title past the word limit, which is an option', () => {
    const title = 'Make our deploys so boring and so safe that every engineer ships on a Friday afternoon without fear or doubt';
    const found = runRule(objectiveQualitative, { units: withTitle(title) });
    expect(found.map((f) => [f.path, f.message])).toEqual([
      [['objectives', 0, 'title'], "Objective 'O1' has a title of 20 words, more than 18; say it in one short line."],
    ]);
    expect(runRule(objectiveQualitative, { units: withTitle(title), options: { maxWords: 25 } })).toEqual([]);
  });
});
