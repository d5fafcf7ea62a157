// okr score in markdown, CSV and JSON says what the table says: each key result's latest note
// and confidence trend, a hand score beside the computed one, and the files not scored.

import { describe, expect, it } from 'vitest';
import { formatScoreCsv } from '../../../src/format/score/csv.js';
import { formatScoreJson } from '../../../src/format/score/json.js';
import { formatScoreMarkdown } from '../../../src/format/score/md.js';
import type { KeyResultView, ScoreView } from '../../../src/view/score-view.js';
import { scoreView } from '../fixtures.js';
import { expectMarkdownSafe, PIPE } from '../expect-output.js';

async function explained(): Promise<ScoreView> {
  const view = structuredClone(await scoreView());
  const find = (ref: string) => view.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults)).find((kr) => kr.ref === ref) as KeyResultView;
  Object.assign(find('platform/O1/KR1'), { latestNote: { date: '2026-11-12', text: 'Two teams | @everyone left\nto move.' }, confidenceTrend: { values: [0.5, 0.6, 0.6], direction: 'up' } });
  Object.assign(find('platform/O1/KR2'), { manual: 0.5, score: 0.5, computed: 0.25 });
  view.problems = [{ file: 'okrs/2026-Q4/mobile.yaml', unit: 'mobile', scored: false, errors: 1, first: { line: 19, column: 16, rule: 'schema', message: '\'start\' must be a number.' } }];
  return view;
}

describe('okr score explains, in every format', () => {
  it('markdown: the latest note in its own column, the trend, the hand score, the files not scored', async () => {
    const md = formatScoreMarkdown(await explained(), PIPE);
    expect(md).toContain('| Ref | Title | Score | Grade | Status | Confidence | Lead | Latest note |');
    expect(md).toMatch(/\| `platform\/O1\/KR1` \| .* \| 0\.5 0\.6 ↑ \| bob \| Two teams \\\| @&#8203;everyone left to move\. _\(2026-11-12\)_ \|/);
    expect(md).toMatch(/\| `platform\/O1\/KR2` \| Blue\/green deploys for every service _\(hand-scored, computed 0\.25\)_ \| 0\.50 \|/);
    expect(md).toContain('### Unit files that do not validate (1)\n\n- **not scored** · `okrs/2026-Q4/mobile.yaml:19:16` \'start\' must be a number.\n');
    expectMarkdownSafe(md);
  });

  it('CSV: the computed score, the trend and the latest note in columns of their own, after the first ones', async () => {
    const rows = formatScoreCsv(await explained(), PIPE).split('\r\n');
    expect(rows.find((row) => row.startsWith('platform/O1/KR1,'))).toMatch(/,0\.5 0\.6 0\.6 up,2026-11-12,"Two teams \| @everyone left\nto move\."$/);
    expect(rows.find((row) => row.startsWith('platform/O1/KR2,'))).toMatch(/,0\.5,0\.5,red,.*,hand-scored,,0\.25,/);
  });

  it('JSON: every field, the note whole', async () => {
    const json = JSON.parse([...formatScoreJson(await explained(), PIPE)].join(''));
    const kr = json.units.flatMap((u: { objectives: { keyResults: KeyResultView[] }[] }) => u.objectives.flatMap((o) => o.keyResults)).find((k: KeyResultView) => k.ref === 'platform/O1/KR1');
    expect(kr).toMatchObject({ latestNote: { date: '2026-11-12', text: 'Two teams | @everyone left\nto move.' }, confidenceTrend: { values: [0.5, 0.6, 0.6], direction: 'up' } });
    expect(json.problems).toEqual([expect.objectContaining({ file: 'okrs/2026-Q4/mobile.yaml', scored: false })]);
  });
});
