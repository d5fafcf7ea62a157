// A revision the user gives is only ever a revision: git never reads it as an option
// (SPEC 10). Each case names a revision that git would take as `--output=FILE` or
// `--since=…` if it were passed through; okr must refuse it, write nothing and exit 2.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCommit, resolveRevisionOrDate } from '../../src/git/revision.js';
import { MINIMAL_CONFIG, hasStackTrace } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { gitRepo, runGit, testEnv } from '../helpers/git.js';

const unit = (current: number) => `cycle: 2026-Q4
unit: company
level: company
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: ${current} }
`;

function repository(): string {
  return gitRepo([
    { files: { 'okr.config.yaml': `${MINIMAL_CONFIG}people:\n  ann: { name: Ann, email: alice@acme.example }\n`, 'okrs/2026-Q4/company.yaml': unit(10) }, message: 'Post Q4 OKRs', date: '2026-10-05' },
    { files: { 'okrs/2026-Q4/company.yaml': unit(50) }, message: 'okr: company/O1/KR1 10 → 50', date: '2026-11-01' },
  ]);
}

/** Files in the repository folder that git did not put there. */
function strayFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => !['.git', 'okr.config.yaml', 'okrs'].includes(name));
}

describe('revisions from the command line', () => {
  const cases: [string, string[]][] = [
    ['score --at=--output=FILE', ['score', '--at=--output=pwned.txt']],
    ['tree --at=--output=FILE', ['tree', '--at=--output=pwned.txt']],
    ['report --at=--output=FILE', ['report', '--at=--output=pwned.txt']],
    ['report --at=--since=DATE', ['report', '--at=--since=2026-01-01']],
    ['score --at=--since=DATE', ['score', '--at=--since=2026-01-01']],
    ['validate --base=--output=FILE', ['validate', '--base=--output=pwned.txt']],
    ['reviewers --base=--output=FILE', ['reviewers', '--base=--output=pwned.txt']],
    ['diff -- --output=FILE', ['diff', '--', '--output=pwned.txt']],
    ['diff HEAD -- --output=FILE', ['diff', 'HEAD', '--', '--output=pwned.txt']],
    ['history --since=--output=FILE', ['history', '--since=--output=pwned.txt']],
    ['audit --since=--output=FILE', ['audit', '--since=--output=pwned.txt']],
  ];

  it.each(cases)('%s is refused as a revision, and git writes nothing', async (_name, args) => {
    const dir = repository();
    const result = await runOkr(['-C', dir, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a revision|unknown revision|neither a date/);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(result.stdout).toBe('');
    expect(strayFiles(dir)).toEqual([]);
    expect(existsSync(join(dir, 'pwned.txt'))).toBe(false);
  });

  it('still takes real revisions and dates', async () => {
    const dir = repository();
    expect((await runOkr(['-C', dir, 'score', '--at', 'HEAD~1', '--format', 'json'])).code).toBe(0);
    expect((await runOkr(['-C', dir, 'score', '--at', '2026-10-20', '--format', 'json'])).code).toBe(0);
    expect((await runOkr(['-C', dir, 'diff', 'HEAD~1', 'HEAD'])).code).toBe(0);
    expect((await runOkr(['-C', dir, 'history', '--since', 'HEAD~1', '--format', 'json'])).code).toBe(0);
  });
});

describe('resolveCommit', () => {
  it('gives the full hash of a revision', async () => {
    const dir = repository();
    const head = runGit(dir, ['rev-parse', 'HEAD']).trim();
    await expect(resolveCommit(dir, 'HEAD', '--base', testEnv())).resolves.toBe(head);
    await expect(resolveCommit(dir, 'main', '--base', testEnv())).resolves.toBe(head);
    await expect(resolveCommit(dir, head.slice(0, 8), '--base', testEnv())).resolves.toBe(head);
  });

  it.each(['-', '--all', '--output=x', '', 'HEAD\n--all', 'no-such-branch', 'HEAD~99'])('refuses %j', async (rev) => {
    const dir = repository();
    await expect(resolveCommit(dir, rev, '--base', testEnv())).rejects.toThrow(/^--base: (?:'.*' is not a revision|unknown revision '.*')$/s);
  });

  it('resolves a date to the last commit on or before it, and says when there is none', async () => {
    const dir = repository();
    const first = runGit(dir, ['rev-parse', 'HEAD~1']).trim();
    await expect(resolveRevisionOrDate(dir, '2026-10-20', '--at', testEnv())).resolves.toEqual({ commit: first, date: '2026-10-05' });
    await expect(resolveRevisionOrDate(dir, '2026-01-01', '--at', testEnv())).rejects.toThrow('--at: no commit on or before 2026-01-01');
  });
});
