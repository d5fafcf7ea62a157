// SPEC 8: only okr sync reads a source, and only where it is started. Everything a pull request
// runs (validate, diff, report, the action's steps) and every other command reads the files
// and git alone: a command source that would leave a file behind is never run by them.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { gitRepo, isolatedGitEnv } from '../helpers/git.js';

const UNIT = `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Win the market
    keyResults:
      - id: KR1
        title: Customers from 0 to 100
        lead: ann
        start: 0
        target: 100
        current: 40
        source: { command: "node scripts/touch.js" }
      - id: KR2
        title: Pricing page published
        lead: ann
        done: false
        source: { from: api, path: /done, select: "$.done" }
`;

const CONFIG = `${MINIMAL_CONFIG}people:
  ann: { name: Ann Lee, email: ann@acme.example }
sources:
  api: { kind: http, url: "http://127.0.0.1:9/v1" }
`;

// The script leaves a file behind, whoever runs it; ran.txt means a source was read.
const TOUCH = 'require("fs").writeFileSync("ran.txt", "ran");\nconsole.log(41);\n';

const COMMANDS: string[][] = [
  ['validate'], ['validate', '--base', 'HEAD~1'], ['validate', '--format', 'github'], ['tree'], ['score'], ['score', '--format', 'json'],
  ['report'], ['report', '--format', 'html'], ['report', '--format', 'json'], ['diff', 'HEAD~1'], ['history'], ['audit'],
  ['remind'], ['retro'], ['people'], ['export'], ['reviewers', '--base', 'HEAD~1'], ['owners'],
];

describe('reading a source', () => {
  const dir = gitRepo([
    { files: { 'okr.config.yaml': CONFIG, 'scripts/touch.js': TOUCH, 'okrs/2026-Q4/company.yaml': UNIT.replace('current: 40', 'current: 30') }, message: 'Post Q4', date: '2026-10-05' },
    { files: { 'okrs/2026-Q4/company.yaml': UNIT }, message: 'Raise KR1', date: '2026-11-05' },
  ]);

  it.each(COMMANDS.map((args) => [args.join(' '), args] as const))('okr %s never runs one', async (_, args) => {
    const result = await runOkr(['-C', dir, ...args, '--cycle', '2026-Q4', '--as-of', '2026-11-20'], { env: isolatedGitEnv(join(dir, '.home')) });
    expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBeLessThan(2);
    expect(existsSync(join(dir, 'ran.txt'))).toBe(false);
  });

  it('okr sync does, where it is started (the control: the script really would leave its file)', async () => {
    const result = await runOkr(['-C', dir, 'sync', '--dry-run', 'company/O1/KR1', '--cycle', '2026-Q4'], { env: isolatedGitEnv(join(dir, '.home')) });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('40 → 41');
    expect(existsSync(join(dir, 'ran.txt'))).toBe(true);
  });
});
