// Large cycles are loaded by several threads. Whatever the threads, the result must be
// exactly a single thread's: same diagnostics, in the same order, and the same scores.
// Spawned, not in-process: the worker threads run dist/load/load-worker.js, which vitest's
// transform of src/ does not reach.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript.
import { generateOrganisation } from '../../bench/generate.js';
import { okr, tempRepo } from '../helpers/cli.js';

let dir: string;
const broken: Record<string, string> = {};

beforeAll(() => {
  dir = tempRepo();
  generateOrganisation(dir, { units: 420 });
  const folder = join(dir, 'okrs/2026-Q4/people');
  const [a, b, c] = readdirSync(folder).sort().filter((_, i) => i % 97 === 5);
  // A syntax error, a schema error and an unresolved reference, spread over the list.
  broken.yaml = `okrs/2026-Q4/people/${a}`;
  writeFileSync(join(folder, a), `${readFileSync(join(folder, a), 'utf8')}\nobjectives: [unclosed\n`);
  broken.schema = `okrs/2026-Q4/people/${b}`;
  writeFileSync(join(folder, b), readFileSync(join(folder, b), 'utf8').replace('title:', 'titel:'));
  broken.ref = `okrs/2026-Q4/people/${c}`;
  writeFileSync(join(folder, c), readFileSync(join(folder, c), 'utf8').replace(/(alignsTo: \[?)[a-z0-9-]+\//, '$1nowhere/'));
});

describe('parallel loading', () => {
  it('finds the same problems as one thread, in the same order', () => {
    const parallel = okr(['validate', '-C', dir, '--format', 'json']);
    const single = okr(['validate', '-C', dir, '--format', 'json'], { env: { OKR_THREADS: '1' } });
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    const { diagnostics, summary } = JSON.parse(parallel.stdout);
    expect(summary.files).toBe(421); // the config and 420 units
    const byFile = (file: string) => diagnostics.filter((d: { file: string }) => d.file === file).map((d: { rule: string }) => d.rule);
    expect(byFile(broken.yaml)).toContain('yaml');
    expect(byFile(broken.schema)).toContain('schema');
    expect(byFile(broken.ref)).toContain('ref-resolves');
  });

  it('scores the same', () => {
    const args = ['score', '-C', dir, '--as-of', '2026-11-15', '--format', 'json'];
    expect(okr(args).stdout).toBe(okr(args, { env: { OKR_THREADS: '1' } }).stdout);
  });
});
