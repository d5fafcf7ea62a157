import { describe, expect, it } from 'vitest';
import { formatSyncTable } from '../../../src/format/sync/table.js';
import { expectTerminalSafe, PIPE, TERMINAL } from '../expect-output.js';
import { syncResult } from './result.js';

describe('okr sync, table', () => {
  it('shows each key result read: value before and after, source, and what happened', () => {
    const text = formatSyncTable(syncResult(), PIPE);
    expect(text.split('\n')[0]).toBe('2026-Q4: 4 sources read');
    expect(text).toContain('12 h → 17.5 h');
    expect(text).toContain('not done → done');
    expect(text).toContain('the same');
    // Why a source failed is on the line under its row.
    const lines = text.split('\n');
    const failed = lines.findIndex((line) => line.includes('growth/O2/KR1'));
    expect(lines[failed]).toContain('failed');
    expect(lines[failed + 1]).toContain("'node' exited with code 1: warehouse down");
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 changed, 1 the same, 1 failed (value kept); committed 0123456.');
  });

  it('fits 80 columns when it is not a terminal, and the terminal\'s width when it is one', () => {
    for (const line of formatSyncTable(syncResult(), PIPE).split('\n').slice(1, -2)) expect(line.length, line).toBeLessThanOrEqual(80);
    for (const line of formatSyncTable(syncResult(), { ...PIPE, columns: 100 }).split('\n').slice(1, -2)) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('shows what a script said as text: no escape sequence, no workflow command', () => {
    const text = formatSyncTable(syncResult(), PIPE);
    expect(text).not.toContain('\x1b');
    expect(text).not.toMatch(/^::error::/m);
    expectTerminalSafe(formatSyncTable(syncResult(), TERMINAL));
  });

  it('says what --dry-run and --check did', () => {
    const dry = formatSyncTable(syncResult('dry-run'), PIPE);
    expect(dry.split('\n')[0]).toBe('2026-Q4: 4 sources read (--dry-run: nothing written)');
    expect(dry).toContain('would change');
    expect(dry).toContain('nothing written (--dry-run).');
    const check = formatSyncTable(syncResult('check'), PIPE);
    expect(check).toContain('differs');
    expect(check).toContain('matches');
    expect(check).toContain('2 values differ from their sources, 1 failed (value kept).');
    expect(formatSyncTable({ ...syncResult('check'), rows: [syncResult().rows[1]] }, PIPE)).toContain('Every value matches its source.');
  });

  it('says when there was nothing to read', () => {
    expect(formatSyncTable({ ...syncResult(), rows: [] }, PIPE)).toBe('2026-Q4: 0 sources read\nNo key result to read.\n');
  });
});
