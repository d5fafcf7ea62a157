// Commands run in-process in tests (test/helpers/run-okr.ts), so nothing in src/ may read
// this process's globals: git gets the command's environment, colour and width come from
// the streams it was given, and nothing of the test process leaks into a run.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLES } from '../helpers/cli.js';
import { gitRepo, runGit } from '../helpers/git.js';
import { runOkr } from '../helpers/run-okr.js';

const CONFIG = 'version: 1\norganization: Test Co\ncycles:\n  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }\npeople:\n  ann: { name: Ann Lee }\n';
const COMPANY = 'cycle: 2026-Q4\nunit: company\nlevel: company\nlead: ann\nobjectives:\n  - id: O1\n    title: Win the market\n    keyResults:\n      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: 40 }\n      - { id: KR2, title: Publish the pricing page, lead: ann, done: false }\n';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('okr in-process', () => {
  it("commits as the git config the command's environment names, not this process's", async () => {
    const dir = gitRepo([{ files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': COMPANY }, message: 'Post Q4', date: '2026-10-05' }]);
    const gitconfig = join(dir, '.gitconfig-test');
    writeFileSync(gitconfig, '[user]\n\tname = Config Person\n\temail = config@acme.example\n');
    // What this process has must not reach git.
    vi.stubEnv('GIT_AUTHOR_NAME', 'Leaked Author');
    vi.stubEnv('GIT_AUTHOR_EMAIL', 'leaked@example.com');
    vi.stubEnv('GIT_CONFIG_GLOBAL', '/nonexistent/leaked');
    const result = await runOkr(['checkin', '-C', dir, 'company/O1/KR1', '--value', '55', '--as-of', '2026-11-20'], { env: { GIT_CONFIG_GLOBAL: gitconfig } });
    expect(result.stderr).toContain('company/O1/KR1: 40 → 55');
    expect(result.code).toBe(0);
    expect(runGit(dir, ['log', '-1', '--format=%an <%ae>|%cn <%ce>'])).toBe('Config Person <config@acme.example>|Config Person <config@acme.example>\n');
  });

  it('refuses to commit when the environment gives git no identity, whatever this process has', async () => {
    const dir = gitRepo([{ files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': COMPANY }, message: 'Post Q4', date: '2026-10-05' }]);
    vi.stubEnv('GIT_AUTHOR_NAME', 'Leaked Author');
    vi.stubEnv('GIT_AUTHOR_EMAIL', 'leaked@example.com');
    vi.stubEnv('GIT_COMMITTER_NAME', 'Leaked Author');
    vi.stubEnv('GIT_COMMITTER_EMAIL', 'leaked@example.com');
    const result = await runOkr(['checkin', '-C', dir, 'company/O1/KR1', '--value', '55', '--as-of', '2026-11-20']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git does not know who you are');
    expect(runGit(dir, ['log', '--format=%s'])).toBe('Post Q4\n');
  });

  it('colours only when the streams it was given are a terminal', async () => {
    const args = ['score', '-C', join(EXAMPLES, 'acme'), '--as-of', '2026-11-23'];
    const ESC = '\u001b[';
    expect((await runOkr(args)).stdout).not.toContain(ESC);
    expect((await runOkr(args, { tty: true })).stdout).toContain(ESC);
    expect((await runOkr(args, { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('reads stdin from the input it was given', async () => {
    const acme = join(EXAMPLES, 'acme');
    const csv = await runOkr(['export', '-C', acme, '--cycle', '2026-Q4']);
    expect(csv.code).toBe(0);
    const same = await runOkr(['import', '-', '--type', 'csv', '-C', acme], { input: csv.stdout });
    expect(same).toEqual({ code: 0, stdout: '', stderr: 'nothing to change: the unit files already say all of it\n' });
    const none = await runOkr(['import', '-', '--type', 'csv', '-C', acme]);
    expect(none.code).toBe(2);
  });
});
