// The shared end of `okr import`: plan every unit's file (plan-unit.ts), check each cycle with
// the new texts in place, and refuse if that brings new errors. Nothing is written here; the
// command writes the planned files only with --write, and only when this returned.

import { basename, extname, join } from 'node:path';
import { checkCycle } from '../repository/check-cycle.js';
import { checkChange, errorsOf } from '../repository/check-change.js';
import type { Repository } from '../repository/repository.js';
import { UsageError } from '../errors.js';
import { readRepositoryFile } from '../fs/read-file.js';
import type { Diagnostic } from '../model.js';
import { unitSchemaModeline } from '../new/modeline.js';
import { planNewUnit, planUnitUpdate, type PlannedFile } from './plan-unit.js';
import type { WantedUnit } from './wanted.js';

export interface ImportPlan {
  files: PlannedFile[];
  /** Errors the change would introduce: when any, nothing may be written. */
  refused: Diagnostic[];
}

export async function planImport(repo: Repository, wanted: WantedUnit[]): Promise<ImportPlan> {
  const plan: ImportPlan = { files: [], refused: [] };
  for (const cycleId of [...new Set(wanted.map((w) => w.cycle))]) {
    const cycle = repo.config.cycles.find((c) => c.id === cycleId);
    if (!cycle) throw new UsageError(`the import names cycle '${cycleId}', which is not in ${repo.configFile}; nothing written`);
    const before = await checkCycle(repo, cycle);
    const planned: PlannedFile[] = [];
    for (const unit of wanted.filter((w) => w.cycle === cycleId)) {
      const file = before.loaded.files.find((f) => basename(f, extname(f)) === unit.unit);
      if (file === undefined) {
        const newFile = `${repo.config.okrsDir}/${cycleId}/${unit.file ?? `${unit.unit}.yaml`}`;
        planned.push(planNewUnit(newFile, unitSchemaModeline(repo.root, join(repo.root, newFile)), unit));
        continue;
      }
      const loaded = before.loaded.units.find((u) => u.file === file);
      if (!loaded) throw new UsageError(`${file} has errors of its own (see okr validate); fix them before importing into it; nothing written`);
      const read = readRepositoryFile(repo.root, file);
      if (!read.ok) throw new UsageError(`cannot import into ${file}: ${read.message}; nothing written`);
      planned.push(planUnitUpdate(file, read.bytes.toString('utf8'), loaded.doc, unit));
    }
    const changed = planned.filter((p) => p.changes.length > 0);
    plan.files.push(...changed);
    if (changed.length === 0) continue;
    const { brought } = await checkChange(repo, cycle, before.findings, new Map(changed.map((p) => [p.file, p.text])));
    plan.refused.push(...errorsOf(brought));
  }
  return plan;
}
