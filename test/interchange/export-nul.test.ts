// Found by the CSV round-trip property (test/properties/csv.property.test.ts): a text holding
// a NUL (`"\0"` in YAML) was exported as it was, and okr import then refused the CSV as a
// binary file. Export now refuses it, naming the place; in a JSON cell it is escaped and
// comes back.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

const CONFIG = `version: 1
organization: Test Co
cycles:
  - id: 2026-Q4
    start: 2026-10-01
    end: 2026-12-31
people:
  ann: { name: Ann Lee, email: ann@test.example }
`;

const unit = (krTitle: string, milestone: string) => `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Keep customers
    keyResults:
      - id: KR1
        title: "${krTitle}"
        lead: ann
        type: milestone
        milestones:
          - { title: "${milestone}", done: false }
`;

describe('okr export and a NUL character', () => {
  it('refuses a text cell holding one, naming where it is', async () => {
    const dir = tempRepo({ 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': unit('a\\0b', 'Design') });
    const result = await runOkr(['-C', dir, 'export', '--cycle', '2026-Q4']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('the title of company/O1/KR1 (okrs/2026-Q4/company.yaml) holds a NUL character');
  });

  it('carries one inside a JSON cell, escaped, and import gives it back', async () => {
    const dir = tempRepo({ 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': unit('Ship it', 'a\\0b') });
    const exported = await runOkr(['-C', dir, 'export', '--cycle', '2026-Q4']);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('a\\u0000b');
    const target = tempRepo({ 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/.keep': '', 'in.csv': exported.stdout });
    const imported = await runOkr(['-C', target, 'import', join(target, 'in.csv'), '--write', '--cycle', '2026-Q4']);
    expect(imported.code, imported.stderr).toBe(0);
    expect((await runOkr(['-C', target, 'export', '--cycle', '2026-Q4'])).stdout).toBe(exported.stdout);
  });
});
