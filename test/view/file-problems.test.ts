// The unit files that do not validate, each with its first error, counted as validate counts.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countErrors } from '../../src/findings/count-errors.js';
import { openRepository } from '../../src/repository/repository.js';
import { fileProblems } from '../../src/view/file-problems.js';
import { EXAMPLES, tempRepo } from '../helpers/cli.js';
import { testEnv } from '../helpers/git.js';

async function checkedAcme(edit: (dir: string) => void) {
  const dir = tempRepo({}, join(EXAMPLES, 'acme'));
  edit(dir);
  const repo = await openRepository({ cwd: dir, env: testEnv() });
  const cycle = repo.config.cycles.find((c) => c.id === '2026-Q4')!;
  return { repo, checked: await repo.checked(cycle) };
}

function replaceIn(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

describe('fileProblems', () => {
  it('is empty for a cycle that validates', async () => {
    const { checked } = await checkedAcme(() => {});
    expect(fileProblems(checked)).toEqual([]);
  });

  it('lists a file that could not be loaded as not scored, and one loaded with errors as scored, each with its first error', async () => {
    const { repo, checked } = await checkedAcme((dir) => {
      replaceIn(dir, 'okrs/2026-Q4/mobile.yaml', 'start: 99.2', 'start: lots');
      replaceIn(dir, 'okrs/2026-Q4/product.yaml', '  - id: O2', '  - id: O1');
    });
    const problems = fileProblems(checked, repo.root);
    expect(problems).toEqual([
      { file: 'okrs/2026-Q4/mobile.yaml', unit: 'mobile', scored: false, errors: 1, first: { line: 19, column: 16, rule: 'schema', message: '\'start\' must be a number, not "lots".' } },
      expect.objectContaining({ file: 'okrs/2026-Q4/product.yaml', unit: 'product', scored: true, errors: 1, first: expect.objectContaining({ rule: 'unique-ids' }) }),
    ]);
    // The same numbers as the warning on stderr and `okr validate`.
    expect(countErrors(checked.findings)).toEqual({ errors: problems.reduce((n, p) => n + p.errors, 0), files: problems.length });
    expect(checked.cascade.units.has('mobile')).toBe(false);
  });

  it('names the first error by position when a file has several', async () => {
    const { repo, checked } = await checkedAcme((dir) => {
      replaceIn(dir, 'okrs/2026-Q4/mobile.yaml', 'target: 99.8', 'target: lots');
      replaceIn(dir, 'okrs/2026-Q4/mobile.yaml', 'start: 99.2', 'start: lots');
    });
    const [problem] = fileProblems(checked, repo.root);
    expect(problem).toMatchObject({ file: 'okrs/2026-Q4/mobile.yaml', errors: 2, first: { line: 19 } });
  });
});
