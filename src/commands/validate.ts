// okr validate [PATH...]: the linter. Checks every cycle (or --cycle, or the cycles the given
// paths sit in: validate/targets.ts), prints diagnostics in the chosen format (errors only
// with -q), and exits 1 on errors or on more warnings than --max-warnings allows.

import { ConfigError, openRepository, type Repository } from '../repository/repository.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { formatOutput } from '../format/formatter.js';
import { PATHS_FROM_TOP, STEP_SUMMARIES, VALIDATE_FORMATS, type ValidateFormat } from '../format/validate/index.js';
import { appendToFile } from '../fs/write-file.js';
import type { Diagnostic } from '../model.js';
import { writeOutput } from '../output/write-output.js';
import type { GlobalOptions, Io } from '../terminal/io.js';
import { FILE_MEDIUM, mediumOf } from '../terminal/medium.js';
import { plural } from '../text/plural.js';
import { summarize, type ValidateResult } from '../validate/result.js';
import { checkRepository } from '../validate/check-repository.js';

export interface ValidateOptions extends GlobalOptions {
  format?: ValidateFormat;
  maxWarnings?: number;
  base?: string;
}

export async function run(options: ValidateOptions, paths: string[], io: Io): Promise<number> {
  const format = options.format ?? 'stylish';
  let repo: Repository;
  try {
    repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    await print({ diagnostics: error.diagnostics, files: 1 }, format, options, io);
    return EXIT_USAGE;
  }

  const found = await checkRepository(repo, { cwd: io.cwd, paths, cycle: options.cycle, base: options.base });
  if (found.known > 0 && !options.quiet) io.stderr.write(`okr: ${found.known} problem${found.known === 1 ? '' : 's'} already on ${options.base} not reported (--base shows what the change introduces)\n`);
  let diagnostics = found.diagnostics;
  if (PATHS_FROM_TOP.has(format)) diagnostics = await fromRepositoryTop(diagnostics, repo);
  const result = { diagnostics, files: found.files };
  // -q shows errors only, as ESLint's --quiet does: the warnings still count for the exit code.
  await print(options.quiet ? { ...result, diagnostics: diagnostics.filter((d) => d.severity === 'error') } : result, format, options, io);

  const { errors, warnings } = summarize(result);
  if (errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`okr: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/**
 * GitHub places annotations and code-scanning results by the path from the repository's
 * top; okr's own paths start at the folder of okr.config.yaml, which may be below it.
 */
async function fromRepositoryTop(diagnostics: Diagnostic[], repo: Repository): Promise<Diagnostic[]> {
  const state = await repo.gitState();
  if (!state) return diagnostics;
  const { pathFromTop } = await import('../git/repo-state.js');
  const prefix = pathFromTop(state, repo.root);
  return prefix ? diagnostics.map((d) => ({ ...d, file: `${prefix}/${d.file}` })) : diagnostics;
}

async function print(result: ValidateResult, format: ValidateFormat, options: ValidateOptions, io: Io): Promise<void> {
  const { chars } = await writeOutput(await formatOutput(VALIDATE_FORMATS, format, result, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  const summary = STEP_SUMMARIES[format];
  if (summary && io.env.GITHUB_STEP_SUMMARY) appendStepSummary(io.env.GITHUB_STEP_SUMMARY, (await summary())(result, FILE_MEDIUM), io);
  // Where the output says nothing (stylish, all clean), a person is told it was all checked.
  if (chars === 0 && !options.quiet) io.stderr.write(`✔ ${plural(result.files, 'file')} checked, no problems\n`);
}

/**
 * The job summary is a courtesy on top of the annotations already printed: one that cannot be
 * written is a warning, and the exit code stays the validation's.
 */
function appendStepSummary(path: string, markdown: string, io: Io): void {
  try {
    appendToFile(path, markdown, { shown: `$GITHUB_STEP_SUMMARY (${path})` });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`okr: warning: ${error.message}; the job summary is left out\n`);
  }
}
