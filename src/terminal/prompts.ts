// Interactive questions on a terminal, on @inquirer. Two kinds are enough for okr: a line of
// text checked while it is typed (an error blocks the answer, a hint only advises), and a
// choice from a list. Commands ask through the `Prompter` interface and never see inquirer.
// Inquirer is loaded only when a question is actually asked, so that a command run from a
// script with every flag given never pays for it. What a question shows (its message, the
// choices, a default taken from a file, the verdict) is escaped for the terminal here; the
// answer itself is never changed.

import type { ChalkInstance } from 'chalk';
import { terminalLine } from '../escape/terminal.js';
import type { Io } from './io.js';

/** What a check says of an answer: an error refuses it, a hint is shown but lets it through. */
export interface Check {
  error?: string;
  hint?: string;
}

export interface TextQuestion {
  message: string;
  /** Taken when the answer is left empty; shown dimmed. */
  default?: string;
  /** Runs on every keystroke and on Enter. */
  check?: (value: string) => Check;
}

export interface Choice<T> {
  value: T;
  /** The line shown in the list. */
  name: string;
  /** What the answer line shows once chosen (default: the name). */
  short?: string;
}

export interface SelectQuestion<T> {
  message: string;
  choices: Choice<T>[];
  default?: T;
}

export interface Prompter {
  text(question: TextQuestion): Promise<string>;
  select<T>(question: SelectQuestion<T>): Promise<T>;
}

/** The person pressed Ctrl-C (or the terminal went away): stop, and write nothing. */
export class PromptAborted extends Error {
  override name = 'PromptAborted';
}

/** Exit code of a run stopped with Ctrl-C: 128 + SIGINT, as shells and git report it. */
export const EXIT_ABORTED = 130;

/** Questions on the terminal of `io` (its stdin and stdout). */
export function terminalPrompter(io: Io, color: ChalkInstance): Prompter {
  // Only made when isInteractive(io): io.stdin is then the terminal.
  if (!io.stdin) throw new Error('prompts need the terminal as stdin');
  const context = {
    input: io.stdin as unknown as NodeJS.ReadableStream,
    output: io.stdout as unknown as NodeJS.WritableStream,
  };
  return {
    async text(question) {
      const prompt = await checkedInput();
      return asked(() => prompt({ ...question, message: terminalLine(question.message), color }, context));
    },
    async select<T>(question: SelectQuestion<T>) {
      const { select } = await import('@inquirer/prompts');
      return asked(() => select<T>({
        message: terminalLine(question.message),
        choices: question.choices.map((c) => ({ value: c.value, name: terminalLine(c.name), short: terminalLine(c.short ?? c.name) })),
        default: question.default,
        pageSize: 12,
        loop: false,
      }, context));
    },
  };
}

async function asked<T>(prompt: () => Promise<T>): Promise<T> {
  try {
    return await prompt();
  } catch (error) {
    // Inquirer's Ctrl-C and closed-terminal errors, told by name to keep @inquirer/core out.
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new PromptAborted('aborted');
    }
    throw error;
  }
}

type CheckedInput = (config: TextQuestion & { color: ChalkInstance }, context: object) => Promise<string>;
let checkedInputPrompt: CheckedInput | undefined;

/**
 * Inquirer's `input` validates only on Enter; this one re-checks the answer on every
 * keystroke and shows the verdict under the line, so a mistake is seen as it is made.
 */
async function checkedInput(): Promise<CheckedInput> {
  if (checkedInputPrompt) return checkedInputPrompt;
  const { createPrompt, isEnterKey, makeTheme, usePrefix, useState, useKeypress } = await import('@inquirer/core');
  checkedInputPrompt = createPrompt<string, TextQuestion & { color: ChalkInstance }>((config, done) => {
    const theme = makeTheme({});
    const [status, setStatus] = useState<'idle' | 'done'>('idle');
    const [value, setValue] = useState('');
    // An empty line is not reported as it stands, only once Enter was pressed on it.
    const [tried, setTried] = useState(false);
    const prefix = usePrefix({ status, theme });
    const check = (answer: string): Check => config.check?.(answer) ?? {};

    useKeypress((key, rl) => {
      if (status !== 'idle') return;
      if (isEnterKey(key)) {
        const answer = value === '' ? config.default ?? '' : value;
        if (check(answer).error === undefined) {
          setValue(answer);
          setStatus('done');
          done(answer);
        } else {
          // Enter cleared readline's line: put the text back so it can be corrected.
          rl.write(value);
          setTried(true);
        }
      } else {
        setValue(rl.line);
      }
    });

    const message = theme.style.message(config.message, status);
    if (status === 'done') return `${prefix} ${message} ${theme.style.answer(terminalLine(value))}`;
    const shown = value === '' ? config.default ?? '' : value;
    const verdict = value !== '' || tried ? check(shown) : {};
    const below = verdict.error !== undefined
      ? config.color.red(`✖ ${terminalLine(verdict.error)}`)
      : verdict.hint !== undefined ? config.color.yellow(`⚠ ${terminalLine(verdict.hint)}`) : '';
    const defaultText = config.default !== undefined && value === '' ? theme.style.defaultAnswer(terminalLine(config.default)) : undefined;
    return [[prefix, message, defaultText, terminalLine(value)].filter((part) => part !== undefined).join(' '), below];
  }) as unknown as CheckedInput;
  return checkedInputPrompt;
}
