// A cycle checked: its unit files loaded (with source positions), its cascade resolved and the
// rules run over it. The one place that turns files into findings; commands reach it through
// the repository's stages (repository.ts), writers call it again under the lock.

import { buildCascade, type Cascade } from '../graph/cascade.js';
import { loadCycle, type LoadedCycle, type LoadOptions } from '../load/load-cycle.js';
import type { CycleDoc, Finding } from '../model.js';
import { CYCLE_RULES, RULES } from '../rules/index.js';
import { runRules } from '../rules/run-rules.js';
import type { Repository } from './repository.js';

export interface CheckedCycle {
  loaded: LoadedCycle;
  cascade: Cascade;
  findings: Finding[];
}

export interface CheckOptions extends Pick<LoadOptions, 'overrides'> {
  /**
   * okr validate: each file is checked where it is read and only skeletons are kept
   * (load-cycle.ts), so the cascade holds skeletons; the findings are the same either way.
   */
  perFile?: boolean;
}

/** Reads the files as they are now (or with `overrides` in place), every time it is called. */
export async function checkCycle(repo: Repository, cycle: CycleDoc, options: CheckOptions = {}): Promise<CheckedCycle> {
  const { perFile, ...loadOptions } = options;
  const loaded = await loadCycle(repo.files, repo.config, cycle, {
    ...repo.loadOptions,
    ...loadOptions,
    ...(perFile ? { perFile: { config: repo.config, configFile: repo.configFile, cycle } } : {}),
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

/** Several cycles checked (every cycle of the config by default), by id. */
export async function checkedCycles(repo: Repository, cycles: readonly CycleDoc[] = repo.config.cycles, how: { perFile?: boolean } = {}): Promise<Map<string, CheckedCycle>> {
  const checked = new Map<string, CheckedCycle>();
  for (const cycle of cycles) checked.set(cycle.id, await repo.checked(cycle, how));
  return checked;
}
