// The report explains and adds up, in markdown, HTML and JSON alike: each key result's latest
// note and confidence trend; a hand score beside the computed one; a dropped key result with no
// grade; a roll-up drawn week by week, never "no check-ins yet" beside a check-in date; one
// row per key result in what needs attention, with every reason; the files that do not
// validate, each with its first error; every count the length of the list it heads.

import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../src/format/report/html.js';
import { formatReportJson } from '../../../src/format/report/json.js';
import { formatReportMarkdown } from '../../../src/format/report/md.js';
import type { Report } from '../../../src/report/model.js';
import { added, change, kr, makeConfig, objective, reportOf, unitDoc } from '../../report/helpers.js';
import { expectMarkdownSafe } from '../expect-output.js';

// The cycle runs 2026-01-01 to 2026-04-11; as of 2026-02-20 (day 51), a check-in every 7 days.
const docs = [
  unitDoc('company', 'company', [
    objective('O1', [
      kr('KR1', { title: 'Customers from 0 to 100', start: 0, target: 100, current: 30, lead: 'ann', confidence: 0.6 }),
      kr('KR2', { title: 'Partner deal signed', done: false, score: 0.5, lead: 'ann', confidence: 0.7 }),
      kr('KR3', { title: 'Old plan', start: 0, target: 10, current: 0, lead: 'ann', status: 'dropped' }),
      kr('KR4', { title: 'Every team reliable', lead: 'ann', confidence: 0.7 }),
    ], { title: 'Win the market', type: 'committed' }),
  ], { name: 'Acme', lead: 'ann' }),
  unitDoc('team', 'team', [objective('O1', [kr('KR1', { title: 'Team goal', start: 0, target: 10, current: 5, lead: 'bob' })], { alignsTo: 'company/O1/KR4' })], { name: 'Team', parent: 'company' }),
];
const note = (ref: string, field: string, to: unknown, date: string, text: string) => change(ref, field, to, date, { note: text, commit: `c-${date}-${ref}` });
const events = [
  added('company/O1', { id: 'O1' }, '2025-12-20'),
  added('company/O1/KR1', { id: 'KR1', start: 0, target: 100, current: 0 }, '2025-12-20'),
  added('company/O1/KR2', { id: 'KR2', done: false }, '2025-12-20'),
  added('company/O1/KR4', { id: 'KR4' }, '2025-12-20'),
  added('team/O1/KR1', { id: 'KR1', start: 0, target: 10, current: 0 }, '2025-12-20'),
  note('company/O1/KR1', 'current', 10, '2026-01-19', 'Two pilots | signed @everyone.'),
  note('company/O1/KR1', 'confidence', 0.8, '2026-01-19', 'Two pilots | signed @everyone.'),
  change('company/O1/KR1', 'current', 30, '2026-02-16', { commit: 'c-0216' }),
  change('company/O1/KR1', 'confidence', 0.6, '2026-02-16', { commit: 'c-0216' }),
  note('company/O1/KR2', 'score', 0.5, '2026-02-18', 'Halfway through legal.'),
  change('company/O1/KR4', 'confidence', 0.7, '2026-01-05', { commit: 'c-kr4' }),
  change('team/O1/KR1', 'current', 5, '2026-02-18', { commit: 'c-team' }),
];

function built(): Report {
  const { report } = reportOf({ docs, asOf: '2026-02-20', events, config: makeConfig({ organization: 'Acme', people: { ann: { name: 'Ann Lee' } } }) });
  report.problems = {
    errors: 3,
    files: [
      { file: 'okrs/2026-Q1/mobile.yaml', unit: 'mobile', scored: false, errors: 2, first: { line: 19, column: 16, rule: 'schema', message: '\'start\' must be a number, not "lots".' } },
      { file: 'okrs/2026-Q1/sales.yaml', unit: 'sales', scored: true, errors: 1, first: { line: 7, column: 5, rule: 'unique-ids', message: 'Objective id \'O1\' is used twice.' } },
    ],
  };
  report.counts = { ...report.counts, filesWithErrors: 2, notScored: 1 };
  return report;
}

const visible = (html: string) => html.replace(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

describe('the report model', () => {
  const report = built();
  const kr = (ref: string) => report.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults)).find((k) => k.ref === ref)!;

  it('gives each key result its latest note, its confidence trend, and both scores', () => {
    expect(kr('company/O1/KR1')).toMatchObject({
      latestNote: { date: '2026-01-19', text: 'Two pilots | signed @everyone.' },
      confidenceTrend: { values: [0.8, 0.6], direction: 'down' },
      lastCheckin: '2026-02-16',
    });
    expect(kr('company/O1/KR2')).toMatchObject({ score: 0.5, computed: 0, manual: 0.5, latestNote: { text: 'Halfway through legal.' } });
    expect(kr('company/O1/KR3')).toMatchObject({ dropped: true, status: 'dropped', grade: null });
  });

  it('draws a roll-up week by week, so a check-in date never stands beside "no check-ins yet"', () => {
    const rollup = kr('company/O1/KR4');
    expect(rollup.type).toBe('rollup');
    expect(rollup.lastCheckin).toBe('2026-01-05');
    expect(rollup.checkins.length).toBeGreaterThan(1);
    expect(rollup.checkins.at(-1)).toEqual({ date: '2026-02-20', score: rollup.score });
  });

  it('counts each list it heads: stale as the stale key results, attention as its rows', () => {
    const stale = report.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults)).filter((k) => !k.dropped && k.stale).length;
    expect(report.counts.status.stale ?? 0).toBe(stale);
    expect(report.counts.needsAttention).toBe(report.attention.keyResults.length);
    expect(new Set(report.attention.keyResults.map((i) => i.ref)).size).toBe(report.attention.keyResults.length);
    expect(report.counts.dropped).toBe(1);
  });
});

describe('markdown', () => {
  const md = formatReportMarkdown(built());

  it('shows the note under the title, the trend, the hand score with the computed one, the dropped row without a grade', () => {
    expect(md).toContain('| KR1 | Customers from 0 to 100<br>💬 Two pilots \\| signed @&#8203;everyone. _(2026-01-19)_ | 0.30 |');
    expect(md).toMatch(/\| KR1 \| Customers .* \| 0\.8 0\.6 ↓ \| Ann Lee \| 2026-02-16 \|/);
    expect(md).toMatch(/\| KR2 \| Partner deal signed _\(hand-scored, computed 0\.00\)_<br>💬 Halfway through legal\. \| 0\.50 \| 🟡 \|/);
    expect(md).toContain('| KR3 | ~~Old plan~~ | 0.00 |  | dropped |');
    expectMarkdownSafe(md);
  });

  it('lists the files that do not validate near the top, the count agreeing with the list', () => {
    const head = md.slice(0, md.indexOf('## Cascade'));
    expect(head).toContain('> **2 unit files do not validate** (3 errors, as `okr validate` counts them); 1 of them is not scored, none of its key results counted anywhere:');
    expect(head).toContain('> - **not scored** · `okrs/2026-Q1/mobile.yaml:19:16` \'start\' must be a number, not "lots". _(and 1 more)_');
    expect(head).toContain('> - `okrs/2026-Q1/sales.yaml:7:5` Objective id \'O1\' is used twice.');
  });

  it('heads what needs attention with its row count, one row per key result', () => {
    const report = built();
    expect(md).toContain(`[Needs attention (${report.counts.needsAttention})](#needs-attention)`);
    const rows = md.slice(md.indexOf('## Needs attention'), md.indexOf('### 🩺')).split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(report.counts.needsAttention);
  });
});

describe('HTML', () => {
  const report = built();
  const html = renderReportHtml(report);
  const text = visible(html);

  it('shows the note, the trend, the hand score and the dropped row the same way', () => {
    expect(text).toContain('KR1 Customers from 0 to 100 now 30 · target 100 Two pilots | signed @everyone. (Jan 19) 0.30 ▼ red at risk 0.8 0.6 ↓ Ann Lee Feb 16');
    expect(text).toContain('KR2 Partner deal signed hand-scored, computed 0.00 Halfway through legal. 0.50 ◆ yellow');
    expect(html).toContain('<s>Old plan</s>');
    expect(text).toContain('KR3 Old plan now 0 · target 10 no check-ins yet 0.00 – dropped');
  });

  it('lists the files that do not validate above the summary', () => {
    expect(html.indexOf('id="problems"')).toBeLessThan(html.indexOf('class="summary"'));
    expect(text).toContain('2 unit files do not validate 3 errors, as okr validate counts them; 1 not scored: none of its key results counts anywhere. not scored okrs/2026-Q1/mobile.yaml:19:16 \'start\' must be a number, not "lots". (and 1 more) okrs/2026-Q1/sales.yaml:7:5');
  });

  it('counts what needs attention as its rows, in the heading and the contents', () => {
    expect(text).toContain(`Needs attention (${report.counts.needsAttention})`);
    expect(text).toContain(`Needs attention ${report.counts.needsAttention} One row per key result`);
    const section = html.slice(html.indexOf('id="attention"'), html.indexOf('<details class="att'));
    expect(section.match(/<tr><td class="t"/g)).toHaveLength(report.counts.needsAttention);
  });

  it('names in the overall chart\'s legend only what it draws: no forecast there', () => {
    const caption = html.slice(html.indexOf('<figure class="overall-chart">'), html.indexOf('</figure>', html.indexOf('<figure class="overall-chart">')));
    expect(caption).toContain('expected pace');
    expect(caption).not.toContain('forecast');
    expect(caption).not.toContain('class="fc"');
  });
});

describe('JSON', () => {
  it('holds the same counts and lists', () => {
    const report = built();
    const json = JSON.parse([...formatReportJson(report, { paint: ((t: string) => t) as never, tty: false })].join(''));
    expect(json.counts).toEqual(report.counts);
    expect(json.attention.keyResults).toHaveLength(json.counts.needsAttention);
    expect(json.problems.files).toHaveLength(json.counts.filesWithErrors);
  });
});
