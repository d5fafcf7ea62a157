// The interactive retrospective of a unit, driven through a real pseudo-terminal.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOB, gitRepo, isolatedGitEnv, runGit } from '../helpers/git.js';
import { startPty } from '../helpers/pty.js';

const CONFIG = `version: 1
organization: Test Co
cycles:
  - id: 2026-Q3
    start: 2026-07-01
    end: 2026-09-30
    retroBy: 2026-10-09
`;

const UNIT = `cycle: 2026-Q3
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Grow
    keyResults:
      - id: KR1
        title: Customers from 0 to 100
        lead: ann
        start: 0
        target: 100
        current: 40   # from the CRM
      - { id: KR2, title: Ship the app, lead: ann, done: true, decision: keep }
retro:
  summary: Busy.
`;

const FILE = 'okrs/2026-Q3/company.yaml';

/** The same unit, its file without a retro: section. */
const NO_RETRO = UNIT.replace('retro:\n  summary: Busy.\n', '');

function start(unit = UNIT) {
  const dir = gitRepo([{ files: { 'okr.config.yaml': CONFIG, [FILE]: unit }, message: 'Q3', date: '2026-07-02' }]);
  const pty = startPty(['retro', 'company', '-C', dir, '--as-of', '2026-10-05'], { env: isolatedGitEnv(join(dir, '.home'), BOB) });
  return { dir, pty };
}

describe('okr retro UNIT on a terminal', () => {
  it('walks the key results and the unit\'s learnings, then writes and commits only what changed', async () => {
    const { dir, pty } = start();
    await pty.waitFor('Final score');
    // The terminal ends lines with CRLF.
    expect(pty.output().replace(/\r\n/g, '\n')).toContain('company/O1/KR1  Customers from 0 to 100\n  lead ann · metric · aspirational\n  from 0 to 100, last 40\n  score 0.40 · yellow');
    pty.type('1.5');
    await pty.waitFor('a number from 0 to 1');
    pty.press('backspace', 3);
    pty.type('0.45');
    pty.press('enter');
    await pty.waitFor('Learning');
    pty.type('Sales ramped late');
    pty.press('enter');
    await pty.waitFor('Next cycle');
    pty.press('up', 2); // from "decide later" to "modify"
    pty.press('enter');
    // KR2: Enter keeps its computed score (1.00), no learning, and its decision.
    await pty.waitFor('Final score');
    pty.press('enter');
    await pty.waitFor('Learning');
    pty.press('enter');
    await pty.waitFor('Next cycle');
    pty.press('enter');
    await pty.waitFor('Learnings of company this cycle');
    pty.type('Start sales earlier');
    pty.press('enter');
    const result = await pty.exit();
    expect(result.code).toBe(0);
    expect(result.output).toContain('✔ company/O1/KR1: score 0.45, decision modify, learning');
    expect(result.output).toContain('✔ company: learnings');
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(UNIT
      .replace('        current: 40   # from the CRM\n', '        current: 40   # from the CRM\n        score: 0.45\n        learning: Sales ramped late\n        decision: modify\n')
      .replace('  summary: Busy.\n', '  summary: Busy.\n  learnings: Start sales earlier\n'));
    expect(runGit(dir, ['log', '-1', '--format=%B'])).toBe(
      "okr: retro of company (2026-Q3): O1/KR1 score 0.45, decision modify, learning and the unit's learnings\n\n"
      + 'company/O1/KR1\n  score: 0.45\n  decision: modify\n  learning: Sales ramped late\n\ncompany learnings:\n  Start sales earlier\n\n');
    expect(runGit(dir, ['status', '--porcelain'])).toBe('');
  });

  it('asks the unit\'s learnings of a file without a retro: section, and adds the section', async () => {
    const { dir, pty } = start(NO_RETRO);
    // Enter through both key results: computed scores kept, no learning, decisions as they are.
    for (let kr = 0; kr < 2; kr++) {
      await pty.waitFor('Final score');
      pty.press('enter');
      await pty.waitFor(/Learning \(/);
      pty.press('enter');
      await pty.waitFor('Next cycle');
      pty.press('enter');
    }
    await pty.waitFor('Learnings of company this cycle');
    pty.type('Start sales earlier');
    pty.press('enter');
    const result = await pty.exit();
    expect(result.code).toBe(0);
    expect(result.output).toContain('✔ company: learnings');
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(`${NO_RETRO}retro:\n  learnings: Start sales earlier\n`);
    expect(runGit(dir, ['log', '-1', '--format=%B'])).toBe('okr: retro of company (2026-Q3): learnings\n\ncompany learnings:\n  Start sales earlier\n\n');
    expect(runGit(dir, ['status', '--porcelain'])).toBe('');
  });

  it('writes nothing when stopped with Ctrl-C', async () => {
    const { dir, pty } = start();
    await pty.waitFor('Final score');
    pty.press('enter');
    await pty.waitFor('Learning');
    pty.type('Half an answer');
    pty.press('ctrlC');
    const result = await pty.exit();
    expect(result.code).toBe(130);
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(UNIT);
    expect(runGit(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('1');
  });
});
