// Loads both sides of a change and compares every cycle either side defines: what `okr diff`
// prints and what `okr validate --base` checks.

import type { Repository } from '../check.js';
import type { ChangesReport } from '../format/changes-md.js';
import type { LoadOptions } from '../load/load-cycle.js';
import { locateFindings } from '../load/locate.js';
import { scoreCycle } from '../score/index.js';
import { compareCycles, type SideOfCycle } from './compare.js';
import { loadSide, type Side } from './side.js';

export async function changesBetween(current: Repository, base: string, head: string | undefined, asOf: string, options: LoadOptions = {}): Promise<ChangesReport> {
  const before = await loadSide(current, base, options, 'okr diff BASE');
  let after: Side | undefined;
  try {
    after = await loadSide(current, head, options, 'okr diff HEAD');
    const ids = [...new Set([...(after.repo?.config.cycles ?? []).map((c) => c.id), ...(before.repo?.config.cycles ?? []).map((c) => c.id)])];
    const report: ChangesReport = { base: before.label, head: after.label, cycles: [], problems: new Map() };
    for (const id of ids) {
      const changes = compareCycles(id, sideOf(before, id, asOf), sideOf(after, id, asOf));
      report.cycles.push(changes);
      const checked = after.cycles.get(id);
      if (changes.introduced.length > 0 && checked && after.repo) {
        report.problems.set(id, locateFindings(changes.introduced, checked.loaded.sources, after.repo.root));
      }
    }
    return report;
  } finally {
    before.dispose();
    after?.dispose();
  }
}

function sideOf(side: Side, id: string, asOf: string): SideOfCycle | undefined {
  const checked = side.cycles.get(id);
  const cycle = side.repo?.config.cycles.find((c) => c.id === id);
  if (!checked || !cycle || !side.repo) return undefined;
  return { cascade: checked.cascade, scored: scoreCycle(checked.cascade, side.repo.config, cycle, { asOf }), findings: checked.findings };
}
