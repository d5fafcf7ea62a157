// Both sides of a change, compared cycle by cycle: what `okr diff` prints. The base is the
// repository at a revision; the head the working tree, or another revision.

import type { Diagnostic } from '../model.js';
import { locateFindings } from '../load/locate.js';
import { checkedCycles, type CheckedCycle } from '../repository/check-cycle.js';
import { atRevision, type Repository } from '../repository/repository.js';
import { scoreCycle } from '../score/score-cycle.js';
import { compareCycles, type CycleChanges, type SideOfCycle } from './compare.js';

export interface ChangesReport {
  base: string;
  head: string;
  cycles: CycleChanges[];
  /** Located problems introduced, by cycle. */
  problems: Map<string, Diagnostic[]>;
}

export async function changesBetween(current: Repository, base: string, head: string | undefined, asOf: string): Promise<ChangesReport> {
  return atRevision(current, base, 'okr diff BASE', async (before) => {
    if (head === undefined) return compareSides(before, current, base, 'working tree', asOf);
    return atRevision(current, head, 'okr diff HEAD', (after) => compareSides(before, after, base, head, asOf));
  });
}

/** Every cycle either side defines; a side before the config existed has none (all is added). */
async function compareSides(before: Repository | undefined, after: Repository | undefined, base: string, head: string, asOf: string): Promise<ChangesReport> {
  const old = before ? await checkedCycles(before) : new Map<string, CheckedCycle>();
  const now = after ? await checkedCycles(after) : new Map<string, CheckedCycle>();
  const ids = [...new Set([...(after?.config.cycles ?? []).map((c) => c.id), ...(before?.config.cycles ?? []).map((c) => c.id)])];
  const report: ChangesReport = { base, head, cycles: [], problems: new Map() };
  for (const id of ids) {
    const changes = compareCycles(id, sideOf(before, old, id, asOf), sideOf(after, now, id, asOf));
    report.cycles.push(changes);
    const checked = now.get(id);
    if (changes.introduced.length > 0 && checked && after) {
      report.problems.set(id, locateFindings(changes.introduced, checked.loaded.sources, after.files));
    }
  }
  return report;
}

function sideOf(repo: Repository | undefined, checked: Map<string, CheckedCycle>, id: string, asOf: string): SideOfCycle | undefined {
  const cycle = repo?.config.cycles.find((c) => c.id === id);
  const found = checked.get(id);
  if (!repo || !cycle || !found) return undefined;
  return { cascade: found.cascade, scored: scoreCycle(found.cascade, repo.config, cycle, { asOf }), findings: found.findings };
}
