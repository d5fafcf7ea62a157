// The repository of the okr sync line: one company file with N key results, each reading its
// value from the benchmark's slow HTTP server (bench/slow-server.js, its URL in
// OKR_BENCH_SYNC_URL), committed once by a local identity so that okr sync can commit.
//
//   import { generateSyncRepo } from './sync-repo.js'   (bench/datasets.js)

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SYNC_DEFAULTS = Object.freeze({ keyResults: 200, perObjective: 5, cycle: '2026-Q4' });

function git(dir, args) {
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args[0]}: ${r.stderr.trim()}`);
}

export function generateSyncRepo(dir, params = SYNC_DEFAULTS) {
  const { keyResults, perObjective, cycle } = { ...SYNC_DEFAULTS, ...params };
  writeFileSync(join(dir, 'okr.config.yaml'), `version: 1
organization: Sync Bench
cycles:
  - { id: ${cycle}, start: 2026-10-01, end: 2026-12-31 }
people:
  ann: { name: Ann Lee, email: ann@bench.example }
sources:
  metrics: { kind: http, url: $OKR_BENCH_SYNC_URL }
`);
  const objectives = [];
  for (let o = 0; o * perObjective < keyResults; o++) {
    const krs = [];
    for (let k = 0; k < perObjective && o * perObjective + k < keyResults; k++) {
      const n = o * perObjective + k;
      krs.push(`      - id: KR${k + 1}
        title: Metric ${n} from 0 to 1000
        lead: ann
        start: 0
        target: 1000
        current: 0
        source: { from: metrics, path: /kr/${n}, select: "$.value" }`);
    }
    objectives.push(`  - id: O${o + 1}\n    title: Objective ${o + 1}\n    keyResults:\n${krs.join('\n')}`);
  }
  mkdirSync(join(dir, 'okrs', cycle), { recursive: true });
  writeFileSync(join(dir, 'okrs', cycle, 'company.yaml'), `cycle: ${cycle}\nunit: company\nlevel: company\nlead: ann\nobjectives:\n${objectives.join('\n')}\n`);
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  git(dir, ['config', 'user.name', 'Sync Bench']);
  git(dir, ['config', 'user.email', 'sync@bench.example']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '--quiet', '-m', 'Post the key results']);
  return { units: 1, keyResults, commits: 1 };
}
