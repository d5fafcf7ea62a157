// The pipeline for commands that show scores: open the repository, pick the cycle, check
// it, score it. Problems in the files do not stop a score from being shown (the broken
// files are left out), but they are said on stderr so nobody mistakes a partial view.

import { checkCycle, loadOptionsFrom, openRepository, selectCycle, type CheckedCycle, type Repository } from '../check.js';
import type { CycleDoc } from '../model.js';
import { scoreCycle } from '../score/index.js';
import type { ScoredCycle } from '../score/types.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';

export interface ScoredView {
  repo: Repository;
  cycle: CycleDoc;
  checked: CheckedCycle;
  scored: ScoredCycle;
}

export async function loadScoredView(options: GlobalOptions, io: Io): Promise<ScoredView> {
  const repo = await openRepository({ cwd: io.cwd, dir: options.dir, config: options.config });
  const asOf = options.asOf ?? today();
  const cycle = selectCycle(repo.config, options.cycle, asOf);
  const checked = await checkCycle(repo, cycle, loadOptionsFrom(io.env));
  const errors = checked.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 && !options.quiet) {
    const files = new Set(errors.map((f) => f.file)).size;
    io.stderr.write(`okr: warning: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} of ${cycle.id}; scores may be incomplete (run 'okr validate')\n`);
  }
  const scored = scoreCycle(checked.cascade, repo.config, cycle, { asOf });
  return { repo, cycle, checked, scored };
}
