// okr history's table at the terminal's width: the change cut with …, the ref and its markers
// whole, and on a narrow terminal via and commit under the change with the note.

import { describe, expect, it } from 'vitest';
import { formatHistoryTable } from '../../../src/format/history/table.js';
import { PLAIN } from '../../../src/terminal/medium.js';
import { displayWidth } from '../../../src/text/display-width.js';
import { historyView } from '../fixtures.js';

describe('okr history, table at the terminal\'s width', () => {
  const view = historyView();
  view.events[1] = { ...view.events[1], midCycle: true, formerRef: 'platform-old/O1/KR2' };

  it('is no wider than the width, at 80 columns and up', () => {
    for (const columns of [80, 100, 160]) {
      const text = formatHistoryTable(view, { paint: PLAIN, tty: false, columns });
      expect(Math.max(...text.trimEnd().split('\n').map(displayWidth)), `${columns}`).toBeLessThanOrEqual(columns);
    }
  });

  it('at 80 columns puts via under the change, with the note, and keeps the ref and the marker whole', () => {
    const text = formatHistoryTable(view, { paint: PLAIN, tty: false, columns: 80 });
    expect(text).toMatch(/│ Date +│ Ref +│ Change +│ By +│ Commit {2}│\n/);
    expect(text).toContain('│ 2026-11-14 │ platform/O1/KR2… │ target 10… (mid-cycle) │ Bob Stone │ 0123456 │\n│            │ edit · “Scope cut”');
    // Narrower still, the commit goes under the change too.
    expect(formatHistoryTable(view, { paint: PLAIN, tty: false, columns: 70 })).toContain('│ edit · 0123456 · “Scope cut”');
  });

  it('on a wide terminal has a column each, the note under its change', () => {
    const text = formatHistoryTable(view, { paint: PLAIN, tty: false, columns: 160 });
    expect(text).toMatch(/│ Date +│ Ref +│ Change +│ By +│ Via +│ Commit +│\n/);
    expect(text).toMatch(/│ platform\/O1\/KR2 \(was platform-old\/O1\/KR2\) │ target 10 → 15 \(mid-cycle\) │ Bob Stone │ edit +│ 0123456 │\n│ +│ “Scope cut” +│/);
  });
});
