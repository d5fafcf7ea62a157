// --at, --base, okr diff and okr reviewers read a revision from git's objects, never through
// `git archive | tar`: commits dated in the future (a clock set wrong, a rebase from another
// zone) made tar print "time stamp … in the future" to the terminal. Spawned, because that
// noise went to the process's own stderr, and because a cycle this large is loaded by worker
// threads (dist/load/load-worker.js), which then read the revision's bytes from shared memory.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript.
import { generateOrganisation } from '../../bench/generate.js';
import { BIN, guardAgainstCrash, okr, tempRepo, type RunResult } from '../helpers/cli.js';
import { runGit, testEnv } from '../helpers/git.js';

let dir: string;
const FUTURE = '2099-06-01T12:00:00Z';

beforeAll(() => {
  dir = tempRepo();
  generateOrganisation(dir, { units: 420 });
  const folder = join(dir, 'okrs/2026-Q4/people');
  const [a, b] = readdirSync(folder).sort().filter((_, i) => i % 97 === 5);
  // A syntax error and a schema error, so that both sides have something to find.
  writeFileSync(join(folder, a), `${readFileSync(join(folder, a), 'utf8')}\nobjectives: [unclosed\n`);
  writeFileSync(join(folder, b), readFileSync(join(folder, b), 'utf8').replace('title:', 'titel:'));
  runGit(dir, ['init', '-q', '-b', 'main']);
  runGit(dir, ['add', '-A']);
  runGit(dir, ['commit', '-q', '-m', 'Post Q4 OKRs'], { GIT_AUTHOR_DATE: FUTURE, GIT_COMMITTER_DATE: FUTURE });
});

/** okr spawned, with room for the scores of 420 units on stdout (okr() keeps 1 MB). */
function okrLarge(args: string[]): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { env: testEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return guardAgainstCrash({ code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }, args, {});
}

describe('a revision read from git', () => {
  it('dated in the future: no tar noise, and the scores of the same files in the working tree', () => {
    const args = ['-C', dir, '--as-of', '2026-11-15', 'score', '--format', 'json'];
    const then = okrLarge([...args, '--at', 'HEAD']);
    const now = okrLarge(args);
    expect(then.code).toBe(0);
    expect(then.stderr).not.toMatch(/tar|time stamp|future/i);
    expect(then.stderr).toBe(now.stderr);
    expect(JSON.parse(then.stdout).units).toEqual(JSON.parse(now.stdout).units);
    expect(JSON.parse(now.stdout).units).toHaveLength(418);
  });

  it('validate --base HEAD on an unchanged tree: every problem is already on the base', () => {
    const plain = JSON.parse(okr(['-C', dir, 'validate', '--format', 'json']).stdout);
    expect(plain.diagnostics.length).toBeGreaterThan(2);
    const based = okr(['-C', dir, 'validate', '--format', 'json', '--base', 'HEAD']);
    expect(JSON.parse(based.stdout).diagnostics).toEqual([]);
    expect(based.stderr).toContain(`${plain.diagnostics.length} problems already on HEAD not reported`);
    expect(based.stderr).not.toMatch(/tar|time stamp/i);
  });
});
