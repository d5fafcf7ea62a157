// Ctrl-C during okr sync: a command source runs in a process group of its own, out of the
// terminal's reach, so okr stops it itself; then okr exits 130 with nothing written.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, MINIMAL_CONFIG } from '../helpers/cli.js';
import { gitRepo, isolatedGitEnv, runGit, testEnv } from '../helpers/git.js';

const UNIT = `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Win
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: 40, source: { command: "node scripts/slow.js" } }
      - { id: KR2, title: Deals from 0 to 10, lead: ann, start: 0, target: 10, current: 2, source: { command: "node scripts/quick.js" } }
`;

function running(pid: number): boolean {
  try {
    return !/^\S+ \(.*\) [ZX]/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end && !condition()) await new Promise((resolve) => setTimeout(resolve, 25));
  return condition();
}

describe('okr sync, interrupted', () => {
  it('stops the commands it started, writes nothing and exits 130', async () => {
    const dir = gitRepo([{
      files: {
        'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': UNIT,
        'scripts/slow.js': 'require("fs").writeFileSync("slow.pid", String(process.pid));\nsetInterval(() => {}, 1000);\n',
        'scripts/quick.js': 'console.log(7);\n',
      },
      message: 'Post Q4', date: '2026-10-05',
    }]);
    const child = spawn(process.execPath, [BIN, '-C', dir, 'sync', '--cycle', '2026-Q4'], { env: testEnv(isolatedGitEnv(join(dir, '.home'))), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(await until(() => existsSync(join(dir, 'slow.pid')) && readFileSync(join(dir, 'slow.pid'), 'utf8') !== '')).toBe(true);
    const pid = Number(readFileSync(join(dir, 'slow.pid'), 'utf8'));
    expect(running(pid)).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('okr: stopped; nothing was written');
    expect(await until(() => !running(pid))).toBe(true);
    expect(runGit(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('1');
    expect(readFileSync(join(dir, 'okrs/2026-Q4/company.yaml'), 'utf8')).toBe(UNIT);
  }, 30_000);
});
