// okr validate [PATH...]: the linter. Checks every cycle (or --cycle, or the cycles the given
// paths sit in: validate/targets.ts), prints diagnostics in the chosen format, and exits 1 on
// errors or on more warnings than --max-warnings allows.

import type { CheckedCycle } from '../repository/check-cycle.js';
import { checkedCycles } from '../repository/check-cycle.js';
import { atRevision, ConfigError, openRepository, type Repository } from '../repository/repository.js';
import { sortDiagnostics } from '../findings/sort-diagnostics.js';
import { strayFiles } from '../repository/stray-files.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { compareFindings, dedupeFindings } from '../findings/same-finding.js';
import { formatOutput } from '../format/formatter.js';
import { PATHS_FROM_TOP, STEP_SUMMARIES, VALIDATE_FORMATS, type ValidateFormat } from '../format/validate/index.js';
import { appendToFile } from '../fs/write-file.js';
import { writeOutput } from '../output/write-output.js';
import { locateFindings } from '../load/locate.js';
import type { Diagnostic, Finding, SourceFile } from '../model.js';
import type { GlobalOptions, Io } from '../terminal/io.js';
import { FILE_MEDIUM, mediumOf } from '../terminal/medium.js';
import { plural } from '../text/plural.js';
import { summarize, type ValidateResult } from '../validate/result.js';
import { isTargeted, outsideFindings, resolveTargets } from '../validate/targets.js';

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

  const targets = resolveTargets(repo, io.cwd, paths, options.cycle);
  let findings: Finding[] = [];
  const sources = new Map<string, SourceFile>([[repo.configFile, repo.configSource]]);
  // What was really looked at: the config, every unit file loaded, every file reported on.
  const looked = new Set<string>([repo.configFile]);
  // Only diagnostics come out of validate: each file is checked where it is read.
  const checked = await checkedCycles(repo, targets.cycles, { perFile: true });
  for (const { loaded, findings: found } of checked.values()) {
    findings.push(...found);
    for (const [file, source] of loaded.sources) sources.set(file, source);
    for (const file of loaded.files) looked.add(file);
  }
  if (targets.strays) findings.push(...strayFiles(repo));
  findings.push(...outsideFindings(repo, targets));
  for (const finding of findings) looked.add(finding.file);
  const filesChecked = [...looked].filter((file) => isTargeted(targets, file)).length;
  if (options.base !== undefined) findings = await pullRequestFindings(repo, options.base, checked, findings, targets.strays, options, io);

  const selected = dedupeFindings(findings).filter((f) => isTargeted(targets, f.file));
  let diagnostics = sortDiagnostics(locateFindings(selected, sources, repo.files));
  if (PATHS_FROM_TOP.has(format)) diagnostics = await fromRepositoryTop(diagnostics, repo);
  const result = { diagnostics, files: filesChecked };
  await print(result, format, options, io);

  const { errors, warnings } = summarize(result);
  if (errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`okr: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/**
 * Pull-request mode: only the problems the change introduces (those already on BASE are
 * counted, not repeated), plus targets eased without a reason.
 */
async function pullRequestFindings(repo: Repository, baseRev: string, checked: Map<string, CheckedCycle>, findings: Finding[], strays: boolean, options: ValidateOptions, io: Io): Promise<Finding[]> {
  const { easedTargetFindings } = await import('../diff/eased-targets.js');
  return atRevision(repo, baseRev, '--base', async (base, revision) => {
    const old = base ? await checkedCycles(base) : new Map<string, CheckedCycle>();
    const before = [...old.values()].flatMap((c) => c.findings);
    if (base && strays) before.push(...strayFiles(base));
    const { introduced } = compareFindings(dedupeFindings(before), dedupeFindings(findings));
    const known = dedupeFindings(findings).length - introduced.length;
    if (known > 0 && !options.quiet) io.stderr.write(`okr: ${known} problem${known === 1 ? '' : 's'} already on ${baseRev} not reported (--base shows what the change introduces)\n`);
    for (const [id, head] of checked) {
      const then = old.get(id);
      if (then) introduced.push(...await easedTargetFindings(repo.root, repo.env, revision.commit, repo.config, then.cascade, head.cascade));
    }
    return introduced;
  });
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
