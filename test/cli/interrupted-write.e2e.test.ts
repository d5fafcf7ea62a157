// Ctrl-C while a check-in is being committed (a slow pre-commit hook): the terminal sends it
// to the whole process group, git and its hook stop, and okr puts the file back before it
// stops, so nothing is left half-done: no edited file, no commit, no lock.

import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, COMPANY_ONE_KR as COMPANY, MINIMAL_CONFIG } from '../helpers/cli.js';
import { BOB, gitRepo, isolatedGitEnv, runGit } from '../helpers/git.js';

const FILE = 'okrs/2026-Q4/company.yaml';

describe('an interrupted check-in', () => {
  it('puts the file back and exits 130 when Ctrl-C reaches it during the commit', { timeout: 60_000 }, async () => {
    const dir = gitRepo([{ files: { 'okr.config.yaml': `${MINIMAL_CONFIG}people:\n  ann: { name: Ann Lee }\n`, [FILE]: COMPANY }, message: 'Post Q4', date: '2026-10-05' }]);
    const before = runGit(dir, ['rev-parse', 'HEAD']);
    const started = join(dir, '.git', 'hook-started');
    const hook = join(dir, '.git/hooks/pre-commit');
    writeFileSync(hook, `#!/bin/sh\ntouch '${started}'\nsleep 30\n`);
    chmodSync(hook, 0o755);

    const env: Record<string, string | undefined> = { ...process.env, ...isolatedGitEnv(join(dir, '.home'), BOB), NO_COLOR: '1' };
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    // Its own process group, as a terminal's foreground job is: the signal goes to all of it.
    const child = spawn(process.execPath, [BIN, 'checkin', '-C', dir, 'company/O1/KR1', '--value', '55', '--as-of', '2026-11-01'], {
      env: env as NodeJS.ProcessEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.stdout.resume();
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (!existsSync(started)) await new Promise((resolve) => setTimeout(resolve, 50));
    process.kill(-child.pid!, 'SIGINT');

    const code = await exited;
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('okr: stopped; nothing was written');
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(COMPANY);
    expect(runGit(dir, ['rev-parse', 'HEAD'])).toBe(before);
    expect(runGit(dir, ['status', '--porcelain'])).toBe('');
    expect(existsSync(join(dir, '.git', 'okr.lock'))).toBe(false);
  });
});
