// The binary itself (bin/okr.js over dist/). Every other CLI test runs in-process through
// runOkr; here a few of their rows run again as a real process and must print exactly what
// main() printed in-process (markdownlint-cli2's pattern), and what only a process has is
// checked: the exit status, a closed pipe, a check-in committed by the child's git.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLES, okr } from '../helpers/cli.js';
import { BOB, gitRepo, isolatedGitEnv, runGit, testEnv } from '../helpers/git.js';
import { runOkr } from '../helpers/run-okr.js';

const ACME = join(EXAMPLES, 'acme');
const BROKEN = join(EXAMPLES, 'invalid', 'ref-unknown-person');

describe('okr as a process', () => {
  it.each([
    { name: '--version', args: ['--version'], code: 0 },
    { name: 'validate on the example', args: ['validate', '-C', ACME], code: 0 },
    { name: 'validate --format json on a broken repository', args: ['validate', '-C', BROKEN, '--format', 'json'], code: 1 },
    { name: 'validate on a broken repository', args: ['validate', '-C', BROKEN], code: 1 },
    { name: 'score --format md', args: ['score', '-C', ACME, '--as-of', '2026-11-23', '--format', 'md'], code: 0 },
    { name: 'an unknown command', args: ['valdate'], code: 2 },
    // The binary checks rule options with validators precompiled at build time, in-process from source.
    { name: 'rule options checked by the precompiled validators', args: ['validate', '-C', join(EXAMPLES, 'invalid', 'config-bad-rule-options')], code: 2 },
  ])('$name: exits $code and prints what it prints in-process', async ({ args, code }) => {
    const spawned = okr(args);
    expect(spawned.code).toBe(code);
    expect(spawned).toEqual(await runOkr(args));
  });

  it('stops quietly with its exit code when the reader closes the pipe early', () => {
    // Far more than a pipe holds (64 KiB), so the write fails once head has gone.
    const command = `set -o pipefail; "${process.execPath}" "${BIN}" report -C "${ACME}" --as-of 2026-11-23 --format html | head -c 15`;
    const result = spawnSync('bash', ['-c', command], { encoding: 'utf8', env: testEnv() });
    expect(result.stdout).toBe('<!doctype html>');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('records a check-in as a commit by the identity in its environment', () => {
    const company = 'cycle: 2026-Q4\nunit: company\nlevel: company\nlead: ann\nobjectives:\n  - id: O1\n    title: Win the market\n    keyResults:\n      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: 40 }\n      - { id: KR2, title: Publish the pricing page, lead: ann, done: false }\n';
    const config = 'version: 1\norganization: Test Co\ncycles:\n  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }\npeople:\n  ann: { name: Ann Lee, email: ann@acme.example }\n';
    const dir = gitRepo([{ files: { 'okr.config.yaml': config, 'okrs/2026-Q4/company.yaml': company }, message: 'Post Q4', date: '2026-10-05' }]);
    const result = okr(['checkin', '-C', dir, 'company/O1/KR1', '--value', '55', '--date', '2026-11-20', '--as-of', '2026-11-20'], { env: isolatedGitEnv(join(dir, '.home'), BOB) });
    expect(result.stderr).toContain('company/O1/KR1: 40 → 55');
    expect(result.code).toBe(0);
    expect(runGit(dir, ['log', '-1', '--format=%an <%ae>%n%s'])).toBe('Bob Stone <bob@acme.example>\nokr: company/O1/KR1 40 → 55\n');
    expect(runGit(dir, ['status', '--porcelain'])).toBe('');
  });
});
