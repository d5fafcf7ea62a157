import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import type { Prompter } from '../../src/terminal/prompts.js';
import { recordingPrompter, replayPrompter } from '../../src/terminal/replay-prompts.js';

/** A person who answers from a script. */
function person(answers: unknown[]): Prompter {
  return {
    text: async () => answers.shift() as string,
    select: async () => answers.shift() as never,
  };
}

const choices = [{ value: 'metric', name: 'metric' }, { value: 'binary', name: 'binary' }];

describe('recordingPrompter / replayPrompter', () => {
  it('gives the same answers to the same questions, without asking anyone', async () => {
    const recording = recordingPrompter(person(['Ship it', 'binary']));
    expect(await recording.prompter.text({ message: 'Title' })).toBe('Ship it');
    expect(await recording.prompter.select({ message: 'Type', choices })).toBe('binary');
    const replay = replayPrompter(recording.answers);
    expect(await replay.text({ message: 'Title' })).toBe('Ship it');
    expect(await replay.select({ message: 'Type', choices })).toBe('binary');
  });

  it('stops when the questions differ, or an answer is no longer offered', async () => {
    const answers = [{ message: 'Title', answer: 'Ship it' }, { message: 'Type', answer: 'binary' }];
    await expect(replayPrompter(answers).text({ message: 'Unit id' })).rejects.toThrow(UsageError);
    const replay = replayPrompter(answers);
    await replay.text({ message: 'Title' });
    await expect(replay.select({ message: 'Type', choices: [choices[0]] })).rejects.toThrow('your choice is no longer offered');
    await expect(replay.text({ message: 'More' })).rejects.toThrow('the questions are no longer the same');
  });
});
