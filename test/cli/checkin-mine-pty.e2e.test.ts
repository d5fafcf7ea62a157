// okr checkin with no reference, on a real pseudo-terminal: the key results of the person
// running it (git email matched against people) come first; any other can be named. And the
// weekly answers a person gives there: nothing moved, 70%, a score by hand to clear.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCheckinMessage } from '../../src/git/checkin-message.js';
import { MINIMAL_CONFIG } from '../helpers/cli.js';
import { gitRepo, isolatedGitEnv, runGit, type Author } from '../helpers/git.js';
import { startPty } from '../helpers/pty.js';

const CONFIG = `${MINIMAL_CONFIG}people:
  ann: { name: Ann Lee, email: Ann@Acme.example }
  bob: { name: Bob Stone, email: bob@acme.example }
`;

const COMPANY = `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: 20, confidence: 0.6 }
      - { id: KR2, title: Ship the app, lead: bob, contributors: [ann], done: false }
      - id: KR3
        title: Launch in two countries
        lead: bob
        milestones:
          - { title: France, done: true }
          - { title: Spain, done: false }
      - { id: KR4, title: Roll back in minutes, lead: ann, type: binary, done: false, score: 0.5 }
`;

const FILE = 'okrs/2026-Q4/company.yaml';
const ANN: Author = { name: 'Ann Lee', email: 'ann@acme.example' };
const NOBODY: Author = { name: 'Zed', email: 'zed@elsewhere.example' };

function repository() {
  return gitRepo([{ files: { 'okr.config.yaml': CONFIG, [FILE]: COMPANY }, message: 'Post Q4', date: '2026-10-02' }]);
}

const lastMessage = (dir: string) => runGit(dir, ['log', '-1', '--format=%B']);
const commits = (dir: string) => Number(runGit(dir, ['rev-list', '--count', 'HEAD']).trim());

describe('okr checkin with no reference, on a terminal', () => {
  it('offers the key results the person leads, then those they contribute to, first', async () => {
    const dir = repository();
    const pty = startPty(['checkin', '-C', dir, '--as-of', '2026-11-20'], { env: isolatedGitEnv(join(dir, '.home'), ANN) });
    await pty.waitFor('another key result');
    const menu = pty.output();
    const order = ['company/O1/KR1', 'company/O1/KR4', 'company/O1/KR2', 'another key result'].map((text) => menu.indexOf(text));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(menu).toContain('company/O1/KR2  Ship the app (contributor)');
    expect(menu).not.toContain('company/O1/KR3');
    pty.press('enter'); // KR1, the first
    await pty.waitFor('Current value');
    pty.press('enter'); // 20 again: nothing moved
    await pty.waitFor('Confidence');
    pty.press('backspace', 3);
    pty.type('70%');
    pty.press('enter');
    await pty.waitFor('Note');
    pty.type('Flat week');
    pty.press('enter');
    const result = await pty.exit();
    expect(result.code).toBe(0);
    expect(result.output).toContain('✔ company/O1/KR1: 20, no change, confidence 0.7');
    expect(parseCheckinMessage(lastMessage(dir)).checkins).toEqual([{ ref: 'company/O1/KR1', value: '20', confidence: '0.7', date: '2026-11-20' }]);
    expect(readFileSync(join(dir, FILE), 'utf8')).toContain('current: 20, confidence: 0.7 }');
  });

  it('takes any other key result by its reference, and commits "(none this time)" as a check-in', async () => {
    const dir = repository();
    const pty = startPty(['checkin', '-C', dir, '--as-of', '2026-11-20'], { env: isolatedGitEnv(join(dir, '.home'), NOBODY) });
    await pty.waitFor('Key result');
    expect(pty.output()).toContain('No key results of yours in this cycle: no one in people has your git email (zed@elsewhere.example).');
    pty.type('company/O1/KR9');
    await pty.waitFor("did you mean 'company/O1/KR1'");
    pty.press('backspace');
    pty.type('3');
    pty.press('enter');
    await pty.waitFor('Milestone reached');
    pty.press('enter'); // (none this time)
    await pty.waitFor('Confidence');
    pty.press('enter');
    await pty.waitFor('Note');
    pty.type('Spain still waits');
    pty.press('enter');
    const result = await pty.exit();
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/committed [0-9a-f]{7}: the check-in, with nothing to change in the file/);
    expect(lastMessage(dir)).toBe('okr: company/O1/KR3 no change\n\nSpain still waits\n\nOKR-Ref: company/O1/KR3\nOKR-Date: 2026-11-20\n\n');
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(COMPANY);
    expect(commits(dir)).toBe(2);
  });

  it('asks whether to keep a score entered by hand that wins over the answer', async () => {
    const dir = repository();
    const pty = startPty(['checkin', 'company/O1/KR4', '-C', dir, '--as-of', '2026-11-20'], { env: isolatedGitEnv(join(dir, '.home'), ANN) });
    await pty.waitFor('Is it done?');
    expect(pty.output()).toContain('score 0.50 (entered by hand; computed 0.00)');
    pty.press('up');
    pty.press('enter');
    await pty.waitFor('keep it?');
    pty.press('down');
    pty.press('enter');
    await pty.waitFor('Confidence');
    pty.press('enter');
    await pty.waitFor('Note');
    pty.press('enter');
    const result = await pty.exit();
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, FILE), 'utf8')).toContain('{ id: KR4, title: Roll back in minutes, lead: ann, type: binary, done: true }');
    expect(result.output).toContain('score by hand 0.5 cleared; score 1.00, done');
  });
});
