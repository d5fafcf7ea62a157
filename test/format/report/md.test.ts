// `okr report --format md`: the text, its escaping, its anchors and glyphs, and the cap that
// keeps it under GitHub's comment limit.

import { describe, expect, it } from 'vitest';
import { formatReportMarkdown, GITHUB_COMMENT_LIMIT } from '../../../src/format/report/md.js';
import { markdownInline as inline } from '../../../src/escape/markdown.js';
import { createSlugger, formatChange, progressBar, sparkline } from '../../../src/format/report/markdown/text.js';
import type { KeyResultDoc, UnitDoc } from '../../../src/model.js';
import { added, change, kr, makeConfig, objective, reportOf, unitDoc } from '../../report/helpers.js';

describe('glyphs and text', () => {
  it('draws a sparkline on the fixed scale 0…1, the last points only', () => {
    const points = [0, 0.15, 0.5, 0.75, 1].map((score, i) => ({ date: `2026-01-0${i + 1}`, score }));
    expect(sparkline(points)).toBe('▁▂▅▆█');
    expect(sparkline(points, 2)).toBe('▆█');
    expect(sparkline([])).toBe('');
  });

  it('writes a change as ▲ +0.12, ▼ −0.05, or – for none', () => {
    expect(formatChange(0.12)).toBe('▲ +0.12');
    expect(formatChange(-0.05)).toBe('▼ −0.05');
    expect(formatChange(0.004)).toBe('–');
    expect(formatChange(null)).toBe('–');
  });

  it('draws a progress bar', () => {
    expect(progressBar(0.5, 10)).toBe('█████░░░░░');
    expect(progressBar(1.2, 4)).toBe('████');
  });

  it('makes user text inert in a table cell: pipes, newlines, markdown and HTML', () => {
    expect(inline('Cut p95 | p99\nlatency')).toBe('Cut p95 \\| p99 latency');
    expect(inline('<script>*bold* [link](x) `code`')).toBe('\\<script\\>\\*bold\\* \\[link\\](x) \\`code\\`');
    expect(inline('R&amp;D & ops')).toBe('R&amp;amp;D & ops');
  });

  it('names heading anchors as GitHub does, numbering repeats', () => {
    const slug = createSlugger();
    expect(slug('Enterprise Sales DACH & Nordics')).toBe('enterprise-sales-dach--nordics');
    expect(slug('Café Ünits: 2026!')).toBe('café-ünits-2026');
    expect(slug('Sales')).toBe('sales');
    expect(slug('Sales')).toBe('sales-1');
    expect(slug('Sales')).toBe('sales-2');
  });
});

// A report with history: the cycle runs 2026-01-01 to 2026-04-11; as of 2026-01-22 (day 22 of 101).
const docs: UnitDoc[] = [
  unitDoc('company', 'company', [
    objective('O1', [
      kr('KR1', { title: 'Grow | shrink\nthe base', start: 0, target: 100, current: 60, lead: 'ann', confidence: 0.8 }),
      kr('KR2', { start: 0, target: 10, current: 0, lead: 'ann', status: 'dropped' }),
    ], { title: 'Win the market', type: 'committed' }),
  ], { name: 'Acme | HQ', lead: 'ann' }),
  unitDoc('team', 'team', [], { name: 'Quiet Team' }),
];
const events = [
  added('company/O1', { id: 'O1' }, '2025-12-20'),
  added('company/O1/KR1', { id: 'KR1', start: 0, target: 100, current: 0 }, '2025-12-20'),
  change('company/O1/KR1', 'current', 20, '2026-01-05'),
  change('company/O1/KR1', 'current', 40, '2026-01-12'),
  change('company/O1/KR1', 'current', 60, '2026-01-19'),
];
const config = makeConfig({ organization: 'Acme Corp', people: { ann: { name: 'Ann Lee' } } });

describe('the markdown report', () => {
  const { report } = reportOf({ docs, asOf: '2026-01-22', events, config });
  const md = formatReportMarkdown(report);

  it('opens with the organisation, the cycle and how much of it has passed', () => {
    expect(md.startsWith('# Acme Corp · 2026-Q1\n')).toBe(true);
    expect(md).toContain('**Status as of 2026-01-22** · 2026-01-01 → 2026-04-11');
    expect(md).toContain('`████░░░░░░░░░░░░░░░░` day 22 of 101 · 21% of the cycle has passed');
  });

  it('gives the overall score, its change and trend, and counts by status and grade', () => {
    // Company: KR1 only (KR2 dropped) = 0.6; a week ago 0.4.
    expect(md).toContain('**Overall 0.60** 🟡 yellow · ▲ +0.20 since last week · `▁▂▄▅`');
    expect(md).toContain('**1 key result** in 1 objective of 2 units: 1 on track (1 dropped, counted in none)  ');
    expect(md).toContain('**Grades:** 🟡 1 yellow');
    expect(md).toContain('**Alignment:** no objectives below the company level yet.');
  });

  it('has a section per unit with its objectives and key results', () => {
    expect(md).toContain('### Acme \\| HQ\n');
    expect(md).toContain('`company` · company · lead Ann Lee  \n**0.60** 🟡 · on track · ▲ +0.20 this week · `▁▂▄▅`');
    expect(md).toContain('| **O1** | **Win the market** _(committed)_ | **0.60** | 🟡 | on track |  |  |  | ▲ +0.20 | ▁▂▄▅ |');
    expect(md).toContain('| KR1 | Grow \\| shrink the base | 0.60 | 🟡 | on track | 0.8 | Ann Lee | 2026-01-19 | ▲ +0.20 | ▂▄▅ |');
    expect(md).toContain('| KR2 | ~~KR2~~ | 0.00 |  | dropped |  | Ann Lee |  |  |  |');
    expect(md).toContain('### Quiet Team\n\n`team` · team · part of [Acme | HQ](#acme--hq)'.replace('Acme | HQ', 'Acme \\| HQ'));
    expect(md).toContain('_No objectives yet._');
  });

  it('draws the cascade as a mermaid flowchart linking to the sections', () => {
    expect(md).toMatch(/## Cascade\n\n```mermaid\nflowchart LR\n/);
    expect(md).toContain('click n0 "#acme--hq"');
  });

  it('ends with what needs attention, said even when nothing does', () => {
    const attention = md.slice(md.indexOf('## Needs attention'));
    expect(attention).toContain('_No key result is behind, silent or out of step with its confidence._');
    expect(attention).toContain('### 🩺 Health metrics out of band (0)');
    expect(md).toContain('[Needs attention (0)](#needs-attention)');
  });

  it('says when there is no history', () => {
    const bare = formatReportMarkdown(reportOf({ docs, asOf: '2026-01-22', events: null, config }).report);
    expect(bare).toContain('> **No git history:** made with --no-history, so this report has no trends, week-on-week changes, staleness or forecasts.');
    expect(bare).toContain('| KR1 | Grow \\| shrink the base | 0.60 | 🟡 | on track | 0.8 | Ann Lee |  | – |  |');
  });

  it('says when the cycle has not started, and when it has ended', () => {
    expect(formatReportMarkdown(reportOf({ docs, asOf: '2025-12-25', events, config }).report))
      .toContain('The cycle has not started: it starts on 2026-01-01, in 7 days.');
    expect(formatReportMarkdown(reportOf({ docs, asOf: '2026-05-01', events, config }).report))
      .toContain('The cycle ended on 2026-04-11: these are its final scores.');
  });
});

describe('the size cap', () => {
  /** Units of one objective with `krs` key results, each graded by its current value. */
  function bigReport(units: number, grade: (i: number) => number, krs = 4) {
    const metric = (id: string, current: number): KeyResultDoc => kr(id, { title: `A key result with a fairly long title number ${id}`, start: 0, target: 10, current, lead: 'ann' });
    const docs = [
      unitDoc('company', 'company', [objective('O1', [metric('KR1', 8)])]),
      ...Array.from({ length: units }, (_, i) => unitDoc(`unit-${i}`, 'team', [
        objective('O1', Array.from({ length: krs }, (_, k) => metric(`KR${k + 1}`, grade(i))), { alignsTo: 'company/O1' }),
      ])),
    ];
    return reportOf({ docs, asOf: '2026-02-20', config }).report;
  }
  const rows = (md: string) => (md.match(/^\| KR\d+ \| A key result with a fairly long title number KR\d+ \|.*$/gm) ?? []).length;

  it('leaves nothing out when the report fits', () => {
    const md = formatReportMarkdown(bigReport(3, () => 8));
    expect(md).not.toContain('✂️');
    expect(rows(md)).toBe(1 + 3 * 4);
  });

  it('drops the key-result rows of green units first, and says so at the end', () => {
    // Even units green (0.8), odd units red (0.1).
    const report = bigReport(20, (i) => (i % 2 === 0 ? 8 : 1));
    const full = formatReportMarkdown(report, { limit: Infinity });
    const md = formatReportMarkdown(report, { limit: full.length - 100 });
    expect(md.length).toBeLessThanOrEqual(full.length - 100);
    // The company's one and 20 units' four; then only the red units keep theirs: 10 of 4.
    expect(rows(full)).toBe(1 + 20 * 4);
    expect(rows(md)).toBe(40);
    expect(md.trimEnd().split('\n').at(-1)).toBe("_✂️ To stay under GitHub's limit of 65,536 characters for a comment, this report leaves out the key-result rows of green units. `okr report --format html` or `--format json` has everything, and `okr report --unit ID` one subtree in full._");
  });

  it('keeps the sections of the higher levels when not every unit fits', () => {
    const metric = kr('KR1', { start: 0, target: 10, current: 5, lead: 'ann' });
    const docs = [
      unitDoc('company', 'company', [objective('O1', [metric])]),
      unitDoc('dept-a', 'department', [objective('O1', [metric], { alignsTo: 'company/O1' })]),
      ...Array.from({ length: 700 }, (_, i) => unitDoc(`team-${i}`, 'team', [objective('O1', [metric], { alignsTo: 'dept-a/O1' })], { parent: 'dept-a', name: `Team number ${i} with a name` })),
      unitDoc('dept-b', 'department', [objective('O1', [metric], { alignsTo: 'company/O1' })]),
    ];
    const report = reportOf({ docs, asOf: '2026-02-20', config }).report;
    expect(report.units.map((u) => u.id).slice(-2)).toEqual(['team-699', 'dept-b']);
    const md = formatReportMarkdown(report);
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md).toContain('\n### dept-b\n');
    expect(md).toMatch(/_\d+ more units are not shown here: `team-\d+`/);
    expect(md).toContain('**703 key results** in 703 objectives of 703 units');
  });

  it(`keeps a large organisation under ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')} characters`, () => {
    const report = bigReport(400, (i) => i % 11);
    const md = formatReportMarkdown(report);
    expect(formatReportMarkdown(report, { limit: Infinity }).length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md).toContain('## Needs attention');
    expect(md).toMatch(/_✂️ To stay under GitHub's limit .* leaves out every/);
  });
});
