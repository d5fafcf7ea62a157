// okr new on a real pseudo-terminal: its prompts answered key by key (npm run test:e2e).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempRepo } from '../helpers/cli.js';
import { startPty, startPtyCommand } from '../helpers/pty.js';
import { runOkr } from '../helpers/run-okr.js';
import { CONFIG, inserted, PLATFORM, read, repo } from './new-fixtures.js';

describe('okr new, on a terminal', () => {
  it('asks every question of a key result, shows a mistake while it is typed, and takes the correction', async () => {
    const dir = repo();
    const term = startPty(['new', 'kr', '-C', dir]);
    await term.waitFor('Objective to add the key result to');
    term.type('platform/O1');
    await term.waitFor('❯ platform/O1');
    term.press('enter');
    await term.waitFor('Key result');
    term.type('Raise deploys per day from 3 to 12');
    term.press('enter');
    await term.waitFor('Key-result lead');
    term.type('bob');
    await term.waitFor('❯ bob');
    term.press('enter');
    await term.waitFor('Type');
    term.press('enter'); // metric, the first
    await term.waitFor('Start');
    term.type('3');
    term.press('enter');
    await term.waitFor('Target');
    term.type('3');
    await term.waitFor('✖ the target must differ from the start (3)');
    term.press('enter'); // refused: the answer stays, to be corrected
    term.press('backspace');
    term.type('12');
    term.press('enter');
    await term.waitFor('Commit level');
    term.type('1');
    await term.waitFor('✖ commit must lie between start 3 and target 12');
    term.press('backspace');
    term.type('6');
    term.press('enter');
    await term.waitFor('Stretch level');
    term.press('enter'); // optional: none
    await term.waitFor('Unit of measure');
    term.type('deploys');
    term.press('enter');
    const { code, output } = await term.exit();
    expect(code, output).toBe(0);
    expect(output).toContain('added key result platform/O1/KR3 to okrs/2026-Q4/platform.yaml');
    const added = inserted(PLATFORM, read(dir));
    expect(added).toMatch(/- id: KR3\n\s+title: Raise deploys per day from 3 to 12\n\s+lead: bob\n\s+type: metric\n\s+start: 3\n\s+commit: 6\n\s+target: 12\n\s+unit: deploys\n/);
    expect((await runOkr(['validate', '-C', dir])).code).toBe(0);
  });

  it('chooses what a new objective aligns to with the arrow keys, and hints at a number in its title', async () => {
    const dir = repo();
    const term = startPty(['new', 'objective', '-C', dir, '--unit', 'platform']);
    await term.waitFor('Objective (qualitative');
    term.type('Cut deploys to 5 minutes');
    await term.waitFor("⚠ '5' is a number");
    term.press('backspace', 'to 5 minutes'.length);
    term.type('fast');
    term.press('enter');
    await term.waitFor('Type');
    term.press('down');
    term.press('enter'); // committed
    await term.waitFor('Aligns to');
    await term.waitFor('company/O1');
    // company/O1, company/O1/KR1, company/O1/KR2, engineering/O1, engineering/O1/KR1
    term.press('down', 4);
    await term.waitFor(/❯ engineering\/O1\/KR1\s+Cut Sev-1 incidents/);
    term.press('enter');
    const { code, output } = await term.exit();
    expect(code, output).toBe(0);
    expect(inserted(PLATFORM, read(dir))).toMatch(/- id: O2\n\s+title: Cut deploys fast\n\s+type: committed\n\s+alignsTo:(?: \[ ?engineering\/O1\/KR1 ?\]|\n\s+- engineering\/O1\/KR1)\n/);
  });

  it('asks the reason of a stand-alone objective', async () => {
    const dir = repo();
    const term = startPty(['new', 'objective', '-C', dir, '--unit', 'platform', '--title', 'Know our costs', '--type', 'aspirational']);
    await term.waitFor('Aligns to');
    term.type('(stand');
    await term.waitFor('❯ (stand-alone');
    term.press('enter');
    await term.waitFor('Why does it stand alone?');
    term.press('enter');
    await term.waitFor('✖ enter a reason');
    term.type('finance asked');
    term.press('enter');
    const { code, output } = await term.exit();
    expect(code, output).toBe(0);
    expect(read(dir)).toContain('standalone: finance asked');
  });

  it('creates a unit from the answers: level, then a parent of a higher level, then the lead', async () => {
    const dir = repo();
    const term = startPty(['new', 'unit', '-C', dir]);
    await term.waitFor('Unit id');
    term.type('platform');
    await term.waitFor("✖ unit 'platform' already exists");
    term.press('backspace', 'platform'.length);
    term.type('mobile');
    term.press('enter');
    await term.waitFor('Name');
    term.type('Mobile Apps');
    term.press('enter');
    await term.waitFor('Level');
    term.type('team');
    await term.waitFor('❯ team');
    term.press('enter');
    await term.waitFor('Parent unit');
    term.type('eng');
    await term.waitFor(/❯ engineering\s+Engineering|❯ engineering\s+\(department\)/);
    term.press('enter');
    await term.waitFor('OKR lead');
    term.type('carol');
    await term.waitFor('❯ carol');
    term.press('enter');
    const { code, output } = await term.exit();
    expect(code, output).toBe(0);
    expect(read(dir, 'okrs/2026-Q4/mobile.yaml')).toContain('unit: mobile\nname: Mobile Apps\nlevel: team\nparent: engineering\nlead: carol\nstatus: draft\nobjectives: []\n');
  });

  it('asks nothing when only stdin is a terminal: output sent to a file means flags only', async () => {
    const dir = repo();
    const term = startPtyCommand(['sh', '-c', `"${process.execPath}" "${BIN}" new kr -C "${dir}" > "${dir}/out.txt"`]);
    const { code, output } = await term.exit();
    expect(code).toBe(2);
    expect(output).toContain('okr: missing --objective (there is no terminal to ask on)');
  });

  it('says what to create first when there is nothing to choose from', async () => {
    const dir = tempRepo({ 'okr.config.yaml': CONFIG });
    const term = startPty(['new', 'kr', '-C', dir]);
    const { code, output } = await term.exit();
    expect(code).toBe(2);
    expect(output).toContain('okr: no objective in 2026-Q4 yet: add one with okr new objective');
  });

  it('Ctrl-C stops with exit code 130 and leaves the file untouched', async () => {
    const dir = repo();
    const term = startPty(['new', 'kr', '-C', dir, '--objective', 'platform/O1']);
    await term.waitFor('Key result');
    term.type('Half an answer');
    term.press('ctrlC');
    const { code, output } = await term.exit();
    expect(code).toBe(130);
    expect(output).toContain('okr: aborted; nothing written');
    expect(read(dir)).toBe(PLATFORM);
    expect(readdirSync(join(dir, 'okrs/2026-Q4'))).toEqual(['company.yaml', 'engineering.yaml', 'platform.yaml']);
  });
});
