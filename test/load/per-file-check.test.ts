// `okr validate` checks each file where it is read and keeps only skeletons (load-cycle.ts,
// skeleton.ts); every other command loads whole documents and runs every rule over the
// cycle. Both must find exactly the same problems, at exactly the same places.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortDiagnostics } from '../../src/findings/sort-diagnostics.js';
import { checkCycle } from '../../src/repository/check-cycle.js';
import { ConfigError, openRepository } from '../../src/repository/repository.js';
import { locateFindings } from '../../src/load/locate.js';
import type { Diagnostic } from '../../src/model.js';
import { EXAMPLES } from '../helpers/cli.js';
import { testEnv } from '../helpers/git.js';

const repositories = [join(EXAMPLES, 'acme'), ...readdirSync(join(EXAMPLES, 'invalid'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(EXAMPLES, 'invalid', e.name))];

async function diagnostics(dir: string, checkPerFile: boolean): Promise<Diagnostic[] | 'config error'> {
  let repo;
  try {
    repo = await openRepository({ cwd: dir, env: { ...testEnv(), OKR_THREADS: '1' } });
  } catch (error) {
    if (error instanceof ConfigError) return 'config error';
    throw error;
  }
  const out: Diagnostic[] = [];
  for (const cycle of repo.config.cycles) {
    const checked = await checkCycle(repo, cycle, { perFile: checkPerFile });
    out.push(...locateFindings(checked.findings, checked.loaded.sources, repo.root));
  }
  return sortDiagnostics(out);
}

describe('checking each file where it is read', () => {
  it.each(repositories.map((dir) => [dir.slice(EXAMPLES.length + 1), dir]))('%s: the same diagnostics as checking the whole cycle', async (_name, dir) => {
    const whole = await diagnostics(dir, false);
    const perFile = await diagnostics(dir, true);
    expect(perFile).toEqual(whole);
  });

  it('keeps skeletons, not documents', async () => {
    const repo = await openRepository({ cwd: join(EXAMPLES, 'acme'), env: { ...testEnv(), OKR_THREADS: '1' } });
    const cycle = repo.config.cycles.find((c) => c.id === '2026-Q4')!;
    const checked = await checkCycle(repo, cycle, { perFile: true });
    const objective = checked.loaded.units[0].doc.objectives[0];
    expect(objective.title).toBe('');
    expect(checked.loaded.checkedPerFile).toBe(true);
    expect([...checked.loaded.sources.values()].every((source) => source.positions !== undefined && source.text === '')).toBe(true);
  });
});
