// The asker with a scripted Prompter (okr's own interface): what is asked, what is not, and
// what a missing flag does without a terminal.

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { askPerson, makeAsker } from '../../src/new/ask.js';
import type { Prompter, SelectQuestion, TextQuestion } from '../../src/terminal/prompts.js';

function scripted(answers: string[]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async text(question: TextQuestion) {
      asked.push(question.message);
      return answers.shift() ?? '';
    },
    async select<T>(question: SelectQuestion<T>) {
      asked.push(question.message);
      return answers.shift() as T;
    },
  };
}

describe('makeAsker', () => {
  it('uses a flag without asking, after checking it', async () => {
    const prompter = scripted([]);
    const ask = makeAsker(prompter);
    expect(await ask.text('title', 'Hello', { message: 'Title' })).toBe('Hello');
    await expect(ask.number('target', 40, { message: 'Target', check: (n) => (n === 40 ? { error: 'the same as start' } : {}) }))
      .rejects.toThrow('--target 40: the same as start');
    expect(prompter.asked).toEqual([]);
  });

  it('asks on a terminal for what is missing; an empty optional answer is no answer', async () => {
    const prompter = scripted(['', '12', 'team']);
    const ask = makeAsker(prompter);
    expect(await ask.text('name', undefined, { message: 'Name' })).toBeUndefined();
    expect(await ask.number('start', undefined, { message: 'Start', required: true })).toBe(12);
    expect(await ask.select('level', undefined, { message: 'Level', choices: [{ value: 'team', name: 'team' }] })).toBe('team');
    expect(prompter.asked).toEqual(['Name', 'Start', 'Level']);
  });

  it('without a terminal: a missing required answer names its flag; defaults and optional ones pass', async () => {
    const ask = makeAsker(undefined);
    await expect(ask.text('title', undefined, { message: 'Title', required: true })).rejects.toThrow(new UsageError('missing --title (there is no terminal to ask on)'));
    await expect(ask.select('alignsTo', undefined, { message: 'x', choices: [] })).rejects.toThrow('missing --aligns-to');
    expect(await ask.select('type', undefined, { message: 'Type', choices: [{ value: 'a', name: 'a' }], default: 'a' })).toBe('a');
    expect(await ask.number('commit', undefined, { message: 'Commit' })).toBeUndefined();
    // A required answer's default only places a person's cursor; a script must say it.
    await expect(ask.select('lead', undefined, { message: 'Lead', choices: [{ value: 'a', name: 'a' }], default: 'a', required: true }))
      .rejects.toThrow('missing --lead');
  });

  it('a select flag must be one of the choices unless the list is open', async () => {
    const ask = makeAsker(undefined);
    const choices = [{ value: 'company', name: 'company' }, { value: 'team', name: 'team' }];
    await expect(ask.select('level', 'tema', { message: 'Level', choices })).rejects.toThrow('--level tema: expected one of company, team');
    expect(await ask.select('parent', 'nowhere', { message: 'Parent', choices, open: true })).toBe('nowhere');
  });

  it('asks a person from the registry when there is one, else as a typed id', async () => {
    const texts: string[] = [];
    const prompter = scripted(['alice', 'bob']);
    const ask = makeAsker({ ...prompter, text: (question) => (texts.push(question.message), prompter.text(question)) });
    expect(await askPerson(ask, 'lead', undefined, [{ value: 'alice', name: 'alice  Alice' }], { message: 'Lead', required: true })).toBe('alice');
    expect(texts).toEqual([]);
    expect(await askPerson(ask, 'lead', undefined, undefined, { message: 'Lead', required: true })).toBe('bob');
    expect(texts).toEqual(['Lead']);
    await expect(askPerson(makeAsker(undefined), 'lead', 'Bob', undefined, { message: 'Lead' })).rejects.toThrow('--lead Bob: a person id is a lowercase slug');
  });
});
