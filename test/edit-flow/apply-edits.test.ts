import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCycle, openRepository, selectCycle } from '../../src/check.js';
import { applyEdits } from '../../src/edit-flow/apply-edits.js';
import { MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { testEnv } from '../helpers/git.js';

const FILE = 'okrs/2026-Q4/company.yaml';
const UNIT = `cycle: 2026-Q4
unit: company
level: company
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: 10 }
`;

describe('applyEdits', () => {
  it('refuses to edit a file that changed since the edits were planned (prompts were open)', async () => {
    const dir = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, [FILE]: UNIT });
    const repo = await openRepository({ cwd: dir, env: testEnv() });
    const cycle = selectCycle(repo.config, undefined, '2026-11-01');
    const before = await checkCycle(repo, cycle);
    const edits = [{ file: FILE, edits: [{ path: ['objectives', 0, 'keyResults', 0, 'current'], value: 20 }] }];
    const changed = `${UNIT}# saved from an editor meanwhile\n`;
    writeFileSync(join(dir, FILE), changed);
    const options = { commit: false, message: () => 'unused', originals: new Map([[FILE, UNIT]]) };
    await expect(applyEdits(repo, cycle, before, edits, options)).rejects.toThrow(`${FILE} changed while okr was working on it; nothing written`);
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(changed);
    // Without originals to hold it to (a flag run), the file is read as it is now.
    await applyEdits(repo, cycle, before, edits, { commit: false, message: () => 'unused' });
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(changed.replace('current: 10', 'current: 20'));
  });
});
