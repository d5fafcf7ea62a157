// Whatever git's own commands have done to a repository, the state okr reads from its files is
// the state `git rev-parse` gives, from the top, a folder below it, a folder holding an empty
// .git, and a linked folder. Each run is a real repository changed by real git commands, so
// the runs are a twentieth of FC_NUM_RUNS's.

import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRepoState, readRepoStateFromGit } from '../../src/git/repo-state.js';
import { FC_PARAMS } from '../escape/hostile.js';
import { tempRepo } from '../helpers/cli.js';
import { gitRepo, runGit, testEnv } from '../helpers/git.js';

type Step =
  | { op: 'commit' }
  | { op: 'branch'; name: string }
  | { op: 'detach' }
  | { op: 'orphan'; name: string }
  | { op: 'pack-refs' }
  | { op: 'shallow'; present: boolean }
  | { op: 'checkout-main' };

const branchName = fc.constantFrom('side', 'okr/q4', 'feature/x-1', 'zoë', 'a.b');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant<Step>({ op: 'commit' }),
  branchName.map((name): Step => ({ op: 'branch', name })),
  fc.constant<Step>({ op: 'detach' }),
  branchName.map((name): Step => ({ op: 'orphan', name: `${name}-new` })),
  fc.constant<Step>({ op: 'pack-refs' }),
  fc.boolean().map((present): Step => ({ op: 'shallow', present })),
  fc.constant<Step>({ op: 'checkout-main' }),
);

function apply(dir: string, s: Step): void {
  const git = (args: string[]) => {
    try {
      runGit(dir, args);
    } catch {
      // A step that git refuses here (a branch that exists, nothing to detach) changes nothing.
    }
  };
  if (s.op === 'commit') git(['commit', '-q', '--allow-empty', '-m', 'step']);
  else if (s.op === 'branch') git(['checkout', '-q', '-B', s.name]);
  else if (s.op === 'detach') git(['checkout', '-q', '--detach']);
  else if (s.op === 'orphan') git(['checkout', '-q', '--orphan', s.name]);
  else if (s.op === 'pack-refs') git(['pack-refs', '--all']);
  else if (s.op === 'checkout-main') git(['checkout', '-q', '-f', 'main']);
  else if (s.present) writeFileSync(join(dir, '.git', 'shallow'), '');
  else rmSync(join(dir, '.git', 'shallow'), { force: true });
}

describe('the repository state from its files', () => {
  it('is git\'s, whatever git did to the repository', async () => {
    const base = gitRepo([{ files: { 'okrs/a.yaml': '1\n' }, message: 'one', date: '2026-10-01' }]);
    await fc.assert(fc.asyncProperty(fc.array(step, { maxLength: 6 }), async (steps) => {
      const dir = tempRepo({}, base);
      for (const s of steps) apply(dir, s);
      mkdirSync(join(dir, 'okrs', 'inner', '.git'), { recursive: true });
      const link = join(tempRepo(), 'linked');
      symlinkSync(join(dir, 'okrs'), link);
      for (const cwd of [dir, join(dir, 'okrs'), join(dir, 'okrs', 'inner'), link]) {
        expect(await readRepoState(cwd, testEnv()), `${cwd} after ${JSON.stringify(steps)}`).toEqual(await readRepoStateFromGit(cwd, testEnv()));
      }
    }), { numRuns: Math.max(5, Math.ceil(FC_PARAMS.numRuns / 20)), seed: FC_PARAMS.seed });
  });
});
