// The entry: main(argv, io) runs one command line and returns the exit code. Commands are
// declared in src/program/declare.ts; each one's module is imported only when it runs, so
// `okr --version` loads almost nothing.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError, EXIT_USAGE } from './errors.js';
import { terminalOutput } from './escape/terminal.js';
import type { GlobalOptions, Io } from './terminal/io.js';
import { VERSION } from './version.js';

type Action = (options: Record<string, unknown> & GlobalOptions, args: string[], io: Io) => Promise<number>;

export async function main(argv: string[], given: Io): Promise<number> {
  const io: Io = { ...given, stderr: guardedStderr(given.stderr) };
  // The most common call in scripts and health checks needs no argument parser at all.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const { CommanderError } = await import('commander');
  const outcome = { exitCode: 0 };
  const program = await buildProgram(io, outcome);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander's exitOverride; anything else is usage.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    return await handleError(error, io, argv.includes('--debug'));
  }
}

/**
 * The program of src/program/declare.ts with an action for each command: its module is imported
 * only when that command runs, and its exit code lands in `outcome`.
 */
export async function buildProgram(io: Io, outcome: { exitCode: number } = { exitCode: 0 }): Promise<Command> {
  const { declareProgram } = await import('./program/declare.js');
  const program = await declareProgram();
  // Commands copy these settings only when they are made, so each one is given them here.
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  }
  for (const command of program.commands) {
    command.action(async (...received: unknown[]) => {
      const args = received.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a : a === undefined ? [] : [a])) as string[];
      const options = command.optsWithGlobals() as Record<string, unknown> & GlobalOptions;
      checkDate(options.asOf, '--as-of');
      checkDate(options.date, '--date');
      // -C is stored under its letter. From here on okr runs in DIR, as git -C does: every
      // relative path on the command line (--out, --from, --config, FILE) is relative to it.
      const cwd = options.C === undefined ? io.cwd : changeDirectory(io.cwd, String(options.C));
      const module = await COMMANDS[command.name()]();
      outcome.exitCode = await module.run(options, args, { ...io, cwd });
    });
  }
  return program;
}

/** Each command's module, imported only when that command runs. */
const COMMANDS: Record<string, () => Promise<{ run: Action }>> = {
  validate: () => import('./commands/validate.js'),
  tree: () => import('./commands/tree.js'),
  score: () => import('./commands/score.js'),
  init: () => import('./commands/init.js'),
  new: () => import('./commands/new.js'),
  checkin: () => import('./commands/checkin.js'),
  sync: () => import('./commands/sync.js'),
  history: () => import('./commands/history.js'),
  diff: () => import('./commands/diff.js'),
  report: () => import('./commands/report.js'),
  remind: () => import('./commands/remind.js'),
  retro: () => import('./commands/retro.js'),
  next: () => import('./commands/next.js'),
  people: () => import('./commands/people.js'),
  owners: () => import('./commands/owners.js'),
  reviewers: () => import('./commands/reviewers.js'),
  'pr-comment': () => import('./commands/pr-comment.js'),
  audit: () => import('./commands/audit.js'),
  export: () => import('./commands/export.js'),
  import: () => import('./commands/import.js'),
  completion: () => import('./commands/completion.js'),
  schema: () => import('./commands/schema.js'),
};

/** Exit code of a run stopped with Ctrl-C: 128 + SIGINT, as shells and git report it. */
const EXIT_INTERRUPTED = 130;

async function handleError(error: unknown, io: Io, debug: boolean): Promise<number> {
  // Ctrl-C at a prompt (inquirer's errors, or ours wrapping them): nothing was written.
  if (error instanceof Error && ['ExitPromptError', 'AbortPromptError', 'PromptAborted', 'WriteInterrupted'].includes(error.name)) {
    io.stderr.write('\nokr: stopped; nothing was written\n');
    return EXIT_INTERRUPTED;
  }
  if (error instanceof UsageError) {
    const diagnostics = (error as UsageError & { diagnostics?: unknown[] }).diagnostics;
    if (!diagnostics) io.stderr.write(`okr: ${error.message}\n`);
    else await printConfigError(error, io);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`okr: internal error: ${message}\n`);
  io.stderr.write(debug && error instanceof Error ? `${error.stack}\n` : 'Run again with --debug for details, and please report it with the output.\n');
  return EXIT_USAGE;
}

/**
 * Stderr carries messages only, and they quote refs, paths and titles from the files in many
 * places: every chunk goes through terminalOutput, so none of them can reach the terminal
 * (or a CI log) as an escape sequence or a workflow command. Formatters escape their own
 * fields too; this holds for every message at once, written today or later.
 */
function guardedStderr(stream: Io['stderr']): Io['stderr'] {
  return {
    write: (chunk: string) => stream.write(terminalOutput(chunk)),
    get isTTY() { return stream.isTTY; },
    get columns() { return stream.columns; },
  };
}

async function printConfigError(error: UsageError, io: Io): Promise<void> {
  const { mediumOf } = await import('./terminal/medium.js');
  const { formatStylish } = await import('./format/validate/stylish.js');
  const diagnostics = (error as unknown as { diagnostics: import('./model.js').Diagnostic[] }).diagnostics;
  io.stderr.write(formatStylish(diagnostics, (await mediumOf(io.stderr, io.env, undefined)).paint));
}

function changeDirectory(cwd: string, dir: string): string {
  const path = resolve(cwd, dir);
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`-C ${dir}: no such directory`);
  return path;
}

function checkDate(value: unknown, flag: string): void {
  if (value === undefined) return;
  // A real calendar day: Date.parse would take 2026-02-30 as March 2nd.
  const valid = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
    && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
  if (!valid) {
    throw new UsageError(`${flag} expects a date as YYYY-MM-DD, not '${String(value)}'`);
  }
}
