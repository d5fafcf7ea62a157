import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCheckins, RefusedChange } from '../../src/checkin/apply.js';
import { planCheckin } from '../../src/checkin/plan.js';
import { openRepository } from '../../src/repository/repository.js';
import { selectCycle } from '../../src/repository/select-cycle.js';
import { applyEdits } from '../../src/edit-flow/apply-edits.js';
import { MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { testEnv } from '../helpers/git.js';

const UNIT = `cycle: 2026-Q4
unit: company
level: company
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: 10 }
      - { id: KR2, title: Ship, lead: ann, done: false }
`;

describe('applyCheckins', () => {
  it('refuses an edit that would make the cycle invalid, and writes nothing', async () => {
    const dir = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': UNIT });
    const repo = await openRepository({ cwd: dir, env: testEnv() });
    const cycle = selectCycle(repo.config, undefined, '2026-11-01');
    // An edit no flag can make, to reach the last line of defence: the whole-cycle check.
    const refusal = await applyEdits(repo, cycle, (before) => {
      const planned = planCheckin(before.cascade, { ref: 'company/O1/KR1', value: 20, date: '2026-11-01' });
      planned.edits.push({ path: ['level'], value: 'squad' });
      return { changes: [{ file: planned.file, edits: planned.edits }], result: undefined };
    }, { commit: false, message: () => 'unused', command: 'test', env: {} }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RefusedChange);
    expect((refusal as RefusedChange).diagnostics).toEqual([expect.objectContaining({ rule: 'schema', line: 3, column: 8, file: 'okrs/2026-Q4/company.yaml' })]);
    expect(readFileSync(join(dir, 'okrs/2026-Q4/company.yaml'), 'utf8')).toBe(UNIT);
  });

  it('writes the change when the cycle stays valid', async () => {
    const dir = tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': UNIT });
    const repo = await openRepository({ cwd: dir, env: testEnv() });
    const cycle = selectCycle(repo.config, undefined, '2026-11-01');
    const applied = await applyCheckins(repo, cycle, [{ ref: 'company/O1/KR1', value: 20, date: '2026-11-01' }], { commit: false, env: {} });
    expect(applied.files).toEqual(['okrs/2026-Q4/company.yaml']);
    expect(readFileSync(join(dir, 'okrs/2026-Q4/company.yaml'), 'utf8')).toBe(UNIT.replace('current: 10', 'current: 20'));
  });
});
