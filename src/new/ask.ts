// One way to get each answer, whether from a flag or from a person (SPEC 5): a flag given is
// checked and used without asking; a missing one is asked on a terminal; with no terminal, a
// missing answer that has no default is a usage error naming its flag, never a hang.

import { UsageError } from '../errors.js';
import type { Check, Choice, Prompter } from '../terminal/prompts.js';
import { number as numberCheck, ok, parseNumber, slug } from './checks.js';
import { flagName } from './options.js';

export interface Asker {
  /** Whether a person can be asked; false means flags and defaults only. */
  interactive: boolean;
  text(flag: string, given: string | undefined, question: AskText): Promise<string | undefined>;
  number(flag: string, given: number | undefined, question: AskNumber): Promise<number | undefined>;
  select<T extends string>(flag: string, given: string | undefined, question: AskSelect<T>): Promise<T>;
}

interface Asked {
  message: string;
  /** Asked on a terminal when not given. */
  ask?: boolean;
  /**
   * Missing without a terminal is a usage error, even with a default: a default then only
   * places the cursor for a person (the unit's lead for a key result's lead).
   */
  required?: boolean;
}

export interface AskText extends Asked {
  default?: string;
  check?: (value: string) => Check;
}

export interface AskNumber extends Asked {
  check?: (n: number) => Check;
}

export interface AskSelect<T extends string> extends Asked {
  choices: Choice<T>[];
  default?: T;
  /** Whether a flag may name a value that is not among the choices (a reference checked later). */
  open?: boolean;
}

export function makeAsker(prompter: Prompter | undefined): Asker {
  const missing = (flag: string): never => {
    throw new UsageError(`missing ${flagName(flag)} (there is no terminal to ask on)`);
  };
  const refuse = (flag: string, given: string, check: Check): void => {
    if (check.error !== undefined) throw new UsageError(`${flagName(flag)} ${given}: ${check.error}`);
  };
  const asks = (question: Asked) => prompter !== undefined && question.ask !== false;

  return {
    interactive: prompter !== undefined,
    async text(flag, given, question) {
      if (given !== undefined) {
        refuse(flag, given, question.check?.(given) ?? ok);
        return given;
      }
      if (asks(question)) {
        const answer = await prompter!.text({ message: question.message, default: question.default, check: question.check });
        return answer === '' ? undefined : answer;
      }
      if (question.required) return missing(flag);
      return question.default;
    },
    async number(flag, given, question) {
      const check = (text: string) => numberCheck(text, !question.required, question.check);
      if (given !== undefined) {
        refuse(flag, String(given), question.check?.(given) ?? ok);
        return given;
      }
      if (asks(question)) return parseNumber(await prompter!.text({ message: question.message, check }));
      return question.required ? missing(flag) : undefined;
    },
    async select(flag, given, question) {
      if (given !== undefined) {
        const values = question.choices.map((c) => c.value as string);
        if (!question.open && !values.includes(given)) {
          throw new UsageError(`${flagName(flag)} ${given}: expected one of ${values.join(', ')}`);
        }
        return given as typeof question.choices[number]['value'];
      }
      if (asks(question)) return prompter!.select({ message: question.message, choices: question.choices, default: question.default });
      if (question.required || question.default === undefined) return missing(flag);
      return question.default;
    },
  };
}

/** A person: picked from the people registry when there is one, else typed as an id. */
export async function askPerson(ask: Asker, flag: string, given: string | undefined, people: Choice<string>[] | undefined, question: Asked & { default?: string }): Promise<string | undefined> {
  if (people && people.length > 0) {
    // A name not in the registry is left to `ref-resolves`, which says "did you mean".
    return ask.select(flag, given, { ...question, choices: people, open: true });
  }
  return ask.text(flag, given, { ...question, check: (value) => (value === '' && !question.required ? ok : slug(value, 'a person id')) });
}
