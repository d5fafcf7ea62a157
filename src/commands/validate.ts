// okr validate [PATH...]: the linter. Checks every cycle (or --cycle, or the cycles the given
// paths sit in), prints diagnostics in the chosen format, and exits 1 on errors or on more
// warnings than --max-warnings allows.

import { appendFileSync, existsSync, realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { checkCycle, ConfigError, loadOptionsFrom, type CheckedCycle, openRepository, sortDiagnostics, strayFiles, type Repository } from '../check.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { formatGithub, formatStepSummary } from '../format/github.js';
import { formatSarif } from '../format/sarif.js';
import { formatStylish } from '../format/stylish.js';
import { summarize } from '../format/summary.js';
import { locateFindings } from '../load/locate.js';
import type { CycleDoc, Diagnostic, Finding, SourceFile } from '../model.js';
import { RULES } from '../rules/index.js';
import type { GlobalOptions, Io } from '../terminal/io.js';
import { VERSION } from '../version.js';

export interface ValidateOptions extends GlobalOptions {
  format?: 'stylish' | 'json' | 'github' | 'sarif';
  maxWarnings?: number;
  base?: string;
}

export async function run(options: ValidateOptions, paths: string[], io: Io): Promise<number> {
  const format = options.format ?? 'stylish';
  let repo: Repository;
  try {
    repo = await openRepository({ cwd: io.cwd, dir: options.dir, config: options.config, env: io.env });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    await print(error.diagnostics, 1, format, options, io);
    return EXIT_USAGE;
  }

  const base = resolve(io.cwd, options.dir ?? '.');
  const only = paths.map((path) => {
    const absolute = resolve(base, path);
    if (!existsSync(absolute)) throw new UsageError(`${path}: no such file or folder`);
    return relative(repo.root, absolute).split(sep).join('/');
  });

  let findings: Finding[] = [];
  const sources = new Map<string, SourceFile>([[repo.configFile, repo.configSource]]);
  let filesChecked = 1;
  const cycles = cyclesToCheck(repo, options.cycle, only);
  const checkedCycles: CheckedCycle[] = [];
  for (const cycle of cycles) {
    const checked = await checkCycle(repo, cycle, loadOptionsFrom(io.env));
    checkedCycles.push(checked);
    findings.push(...checked.findings);
    for (const [file, source] of checked.loaded.sources) sources.set(file, source);
    filesChecked += checked.loaded.files.length;
  }
  if (options.cycle === undefined && only.length === 0) findings.push(...strayFiles(repo));
  if (options.base !== undefined) findings = await pullRequestFindings(repo, options.base, checkedCycles, findings, options, io);

  const selected = dedupe(findings).filter((f) => only.length === 0 || only.some((p) => p === '' || f.file === p || f.file.startsWith(`${p}/`)));
  let diagnostics = sortDiagnostics(locateFindings(selected, sources, repo.root));
  if (format === 'github' || format === 'sarif') diagnostics = await fromRepositoryTop(diagnostics, repo);
  await print(diagnostics, filesChecked, format, options, io);

  const { errors, warnings } = summarize(diagnostics, filesChecked);
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
async function pullRequestFindings(repo: Repository, baseRev: string, checked: CheckedCycle[], findings: Finding[], options: ValidateOptions, io: Io): Promise<Finding[]> {
  const { loadSide } = await import('../diff/side.js');
  const { compareFindings } = await import('../diff/compare.js');
  const { easedTargetFindings } = await import('../diff/eased-targets.js');
  const base = await loadSide(repo, baseRev, loadOptionsFrom(io.env));
  try {
    const before = [...base.cycles.values()].flatMap((c) => c.findings);
    if (base.repo && options.cycle === undefined) before.push(...strayFiles(base.repo));
    const { introduced } = compareFindings(dedupe(before), dedupe(findings));
    const known = dedupe(findings).length - introduced.length;
    if (known > 0 && !options.quiet) io.stderr.write(`okr: ${known} problem${known === 1 ? '' : 's'} already on ${baseRev} not reported (--base shows what the change introduces)\n`);
    for (const head of checked) {
      const old = base.cycles.get(head.loaded.cycle.id);
      if (old) introduced.push(...await easedTargetFindings(repo.root, repo.env, baseRev, repo.config, old.cascade, head.cascade));
    }
    return introduced;
  } finally {
    base.dispose();
  }
}

/**
 * GitHub places annotations and code-scanning results by the path from the repository's
 * top; okr's own paths start at the folder of okr.config.yaml, which may be below it.
 */
async function fromRepositoryTop(diagnostics: Diagnostic[], { root, env }: Repository): Promise<Diagnostic[]> {
  const { readRepoState } = await import('../git/repo-state.js');
  const state = await readRepoState(root, env);
  if (!state) return diagnostics;
  const prefix = relative(realpathSync(state.top), realpathSync(root)).split(sep).join('/');
  return prefix ? diagnostics.map((d) => ({ ...d, file: `${prefix}/${d.file}` })) : diagnostics;
}

/** Findings about the config (an unknown person in `roles`) come once per cycle checked: say each once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = [f.rule, f.file, f.path.join('\u0000'), f.message].join('\u0001');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cyclesToCheck(repo: Repository, cycleId: string | undefined, only: string[]): CycleDoc[] {
  if (cycleId !== undefined) {
    const cycle = repo.config.cycles.find((c) => c.id === cycleId);
    if (!cycle) throw new UsageError(`unknown cycle '${cycleId}'; cycles: ${repo.config.cycles.map((c) => c.id).join(', ')}`);
    return [cycle];
  }
  const prefix = `${repo.config.okrsDir}/`;
  const named = only.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).split('/')[0]);
  const wanted = only.length > 0 && only.every((p) => p.startsWith(prefix)) ? new Set(named) : undefined;
  return repo.config.cycles.filter((c) => !wanted || wanted.has(c.id));
}

async function print(diagnostics: Diagnostic[], files: number, format: NonNullable<ValidateOptions['format']>, options: ValidateOptions, io: Io): Promise<void> {
  const summary = summarize(diagnostics, files);
  switch (format) {
    case 'json':
      io.stdout.write(`${JSON.stringify({ diagnostics, summary }, null, 2)}\n`);
      return;
    case 'sarif': {
      const rules = [
        { id: 'yaml', description: 'The file is well-formed UTF-8 YAML: no syntax errors, duplicate keys, custom tags or alias bombs.' },
        { id: 'schema', description: 'The document matches the JSON Schema of its kind.' },
        { id: 'config', description: 'okr.config.yaml is consistent: unique cycle ids, dates in order.' },
        { id: 'eased-target', description: 'With --base: a target moved towards its start, or a band widened, without a reason in the change.' },
        ...RULES.map((r) => ({ id: r.id, description: r.description })),
      ];
      io.stdout.write(formatSarif(diagnostics, rules, VERSION));
      return;
    }
    case 'github':
      io.stdout.write(formatGithub(diagnostics));
      if (io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatStepSummary(diagnostics));
      return;
    default: {
      if (diagnostics.length > 0) {
        // Colour (chalk) is loaded only when there is something to paint.
        const { colorsFor } = await import('../terminal/color.js');
        io.stdout.write(formatStylish(diagnostics, colorsFor(io.stdout, io.env, options.color)));
      }
      if (diagnostics.length === 0 && !options.quiet) {
        io.stderr.write(`✔ ${summary.files} file${summary.files === 1 ? '' : 's'} checked, no problems\n`);
      }
    }
  }
}
