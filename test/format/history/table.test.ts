import { describe, expect, it } from 'vitest';
import { formatHistoryTable } from '../../../src/format/history/table.js';
import { historyView } from '../fixtures.js';
import { expectTerminalSafe, PIPE, TERMINAL } from '../expect-output.js';

describe('okr history, table', () => {
  it('counts the changes, says what narrowed them, and shows one row each', () => {
    const text = formatHistoryTable(historyView(), { ...PIPE, columns: 200 });
    expect(text.split('\n')[0]).toBe('2026-Q4: 2 changes (platform)');
    expect(text).toContain('platform/O1/KR1');
    expect(text).toContain('2026-11-14');
    expect(text).toContain('␛[2J');
    expect(text).not.toContain('\x1b');
  });

  it('says when nothing changed', () => {
    expect(formatHistoryTable({ ...historyView(), events: [], filters: [] }, PIPE)).toBe('2026-Q4: 0 changes\nNo changes in the git history.\n');
  });

  it('paints definition changes on a terminal, with its own colours only', () => {
    const text = formatHistoryTable(historyView(), TERMINAL);
    expect(text).toContain('\x1b[36m');
    expectTerminalSafe(text);
  });
});
