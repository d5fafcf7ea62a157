// What completion needs to know about the command line: commands, their aliases, options and
// positional arguments, read from the commander program that src/program/declare.ts declares
// (and src/cli.ts runs), so that the option lists are never written twice.

import type { Command } from 'commander';
import { declareProgram } from '../program/declare.js';

export interface OptionSpec {
  /** Every spelling: `-q`, `--quiet`. */
  flags: string[];
  /** The long name without dashes (`aligns-to`), or the letter for a short-only flag. */
  name: string;
  takesValue: boolean;
  choices?: string[];
}

export interface ArgumentSpec {
  name: string;
  variadic: boolean;
  choices?: string[];
}

export interface CommandSpec {
  name: string;
  aliases: string[];
  description: string;
  options: OptionSpec[];
  arguments: ArgumentSpec[];
}

export interface ProgramSpec {
  /** Options every command accepts (-C, --cycle, ...), help included. */
  globalOptions: OptionSpec[];
  commands: CommandSpec[];
}

const HELP: OptionSpec = { flags: ['-h', '--help'], name: 'help', takesValue: false };

export function describeProgram(program: Command): ProgramSpec {
  return {
    globalOptions: [...program.options.filter((o) => !o.hidden).map(describeOption), HELP],
    commands: program.commands
      .filter((c) => !(c as unknown as { _hidden?: boolean })._hidden)
      .map((command) => ({
        name: command.name(),
        aliases: command.aliases(),
        description: command.description(),
        options: [...command.options.filter((o) => !o.hidden).map(describeOption), HELP],
        arguments: command.registeredArguments.map((a) => ({
          name: a.name(),
          variadic: a.variadic,
          ...(a.argChoices ? { choices: [...a.argChoices] } : {}),
        })),
      })),
  };
}

function describeOption(option: Command['options'][number]): OptionSpec {
  const flags = [option.short, option.long].filter((f): f is string => f !== undefined);
  return {
    flags,
    name: option.long ? option.long.replace(/^--/, '') : option.short!.replace(/^-/, ''),
    takesValue: option.required || option.optional,
    ...(option.argChoices ? { choices: [...option.argChoices] } : {}),
  };
}

/** The program as okr declares it, never run. */
export async function loadProgramSpec(): Promise<ProgramSpec> {
  return describeProgram(await declareProgram());
}
