// The candidates for the word under the cursor, given the words typed so far. Pure: the
// program description and the repository's ids come in, so every shell asks the same function
// (through `okr completion __complete`) and the rules live in one place.

import type { ArgumentSpec, CommandSpec, OptionSpec, ProgramSpec } from './program-spec.js';

/** What the repository offers: every reference of the cycle (platform, platform/O1, platform/O1/KR1) and the cycle ids. */
export interface CompletionData {
  refs: string[];
  cycles: string[];
}

export interface Completion {
  values: string[];
  /** The shell should complete paths instead: any file, or folders only. */
  paths?: 'file' | 'dir';
}

/** The global options that change which repository and cycle the candidates come from. */
export interface CompletionContext {
  dir?: string;
  config?: string;
  cycle?: string;
  asOf?: string;
}

type ValueKind = 'refs' | 'kr-refs' | 'objective-refs' | 'goal-refs' | 'units' | 'cycles' | 'file' | 'dir' | 'none' | string[];

// What the values of options and arguments are. commander knows only their names and
// choices; what a name means (a unit id, a reference, a folder) is ours to say.
const OPTION_VALUES: Record<string, ValueKind> = {
  C: 'dir',
  config: 'file',
  cycle: 'cycles',
  from: 'file',
  out: 'file',
  emails: 'dir',
  unit: 'units',
  parent: 'units',
  objective: 'objective-refs',
  'aligns-to': 'goal-refs',
  kr: 'kr-refs',
  level: ['company', 'department', 'team', 'individual'],
  type: ['aspirational', 'committed', 'metric', 'milestone', 'binary', 'baseline', 'maintain', 'rollup'],
};

const ARGUMENT_VALUES: Record<string, ValueKind> = {
  ref: 'refs',
  refs: 'refs',
  unit: 'units',
  paths: 'file',
  dir: 'dir',
  what: ['unit', 'objective', 'kr'],
  which: ['unit', 'config'],
  shell: ['bash', 'zsh', 'fish'],
};

/** A check-in is always about one key result. */
const COMMAND_ARGUMENT_VALUES: Record<string, Record<string, ValueKind>> = {
  checkin: { ref: 'kr-refs' },
};

/**
 * Candidates for words[cword]. words[0] is the program name; words past cword are ignored.
 * Candidates are filtered by what is already typed, so shells can show them as they are.
 */
export function complete(spec: ProgramSpec, data: CompletionData, words: string[], cword: number): Completion {
  const current = words[cword] ?? '';
  const state = walk(spec, words.slice(1, cword));
  const options = [...spec.globalOptions, ...(state.command?.options ?? [])];

  if (state.pendingOption) return valuesFor(optionKind(state.pendingOption), data, current);
  const inline = /^(--[^=]+)=(.*)$/.exec(current);
  if (inline && !state.afterDashes) {
    const option = findOption(options, inline[1]!);
    if (!option?.takesValue) return { values: [] };
    const result = valuesFor(optionKind(option), data, inline[2]!);
    return { ...result, values: result.values.map((v) => `${inline[1]}=${v}`) };
  }
  if (current.startsWith('-') && !state.afterDashes) {
    return { values: unique(options.flatMap((o) => o.flags)).filter((f) => f.startsWith(current)) };
  }
  if (!state.command) {
    return { values: spec.commands.flatMap((c) => [c.name, ...c.aliases]).filter((n) => n.startsWith(current)) };
  }
  const argument = argumentAt(state.command.arguments, state.positionals);
  if (!argument) return { values: [] };
  return valuesFor(argumentKind(state.command, argument), data, current);
}

interface WalkState {
  command?: CommandSpec;
  /** The option whose value is the next word. */
  pendingOption?: OptionSpec;
  positionals: number;
  afterDashes: boolean;
}

function walk(spec: ProgramSpec, words: string[]): WalkState {
  const state: WalkState = { positionals: 0, afterDashes: false };
  for (const word of words) {
    if (state.pendingOption) {
      state.pendingOption = undefined;
    } else if (word === '--' && !state.afterDashes) {
      state.afterDashes = true;
    } else if (word.startsWith('-') && word !== '-' && !state.afterDashes) {
      const option = findOption([...spec.globalOptions, ...(state.command?.options ?? [])], word);
      if (option?.takesValue && !word.includes('=')) state.pendingOption = option;
    } else if (!state.command) {
      state.command = spec.commands.find((c) => c.name === word || c.aliases.includes(word));
      // An unknown word before any command: nothing sensible follows.
      if (!state.command) return { ...state, command: { name: word, aliases: [], description: '', options: [], arguments: [] } };
    } else {
      state.positionals++;
    }
  }
  return state;
}

/** The option a word names: `--format`, `--format=json`, `-q`. */
function findOption(options: OptionSpec[], word: string): OptionSpec | undefined {
  const flag = word.split('=')[0]!;
  return options.find((o) => o.flags.includes(flag));
}

function argumentAt(args: ArgumentSpec[], index: number): ArgumentSpec | undefined {
  return args[index] ?? (args.at(-1)?.variadic ? args.at(-1) : undefined);
}

function optionKind(option: OptionSpec): ValueKind {
  return option.choices ?? OPTION_VALUES[option.name] ?? 'none';
}

function argumentKind(command: CommandSpec, argument: ArgumentSpec): ValueKind {
  return argument.choices ?? COMMAND_ARGUMENT_VALUES[command.name]?.[argument.name] ?? ARGUMENT_VALUES[argument.name] ?? 'none';
}

function valuesFor(kind: ValueKind, data: CompletionData, typed: string): Completion {
  if (kind === 'file' || kind === 'dir') return { values: [], paths: kind };
  const values = Array.isArray(kind) ? kind : candidatesOf(kind, data);
  return { values: values.filter((v) => v.startsWith(typed)) };
}

function candidatesOf(kind: Exclude<ValueKind, string[] | 'file' | 'dir'>, data: CompletionData): string[] {
  const depth = (ref: string) => ref.split('/').length;
  switch (kind) {
    case 'refs': return data.refs;
    case 'units': return data.refs.filter((r) => depth(r) === 1);
    case 'objective-refs': return data.refs.filter((r) => depth(r) === 2);
    case 'kr-refs': return data.refs.filter((r) => depth(r) === 3);
    case 'goal-refs': return data.refs.filter((r) => depth(r) > 1);
    case 'cycles': return data.cycles;
    case 'none': return [];
  }
}

/** -C, --config, --cycle and --as-of as typed on the line, so candidates come from the repository and cycle the command will use. */
export function contextOf(words: string[]): CompletionContext {
  const context: CompletionContext = {};
  const keys: Record<string, keyof CompletionContext> = { '-C': 'dir', '--config': 'config', '--cycle': 'cycle', '--as-of': 'asOf' };
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const [flag, inline] = word.startsWith('--') && word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
    const key = keys[flag!];
    if (!key) continue;
    const value = inline ?? words[i + 1];
    if (value !== undefined) context[key] = value;
    if (inline === undefined) i++;
  }
  return context;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
