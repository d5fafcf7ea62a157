// What `okr validate` finds, as one call: every cycle (or --cycle, or the cycles the given paths
// sit in) checked per file, stray files, files given that okr never reads, and in pull-request
// mode (--base) only what the change introduces, eased targets included. okr validate prints
// it; okr pr-comment sums it up in the pull request.

import type { CheckedCycle } from '../repository/check-cycle.js';
import { checkedCycles } from '../repository/check-cycle.js';
import { atRevision, type Repository } from '../repository/repository.js';
import { sortDiagnostics } from '../findings/sort-diagnostics.js';
import { strayFiles } from '../repository/stray-files.js';
import { compareFindings, dedupeFindings } from '../findings/same-finding.js';
import { locateFindings } from '../load/locate.js';
import type { Finding, SourceFile } from '../model.js';
import type { ValidateResult } from './result.js';
import { isTargeted, outsideFindings, resolveTargets } from './targets.js';

export interface RepositoryCheck {
  /** The working folder the paths are relative to. */
  cwd: string;
  paths: string[];
  cycle?: string;
  /** Pull-request mode: only problems new since this revision, plus eased targets. */
  base?: string;
}

export interface RepositoryValidation extends ValidateResult {
  /** With a base: problems that were there already, counted and not reported. */
  known: number;
}

export async function checkRepository(repo: Repository, check: RepositoryCheck): Promise<RepositoryValidation> {
  const targets = resolveTargets(repo, check.cwd, check.paths, check.cycle);
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
  const files = [...looked].filter((file) => isTargeted(targets, file)).length;
  let known = 0;
  if (check.base !== undefined) ({ introduced: findings, known } = await pullRequestFindings(repo, check.base, checked, findings, targets.strays));

  const selected = dedupeFindings(findings).filter((f) => isTargeted(targets, f.file));
  return { diagnostics: sortDiagnostics(locateFindings(selected, sources, repo.files)), files, known };
}

/**
 * Pull-request mode: only the problems the change introduces (those already on BASE are
 * counted, not repeated), plus targets eased without a reason.
 */
async function pullRequestFindings(repo: Repository, baseRev: string, checked: Map<string, CheckedCycle>, findings: Finding[], strays: boolean): Promise<{ introduced: Finding[]; known: number }> {
  const { easedTargetFindings } = await import('../diff/eased-targets.js');
  return atRevision(repo, baseRev, '--base', async (base, revision) => {
    const old = base ? await checkedCycles(base) : new Map<string, CheckedCycle>();
    const before = [...old.values()].flatMap((c) => c.findings);
    if (base && strays) before.push(...strayFiles(base));
    const { introduced } = compareFindings(dedupeFindings(before), dedupeFindings(findings));
    const known = dedupeFindings(findings).length - introduced.length;
    for (const [id, head] of checked) {
      const then = old.get(id);
      if (then) introduced.push(...await easedTargetFindings(repo.root, repo.env, revision.commit, repo.config, then.cascade, head.cascade));
    }
    return { introduced, known };
  });
}
