// The interactive check-in, driven through a real pseudo-terminal as a person would.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCheckinMessage, parseCheckinMessage } from '../../src/git/checkin-message.js';
import { MINIMAL_CONFIG } from '../helpers/cli.js';
import { BOB, gitRepo, isolatedGitEnv, runGit } from '../helpers/git.js';
import { startPty } from '../helpers/pty.js';

const unit = (current: number, confidence: number) => `cycle: 2026-Q4
unit: company
level: company
objectives:
  - id: O1
    title: Grow
    keyResults:
      - id: KR1
        title: Customers from 0 to 100
        lead: ann
        start: 0
        target: 100
        current: ${current}   # from the CRM
        confidence: ${confidence}
      - { id: KR2, title: Ship the app, lead: ann, done: false }
`;

function repository() {
  return gitRepo([
    { files: { 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': unit(0, 0.5) }, message: 'Post Q4', date: '2026-10-02' },
    { files: { 'okrs/2026-Q4/company.yaml': unit(20, 0.6) }, message: formatCheckinMessage([{ ref: 'company/O1/KR1', value: 20, previous: 0, confidence: 0.6, date: '2026-10-30' }]), date: '2026-10-30', author: BOB },
  ]);
}

const FILE = 'okrs/2026-Q4/company.yaml';

describe('okr checkin on a terminal', () => {
  it('shows the key result, its last values and pace, then asks, validating as it goes', async () => {
    const dir = repository();
    const pty = startPty(['checkin', 'company/O1/KR1', '-C', dir, '--as-of', '2026-11-20'], { env: isolatedGitEnv(join(dir, '.home'), BOB) });
    await pty.waitFor('Current value');
    const intro = pty.output();
    expect(intro).toContain('company/O1/KR1  Customers from 0 to 100');
    expect(intro).toContain('from 0 to 100, now 20');
    expect(intro).toMatch(/score 0\.20 \(expected 0\.38 by now\) · at risk · confidence 0\.6/);
    expect(intro).toContain('last check-ins: 2026-10-30 20 (conf. 0.6)');
    pty.press('backspace', 2);
    pty.type('45');
    pty.press('enter');
    await pty.waitFor('Confidence');
    pty.press('backspace', 3);
    pty.type('1.5');
    pty.press('enter');
    await pty.waitFor('a number from 0 to 1');
    pty.press('backspace', 3);
    pty.type('0.7');
    pty.press('enter');
    await pty.waitFor('Note');
    pty.type('Two new logos');
    pty.press('enter');
    const result = await pty.exit();
    expect(result.code).toBe(0);
    expect(result.output).toContain('✔ company/O1/KR1: 20 → 45');
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(unit(45, 0.7));
    const parsed = parseCheckinMessage(runGit(dir, ['log', '-1', '--format=%B']));
    expect(parsed.checkins).toEqual([{ ref: 'company/O1/KR1', value: '45', confidence: '0.7', date: '2026-11-20' }]);
    expect(parsed.notes.get('company/O1/KR1')).toBe('Two new logos');
  });

  it('asks yes or no for a binary key result', async () => {
    const dir = repository();
    const pty = startPty(['checkin', 'company/O1/KR2', '-C', dir, '--as-of', '2026-11-20'], { env: isolatedGitEnv(join(dir, '.home'), BOB) });
    await pty.waitFor('Is it done?');
    pty.press('up');
    pty.press('enter');
    await pty.waitFor('Confidence');
    pty.press('enter');
    await pty.waitFor('Note');
    pty.press('enter');
    expect((await pty.exit()).code).toBe(0);
    expect(readFileSync(join(dir, FILE), 'utf8')).toContain('{ id: KR2, title: Ship the app, lead: ann, done: true }');
  });

  it('writes nothing when stopped with Ctrl-C', async () => {
    const dir = repository();
    const pty = startPty(['checkin', 'company/O1/KR1', '-C', dir, '--as-of', '2026-11-20'], { env: isolatedGitEnv(join(dir, '.home'), BOB) });
    await pty.waitFor('Current value');
    pty.press('ctrlC');
    const result = await pty.exit();
    expect(result.code).toBe(130);
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(unit(20, 0.6));
    expect(runGit(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('2');
  });
});
