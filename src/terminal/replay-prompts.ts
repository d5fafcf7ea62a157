// Answers given once, given again. A command that asks questions (`okr new`) asks them before
// the repository lock is taken, then plans once more under the lock, from the files as they
// are then, with the same answers: the lock is never held while a person thinks. Should the
// questions differ the second time (the files changed meanwhile so that the flow is not the
// same), the command stops rather than guess what the answer would have been.

import { UsageError } from '../errors.js';
import type { Prompter } from './prompts.js';

export interface RecordedAnswer {
  message: string;
  answer: unknown;
}

export function recordingPrompter(prompter: Prompter): { prompter: Prompter; answers: RecordedAnswer[] } {
  const answers: RecordedAnswer[] = [];
  return {
    answers,
    prompter: {
      async text(question) {
        const answer = await prompter.text(question);
        answers.push({ message: question.message, answer });
        return answer;
      },
      async select(question) {
        const answer = await prompter.select(question);
        answers.push({ message: question.message, answer });
        return answer;
      },
    },
  };
}

export function replayPrompter(answers: RecordedAnswer[]): Prompter {
  let next = 0;
  const take = (message: string): unknown => {
    const recorded = answers[next++];
    if (recorded === undefined || recorded.message !== message) {
      throw new UsageError('the OKR files changed while you answered, so the questions are no longer the same; nothing written (run the command again)');
    }
    return recorded.answer;
  };
  return {
    async text(question) {
      return take(question.message) as string;
    },
    async select(question) {
      const answer = take(question.message);
      if (!question.choices.some((choice) => choice.value === answer)) {
        throw new UsageError('the OKR files changed while you answered, so your choice is no longer offered; nothing written (run the command again)');
      }
      return answer as typeof question.choices[number]['value'];
    },
  };
}
