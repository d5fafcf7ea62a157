// okr init on a real pseudo-terminal late in a quarter: it asks which quarter to start with,
// the next one first (npm run test:e2e).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempRepo } from '../helpers/cli.js';
import { ALICE, isolatedGitEnv } from '../helpers/git.js';
import { startPty } from '../helpers/pty.js';

function firstCycleOf(dir: string): string {
  return parse(readFileSync(join(dir, 'okr.config.yaml'), 'utf8')).cycles[0].id;
}

describe('okr init, on a terminal late in a quarter', () => {
  it('offers the next quarter first, and starts with it on Enter', async () => {
    const cwd = tempRepo();
    const term = startPty(['init', 'repo', '--as-of', '2026-12-07'], { cwd, env: isolatedGitEnv(join(cwd, '.home'), ALICE) });
    await term.waitFor('2026-Q4 has 24 days left. Start with which cycle?');
    await term.waitFor('2027-Q1, the next quarter (2027-01-01 to 2027-03-31)');
    await term.waitFor('2026-Q4, this quarter (24 days left, post by 2026-10-14)');
    term.press('enter');
    const { code, output } = await term.exit();
    expect(code, output).toBe(0);
    expect(output).toContain('first cycle 2027-Q1');
    // Asked, so not told again.
    expect(output).not.toContain('so the first cycle is the next quarter');
    expect(firstCycleOf(join(cwd, 'repo'))).toBe('2027-Q1');
  });

  it('keeps this quarter when chosen, and says its postBy has passed', async () => {
    const cwd = tempRepo();
    const term = startPty(['init', 'repo', '--as-of', '2026-12-07'], { cwd, env: isolatedGitEnv(join(cwd, '.home'), ALICE) });
    await term.waitFor('Start with which cycle?');
    term.press('down');
    term.press('enter');
    const { code, output } = await term.exit();
    expect(code, output).toBe(0);
    expect(output).toContain('first cycle 2026-Q4');
    expect(output).toContain('its postBy (2026-10-14) has passed');
    expect(firstCycleOf(join(cwd, 'repo'))).toBe('2026-Q4');
  });

  it('does not ask when --quarter says, nor early in a quarter', async () => {
    const cwd = tempRepo();
    const env = isolatedGitEnv(join(cwd, '.home'), ALICE);
    const flagged = await startPty(['init', 'a', '--as-of', '2026-12-07', '--quarter', 'current'], { cwd, env }).exit();
    expect(flagged.code, flagged.output).toBe(0);
    expect(flagged.output).not.toContain('Start with which cycle?');
    expect(firstCycleOf(join(cwd, 'a'))).toBe('2026-Q4');
    const early = await startPty(['init', 'b', '--as-of', '2026-10-05'], { cwd, env }).exit();
    expect(early.output).not.toContain('Start with which cycle?');
    expect(firstCycleOf(join(cwd, 'b'))).toBe('2026-Q4');
  });
});
