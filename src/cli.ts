// Command-line wiring. Every command is declared here with its options and help examples,
// and its module is imported only when it runs, so `okr --version` loads almost nothing.

import type { Command } from 'commander';
import { UsageError, EXIT_USAGE } from './errors.js';
import type { GlobalOptions, Io } from './terminal/io.js';
import { VERSION } from './version.js';

type Action = (options: Record<string, unknown> & GlobalOptions, args: string[], io: Io) => Promise<number>;

export async function main(argv: string[], io: Io): Promise<number> {
  // The most common call in scripts and health checks needs no argument parser at all.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const { Command, CommanderError, Option } = await import('commander');
  let exitCode = 0;
  const run = (load: () => Promise<{ run: Action }>) => async (...received: unknown[]) => {
    const command = received.at(-1) as Command;
    const args = received.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a : a === undefined ? [] : [a])) as string[];
    const options = command.optsWithGlobals() as Record<string, unknown> & GlobalOptions;
    // A short-only flag is stored under its letter.
    options.dir = options.C as string | undefined;
    checkDate(options.asOf, '--as-of');
    const module = await load();
    exitCode = await module.run(options, args, io);
  };

  const program = new Command('okr')
    .description('OKRs as code: validate, cascade, score and report OKRs kept in a git repository.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('-C <dir>', 'run as if okr was started in DIR')
    .option('--config <file>', 'use this okr.config.yaml (its folder is the root)')
    .option('--cycle <id>', 'the cycle to work on (default: the one containing today, else the latest)')
    .option('--as-of <date>', 'the date that counts as today (YYYY-MM-DD)')
    .option('--no-color', 'never colour output (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'print only errors and data')
    .option('--debug', 'show stack traces of internal errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText('after', examples([
      'okr validate                      check every cycle, like a linter',
      'okr tree                          the cascade of the current cycle, with scores',
      'okr score platform --format md    one unit\'s scores as a markdown table',
    ]));

  program
    .command('validate')
    .alias('lint')
    .description('check the OKR files against the schema and the rules')
    .argument('[paths...]', 'only report on these files or folders (references still resolve against the whole cycle)')
    .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json', 'github', 'sarif']).default('stylish'))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', parseCount)
    .addHelpText('after', examples([
      'okr validate                                  every cycle, stylish output',
      'okr validate okrs/2026-Q4/platform.yaml       one file (the cycle still resolves)',
      'okr validate --format github                  annotations in GitHub Actions',
      'okr validate --format sarif > okr.sarif       for code scanning',
      'okr lint --max-warnings 0                     warnings fail too',
    ]))
    .action(run(() => import('./commands/validate.js')));

  program
    .command('tree')
    .description('print the cascade as a tree, with scores, grades and status')
    .argument('[ref]', 'start at this unit, objective or key result (platform, platform/O1)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', examples([
      'okr tree                        the whole cascade of the current cycle',
      'okr tree company/O1             what aligns to one company objective',
      'okr tree --cycle 2026-Q3 --format json',
    ]))
    .action(run(() => import('./commands/tree.js')));

  program
    .command('score')
    .description('print scores of key results, objectives and units')
    .argument('[ref]', 'a unit id, or a reference (platform/O1, platform/O1/KR2)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'md', 'csv']).default('table'))
    .addHelpText('after', examples([
      'okr score                           every unit of the current cycle',
      'okr score platform                  one unit',
      'okr score --as-of 2026-11-15        pace and status as of a date',
      'okr score --format csv > q4.csv',
    ]))
    .action(run(() => import('./commands/score.js')));

  program
    .command('schema')
    .description('print the JSON Schema of a unit file or of okr.config.yaml')
    .argument('[which]', 'unit or config', 'unit')
    .addHelpText('after', examples([
      'okr schema unit > unit.schema.json',
      'okr schema config',
    ]))
    .action(run(() => import('./commands/schema.js')));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander's exitOverride; anything else is usage.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    return await handleError(error, io, argv.includes('--debug'));
  }
}

async function handleError(error: unknown, io: Io, debug: boolean): Promise<number> {
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

async function printConfigError(error: UsageError, io: Io): Promise<void> {
  const { formatStylish } = await import('./format/stylish.js');
  const { colorsFor } = await import('./terminal/color.js');
  const diagnostics = (error as unknown as { diagnostics: import('./model.js').Diagnostic[] }).diagnostics;
  io.stderr.write(formatStylish(diagnostics, colorsFor(io.stderr, io.env, undefined)));
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number, not '${value}'`);
  return Number(value);
}

function checkDate(value: unknown, flag: string): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`${flag} expects a date as YYYY-MM-DD, not '${String(value)}'`);
  }
}
