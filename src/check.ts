// The pipeline up to diagnostics: open the repository (root + config), load a cycle, resolve
// its cascade, run the rules, and locate the findings. Commands call these and format.

import { UsageError } from './errors.js';
import { listFiles, listFolder } from './fs/list-files.js';
import { buildCascade, type Cascade } from './graph/cascade.js';
import type { GitEnv } from './git/git.js';
import { findRoot, type RootOptions } from './load/find-root.js';
import { byEndThenShortest, cycleContaining } from './load/cycle-spans.js';
import { loadConfig, type ConfigOptions } from './load/load-config.js';
import { isYamlFile, loadCycle, type LoadedCycle, type LoadOptions } from './load/load-cycle.js';
import { FILE_RULE } from './load/read-source.js';
import { locateFindings } from './load/locate.js';
import type { Config, CycleDoc, Diagnostic, Finding, SourceFile } from './model.js';
import { CYCLE_RULES, RULES } from './rules/index.js';
import { runRules } from './rules/run-rules.js';
import { didYouMean } from './rules/suggest.js';

export interface Repository {
  root: string;
  /** The command's environment (Io.env): every git call on this repository gets it. */
  env: GitEnv;
  config: Config;
  /** Repository-relative path of the config file. */
  configFile: string;
  configSource: SourceFile;
}

/** A config that cannot be used: exit 2, with the diagnostics that say why. */
export class ConfigError extends UsageError {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${diagnostics[0]?.file ?? 'okr.config.yaml'} is invalid`);
  }
}

export async function openRepository(options: RootOptions & ConfigOptions & { env: GitEnv }): Promise<Repository> {
  const { root, configPath } = findRoot(options);
  const loaded = await loadConfig(root, configPath, { atRevision: options.atRevision, createsOkrsDir: options.createsOkrsDir });
  if (!loaded.config || !loaded.source) {
    const sources = new Map(loaded.source ? [[loaded.file, loaded.source]] : []);
    throw new ConfigError(locateFindings(loaded.findings, sources));
  }
  return { root, env: options.env, config: loaded.config, configFile: loaded.file, configSource: loaded.source };
}

/**
 * The cycle asked for, else the one containing the date (the shortest, when cycles nest),
 * else the one that ended last.
 */
export function selectCycle(config: Config, cycleId: string | undefined, asOf: string): CycleDoc {
  if (cycleId !== undefined) {
    const cycle = config.cycles.find((c) => c.id === cycleId);
    if (!cycle) {
      const guess = didYouMean(cycleId, config.cycles.map((c) => c.id));
      throw new UsageError(`unknown cycle '${cycleId}'${guess ? ` (did you mean '${guess}'?)` : ''}; cycles: ${config.cycles.map((c) => c.id).join(', ')}`);
    }
    return cycle;
  }
  return cycleContaining(config.cycles, asOf) ?? [...config.cycles].sort(byEndThenShortest).at(-1)!;
}

export interface CheckedCycle {
  loaded: LoadedCycle;
  cascade: Cascade;
  findings: Finding[];
}

/**
 * `checkPerFile` (okr validate): each file is checked where it is read and only skeletons are kept
 * (load-cycle.ts), so the cascade holds skeletons; the findings are the same either way.
 */
export async function checkCycle(repo: Repository, cycle: CycleDoc, options: LoadOptions & { checkPerFile?: boolean } = {}): Promise<CheckedCycle> {
  const { checkPerFile, ...loadOptions } = options;
  const loaded = await loadCycle(repo.root, repo.config, cycle, {
    ...loadOptions,
    ...(checkPerFile ? { perFile: { config: repo.config, configFile: repo.configFile, cycle } } : {}),
  });
  const cascade = buildCascade(loaded.units);
  const ruleFindings = runRules({ config: repo.config, configFile: repo.configFile, cycle, cascade }, loaded.checkedPerFile ? CYCLE_RULES : RULES)
    .filter((finding) => !pointsIntoBrokenUnit(finding, loaded));
  return { loaded, cascade, findings: [...loaded.findings, ...ruleFindings] };
}

/**
 * A reference into a file that failed to load is unresolvable only because of that file's
 * own errors, which are already reported: saying it twice would bury the cause.
 */
function pointsIntoBrokenUnit(finding: Finding, loaded: LoadedCycle): boolean {
  if (finding.rule !== 'ref-resolves' || loaded.brokenUnits.size === 0) return false;
  const unit = loaded.units.find((u) => u.file === finding.file);
  let value: unknown = unit?.doc;
  for (const segment of finding.path) value = (value as Record<string | number, unknown> | undefined)?.[segment];
  return typeof value === 'string' && loaded.brokenUnits.has(value.split('/')[0]);
}

/**
 * Unit files in okrsDir that belong to no configured cycle: they would never be checked. What
 * okrsDir itself is (missing, a file) is said by the cycles' own listing, not again here.
 */
export function strayFiles(repo: Repository): Finding[] {
  const okrsDir = repo.config.okrsDir;
  const cycleIds = repo.config.cycles.map((c) => c.id);
  const top = listFolder(repo.root, okrsDir);
  if (top.missing) return [];
  // A cycle's own folder is reported by that cycle's listing.
  const findings: Finding[] = top.problems.filter(({ path }) => path !== okrsDir && !cycleIds.some((id) => path === `${okrsDir}/${id}`))
    .map(({ path, message }) => fileFinding(path, message));
  for (const { name, folder } of top.entries) {
    const file = `${okrsDir}/${name}`;
    if (folder) {
      if (cycleIds.includes(name)) continue;
      const guess = didYouMean(name, cycleIds);
      const listing = listFiles(repo.root, file, isYamlFile);
      findings.push(...listing.problems.map(({ path, message }) => fileFinding(path, message)));
      for (const stray of listing.files) {
        findings.push({
          file: stray, path: [], severity: 'error', rule: 'file-location', position: { line: 1, column: 1 },
          message: `folder '${name}' is not a cycle in ${repo.configFile}${guess ? ` (did you mean '${guess}'?)` : ''}, so this file is never checked`,
        });
      }
    } else if (isYamlFile(name)) {
      findings.push({
        file, path: [], severity: 'error', rule: 'file-location', position: { line: 1, column: 1 },
        message: `unit files belong in a cycle folder (${okrsDir}/<cycle>/${name})`,
      });
    }
  }
  return findings;
}

function fileFinding(file: string, message: string): Finding {
  return { file, path: [], severity: 'error', rule: FILE_RULE, message, position: { line: 1, column: 1 } };
}

/** OKR_THREADS=N caps the loading threads (1: no worker threads), as for a busy CI runner. */
export function loadOptionsFrom(env: Record<string, string | undefined>): LoadOptions {
  const threads = Number(env.OKR_THREADS);
  return Number.isInteger(threads) && threads >= 1 ? { threads } : {};
}

/** Orders diagnostics as a reader scans them: by file, then position. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
