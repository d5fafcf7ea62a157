// okr score's table at the terminal's width: titles cut, never a wrapped border; under a key
// result its hand score, optimism and latest note; statuses coloured by meaning on a TTY only;
// and the unit files that do not validate after the table.

import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatScoreTable } from '../../../src/format/score/table.js';
import { PLAIN } from '../../../src/terminal/medium.js';
import { displayWidth } from '../../../src/text/display-width.js';
import type { KeyResultView, ScoreView } from '../../../src/view/score-view.js';
import { scoreView } from '../fixtures.js';
import { expectTerminalSafe } from '../expect-output.js';

const strip = (text: string) => text.replace(new RegExp(String.raw`\u001b\[\d+m`, 'g'), '');
const widest = (text: string) => Math.max(...strip(text).trimEnd().split('\n').map(displayWidth));

async function explained(): Promise<ScoreView> {
  const view = structuredClone(await scoreView());
  const krs = view.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults));
  const find = (ref: string) => krs.find((kr) => kr.ref === ref) as KeyResultView;
  Object.assign(find('platform/O1/KR1'), { latestNote: { date: '2026-11-12', text: 'Rolled out to the payment services; two teams left to move.' }, confidenceTrend: { values: [0.5, 0.6], direction: 'up' } });
  Object.assign(find('platform/O1/KR2'), { manual: 0.5, score: 0.5, computed: 0.25 });
  view.problems = [{ file: 'okrs/2026-Q4/mobile.yaml', unit: 'mobile', scored: false, errors: 2, first: { line: 19, column: 16, rule: 'schema', message: '\'start\' must be a number, not "lots".' } }];
  return view;
}

describe('okr score, table at the terminal\'s width', () => {
  it('is no wider than 80 columns (or the width given), every line a whole row', async () => {
    const view = await explained();
    for (const columns of [80, 100, 132]) {
      const text = formatScoreTable(view, { paint: PLAIN, tty: false, columns });
      expect(widest(text), `${columns} columns`).toBeLessThanOrEqual(columns);
    }
    // No columns given: laid out for 80.
    expect(widest(formatScoreTable(view, { paint: PLAIN, tty: false }))).toBeLessThanOrEqual(80);
  });

  it('cuts titles with … at 80 columns and leaves the lead and grade to wider terminals', async () => {
    const view = await explained();
    const narrow = formatScoreTable(view, { paint: PLAIN, tty: false, columns: 80 });
    expect(narrow).toMatch(/│ Title +│ Score │ Status +│ Conf\. │\n/);
    expect(narrow).toMatch(/…/);
    const wide = formatScoreTable(view, { paint: PLAIN, tty: false, columns: 200 });
    expect(wide).toMatch(/│ Title +│ Score │ Grade +│ Status +│ +Conf\. │ Lead +│\n/);
  });

  it('says under a key result its latest note, and a hand score with the computed one', async () => {
    const text = formatScoreTable(await explained(), { paint: PLAIN, tty: false, columns: 200 });
    expect(text).toMatch(/│ +O1\/KR1 +│ Cut median deploy.*│ +0\.6 ↑ │ .*\n│ +│ 2026-11-12 “Rolled out to the payment services; two teams left to move\.” +│/);
    expect(text).toMatch(/│ +O1\/KR2 +│ Blue\/green.*│ +0\.50 │ .*\n│ +│ hand-scored, computed 0\.25 +│/);
  });

  it('lists the unit files that do not validate, with their first error', async () => {
    const text = formatScoreTable(await explained(), { paint: PLAIN, tty: false, columns: 100 });
    expect(text).toContain('1 unit file does not validate (okr validate lists every error):\n  not scored  okrs/2026-Q4/mobile.yaml:19:16  \'start\' must be a number, not "lots".\n');
  });

  it('colours statuses by meaning on a terminal, and nothing on a pipe', async () => {
    const view = await explained();
    const color = new Chalk({ level: 1 });
    const text = formatScoreTable(view, { paint: color, tty: true, columns: 120 });
    expect(text).toContain(color.green('on track'));
    expect(text).toContain(color.dim('dropped'));
    expectTerminalSafe(text);
    expect(formatScoreTable(view, { paint: PLAIN, tty: false, columns: 120 })).not.toContain('\u001b');
  });
});
