import { describe, expect, it } from 'vitest';
import { askRetro } from '../../src/retro/ask.js';
import { scoreCycle } from '../../src/score/index.js';
import type { Prompter, SelectQuestion, TextQuestion } from '../../src/terminal/prompts.js';
import { cascadeOf, cycle, kr, makeConfig, objective, unitDoc } from '../score/helpers.js';

/** Answers questions from a script; an undefined answer presses Enter on the default. */
function scripted(answers: (string | null | undefined)[]) {
  const asked: { message: string; default?: unknown }[] = [];
  const prompter: Prompter = {
    async text(question: TextQuestion) {
      asked.push({ message: question.message, default: question.default });
      const answer = answers.shift();
      return answer === undefined ? question.default ?? '' : answer ?? '';
    },
    async select<T>(question: SelectQuestion<T>) {
      asked.push({ message: question.message, default: question.default });
      const answer = answers.shift();
      return (answer === undefined ? question.default : answer) as T;
    },
  };
  return { prompter, asked };
}

const unit = unitDoc('platform', 'team', [
  objective('O1', [
    kr('KR1', { lead: 'bob', start: 0, target: 3, current: 1 }),
    kr('KR2', { lead: 'bob', done: false, score: 0.4, learning: 'Kept', decision: 'keep' }),
    kr('KR3', { lead: 'bob', done: false, status: 'dropped' }),
  ]),
], { retro: {} });

async function ask(answers: (string | null | undefined)[], doc = unit) {
  const cascade = cascadeOf(doc);
  const scored = scoreCycle(cascade, makeConfig(), cycle, { asOf: cycle.end });
  const { prompter, asked } = scripted(answers);
  let shown = '';
  const entries = await askRetro(cascade.units.get('platform')!, scored.keyResults, prompter, (text) => { shown += text; });
  return { entries, asked, shown };
}

describe('askRetro', () => {
  it('walks the key results, then the unit, starting from what the file says', async () => {
    const { entries, asked, shown } = await ask([
      '0.5', 'Slow start', 'modify', // KR1
      undefined, undefined, undefined, // KR2: Enter keeps score 0.4, its learning and its decision
      'Paused for Q2', 'remove', // KR3 (dropped: no score asked)
      'Start earlier',
    ]);
    expect(asked.map((q) => [q.message.split(' (')[0], q.default])).toEqual([
      ['Final score', '0.33'], ['Learning', undefined], ['Next cycle', null],
      ['Final score', '0.4'], ['Learning', 'Kept'], ['Next cycle', 'keep'],
      ['Learning', undefined], ['Next cycle', null],
      ['Learnings of platform this cycle', undefined],
    ]);
    expect(entries).toEqual({
      keyResults: [
        { ref: 'platform/O1/KR1', score: 0.5, learning: 'Slow start', decision: 'modify' },
        { ref: 'platform/O1/KR2', learning: 'Kept', decision: 'keep' },
        { ref: 'platform/O1/KR3', learning: 'Paused for Q2', decision: 'remove' },
      ],
      learnings: 'Start earlier',
    });
    expect(shown).toContain('platform/O1/KR1  KR1\n  lead bob · metric · aspirational\n  from 0 to 3, last 1\n  score 0.33 · red');
    expect(shown).toContain('score 0.40 (by hand; computed 0.00) · yellow');
  });

  it('writes no score when the computed one is kept, and skips what is left empty', async () => {
    const { entries } = await ask([undefined, '', null, undefined, undefined, undefined, '', null, '']);
    expect(entries.keyResults[0]).toEqual({ ref: 'platform/O1/KR1' });
    expect(entries.learnings).toBeUndefined();
  });

  it('asks the unit\'s learnings also when the file has no retro section yet', async () => {
    const { entries, asked, shown } = await ask([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 'Start earlier'], { ...unit, retro: undefined });
    expect(asked.at(-1)).toEqual({ message: 'Learnings of platform this cycle', default: undefined });
    expect(entries.learnings).toBe('Start earlier');
    expect(shown).not.toContain('not asked');
  });
});
