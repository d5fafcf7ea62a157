import { describe, expect, it } from 'vitest';
import { formatPeopleTable } from '../../../src/format/people/table.js';
import { peopleReport } from '../fixtures.js';
import { expectTerminalSafe, PIPE, TERMINAL } from '../expect-output.js';

describe('okr people, table', () => {
  it('says the roles and the coach ratio, then a row per person', async () => {
    const report = await peopleReport();
    const text = formatPeopleTable(report, PIPE);
    expect(text.split('\n')[0]).toBe('2026-Q4 · Acme Corp: who leads what');
    expect(text).toMatch(/^Roles: /m);
    expect(text).toMatch(/^Coaches: /m);
    expect(text).toContain('alice');
    expect(text).not.toContain('\x1b');
  });

  it('is terminal-safe in colour', async () => {
    expectTerminalSafe(formatPeopleTable(await peopleReport(), TERMINAL));
  });
});
