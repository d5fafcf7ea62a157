import { describe, expect, it } from 'vitest';
import type { CascadeNode, Report } from '../../../src/report/model.js';
import { OPEN_ROWS, ROW_LIMIT } from '../../../src/format/report/html/attention.js';
import { renderReportHtml } from '../../../src/format/report/html.js';
import { depthForLimit, renderTree } from '../../../src/format/report/html/tree.js';
import { formatBand, gradeCounts } from '../../../src/format/report/html/units.js';
import { formatChange } from '../../../src/format/report/html/labels.js';
import { sampleReport } from '../../report/fixtures/html-report.js';

const INLINE = /<\/?(?:span|strong|code|a|b|i|time)\b[^>]*>/g;

/** The text of the page with tags removed and entities decoded: what a reader sees. */
function visibleText(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/g, '').replace(INLINE, '').replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ').trim();
}

describe('renderReportHtml: the document', () => {
  const html = renderReportHtml(sampleReport());

  it('is one HTML document with its charset, language and a title', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Acme Corp — OKR report 2026-Q4, as of 2026-11-23</title>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('is self-contained: no external script, stylesheet, font, image or link', () => {
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|@import|url\(|@font-face/i);
    expect(html).not.toMatch(/\ssrc=/i);
    // Every link is to a place on the page.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#/);
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });

  it('forbids the page any request with a Content-Security-Policy', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`);
  });

  it('is the same for the same report', () => {
    expect(renderReportHtml(sampleReport())).toBe(html);
  });
});

describe('renderReportHtml: content', () => {
  const report = sampleReport();
  const html = renderReportHtml(report);
  const text = visibleText(html);

  it('has the header: organisation, cycle, dates, as-of date and how far through the cycle', () => {
    expect(text).toContain('Acme Corp');
    expect(text).toContain('Cycle 2026-Q4, 2026-10-01 to 2026-12-31 · as of 2026-11-23');
    expect(text).toContain('Cycle passed 58%');
    expect(text).toContain('post by 2026-10-14 · mid-cycle 2026-11-15 · retro by 2027-01-09');
    expect(html).toMatch(/role="progressbar"[^>]*aria-valuenow="58.2"/);
  });

  it('has the overall score with its grade in shape and word, and its change this week', () => {
    expect(text).toContain('Overall ◆ 0.50 yellow +0.02 this week');
  });

  it('falls back to the last step of the trend when the week change is not given', () => {
    const r = sampleReport();
    delete r.overall.weekChange;
    expect(visibleText(renderReportHtml(r))).toContain('Overall ◆ 0.50 yellow +0.02 since Nov 16');
  });

  it('counts key results by status and by grade, and gives the alignment share', () => {
    expect(text).toMatch(/done 3 on track 9 at risk 1 off track 3 stale 1 Key results by grade/);
    expect(text).toContain('Key results 17 in 8 objectives of 6 units · 1 dropped, counted in none');
    expect(text).toContain('▲ green: 3 · ◆ yellow: 8 · ▼ red: 6');
    expect(text).toContain('Aligned 100% 6 of 6 objectives below company level aligned or stand-alone');
  });

  it('has what needs attention, one row per key result with its reasons and its lead by name', () => {
    expect(text).toContain(`Needs attention ${report.counts.needsAttention} One row per key result`);
    expect(text).toContain('platform/O1/KR2 Zero-downtime deploys for every service 0.10 Alice Ng off track: 0.10, expected 0.41');
    expect(text).toMatch(/engineering\/O1\/KR2 Mean time to recovery under 30 minutes 0.30 Carol Díaz committed: forecast 0.46 at the end, below 1.00 no check-in for 14 days/);
    expect(text).toMatch(/Health metrics out of band 1 .* people-ops Regretted attrition 4.2 ≤ 3 % a year/);
  });

  it('has every unit with its objectives and key results: score, grade, status, confidence, lead, last check-in, week', () => {
    for (const unit of report.units) expect(html).toContain(`<section class="unit unit-full" id="u-${unit.id}">`);
    expect(text).toContain('KR1 Cut median deploy time from 40 to 10 minutes now 17.5 · target 10 Week of 2026-11-23: on plan. 0.75 ▲ green done 0.8 Bob Hart Nov 23 +0.05');
    // Dropped: struck through, no grade (it counts in no mean), no week change.
    expect(text).toContain('KR3 Move the batch jobs to the new scheduler Week of 2026-10-12: on plan. 0.10 – dropped 0.3 Alice Ng Oct 12 KR4');
    expect(html).toContain('<s>Move the batch jobs to the new scheduler</s>');
    expect(text).toContain('KR4 Self-service preview environments added mid-cycle');
    expect(text).toContain('aligns to engineering/O2');
    // An objective's row: its own trend chart, score, grade, status and week change.
    expect(text).toContain('O1 Make deploys boring aligns to engineering/O2 0.45 ◆ yellow on track +0.07');
    expect(html).toMatch(/<tr class="obj" id="o-platform_2f_O1">.*?<td class="ch"><svg class="chart chart-small g-yellow"[^>]*aria-label="platform\/O1: score over the cycle, 8 weeks/);
    // A unit's header: score, pace and week change; a KR's note.
    expect(text).toContain('◆ 0.45 yellow on track +0.07 this week');
    expect(text).toContain('KR2 Retire the legacy build farm no check-ins yet 0.00');
    const r = sampleReport();
    r.units[1].objectives[1].keyResults[1].note = 'rollup: nothing aligned';
    expect(visibleText(renderReportHtml(r))).toContain('KR2 Retire the legacy build farm rollup: nothing aligned no check-ins yet 0.00');
  });

  it('says stale in the status cell, once, whatever the pace says beside it', () => {
    const r = sampleReport();
    const kr = r.units[1].objectives[0].keyResults[1]; // engineering/O1/KR2: stale, status stale
    expect(visibleText(renderReportHtml(r))).toContain('KR2 Mean time to recovery under 30 minutes Week of 2026-11-09: on plan. 0.30 ▼ red stale 0.5');
    kr.status = 'off_track';
    expect(visibleText(renderReportHtml(r))).toContain('KR2 Mean time to recovery under 30 minutes Week of 2026-11-09: on plan. 0.30 ▼ red off track stale 0.5');
  });

  it('links the tree, the alignments and the lists to the objective rows, which exist', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids, target).toContain(target);
  });

  it('draws a chart for the company, each unit with scores, and each KR with check-ins', () => {
    const krs = report.units.flatMap((u) => u.objectives.flatMap((o) => o.keyResults));
    expect(html.match(/class="chart chart-large /g)).toHaveLength(1);
    expect(html.match(/class="chart chart-medium /g)).toHaveLength(report.units.filter((u) => u.objectives.length > 0 && u.trend.length > 0).length);
    const objectives = report.units.flatMap((u) => u.objectives);
    expect(html.match(/class="chart chart-small /g)).toHaveLength(krs.filter((kr) => kr.checkins.length > 0).length + objectives.filter((o) => (o.trend ?? []).length > 0).length);
    expect(html.match(/class="fc"/g)).toHaveLength(krs.filter((kr) => kr.forecast !== null).length);
  });

  it('says so where there is nothing to show', () => {
    expect(text).toContain('KR2 Retire the legacy build farm no check-ins yet');
    expect(text).toContain('No key results yet.'); // mobile/O2
    expect(text).toMatch(/People Operations people-ops department · lead Nina Rossi · status draft · part of Acme Corp no score none No objectives yet\./);
  });

  it('marks the cascade roots that are not aligned and the links that close a cycle', () => {
    const nodes: CascadeNode[] = [
      { kind: 'objective', ref: 'a/O1', title: 'A', unit: 'a', score: 0.5, grade: 'yellow', status: 'on_track', root: 'unaligned', children: [] },
      { kind: 'objective', ref: 'b/O1', title: 'B', unit: 'b', score: null, grade: null, status: 'none', root: 'standalone', cycle: true, children: [] },
    ];
    const tree = visibleText(renderTree(nodes, { openDepth: Infinity, pruneLeafKeyResults: false, maxDepth: Infinity }));
    expect(tree).toContain('a/O1 A ◆ 0.50 on track not aligned');
    expect(tree).toContain('b/O1 B no score none stand-alone ↻ alignment cycle: shown above');
  });
});

describe('renderReportHtml: escaping', () => {
  const evil = '</script><script>alert("x")</script><img src=x onerror=alert(1)> & \'q\'';
  const report = sampleReport();
  report.organization = evil;
  report.cycle = { ...report.cycle, id: evil };
  const unit = report.units[2];
  unit.name = evil;
  unit.leadName = evil;
  unit.objectives[0].title = evil;
  unit.objectives[0].alignsTo = [evil];
  unit.objectives[0].keyResults[0].title = evil;
  unit.objectives[0].keyResults[0].leadName = evil;
  unit.objectives[0].keyResults[0].checkins[0].date = evil;
  report.cascade[0].children[0].title = evil;
  report.attention.keyResults[0] = { ...report.attention.keyResults[0], reasons: [{ kind: 'off_track', text: evil }] };
  report.attention.healthOutOfBand[0] = { ...report.attention.healthOutOfBand[0], title: evil, measure: evil, unit: evil };
  const html = renderReportHtml(report);

  it('escapes every string from the data', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;');
  });

  it('still shows the text as typed', () => {
    const text = visibleText(html);
    expect(text.split(evil).length - 1).toBeGreaterThanOrEqual(9);
  });
});

describe('renderReportHtml: awkward cases', () => {
  const empty: Report = {
    ...sampleReport(),
    units: [], cascade: [],
    overall: { score: null, grade: null, trend: [] },
    counts: { status: {}, grade: {}, keyResults: 0, objectives: 0, units: 0, dropped: 0, needsAttention: 0, filesWithErrors: 0, notScored: 0 },
    alignment: { share: null, aligned: 0, total: 0 },
    attention: { keyResults: [], healthOutOfBand: [] },
    history: false,
    elapsed: 0,
  };

  it('a cycle with nothing in it yet says so, section by section', () => {
    const text = visibleText(renderReportHtml(empty));
    expect(text).toContain('Overall no score');
    expect(text).toContain('Aligned – no objectives below company level');
    expect(text).toContain('Key results by status No key results yet.');
    expect(text).toContain('Key results by grade No key results yet.');
    expect(text).toContain('no git history');
    expect(text).toContain('Git history was not read (not a git repository, a shallow clone, or --no-history)');
    expect(visibleText(renderReportHtml({ ...empty, historyNote: 'a shallow clone <depth 1>' }))).toContain('Git history was not read (a shallow clone <depth 1>)');
    expect(text).toContain('Needs attention 0 One row per key result');
    expect(text).toContain('Nothing behind its pace; staleness and forecasts need git history.');
    expect(text).toContain('No objectives in the cascade yet.');
    expect(text).toContain('No units in this cycle yet.');
    expect(text).toContain('not started');
  });

  it('a report at a revision says which', () => {
    const text = visibleText(renderReportHtml({ ...sampleReport(), at: { revision: 'v1.2', commit: '0123456789abcdef0123', date: '2026-11-15' } }));
    expect(text).toContain('As the repository stood at v1.2 (commit 0123456789ab, 2026-11-15).');
  });

  it('a subtree report says which unit it covers', () => {
    const html = renderReportHtml({ ...sampleReport(), scope: 'engineering' });
    expect(visibleText(html)).toContain('unit engineering and below');
    expect(html).toContain('<title>Acme Corp — OKR report 2026-Q4 (engineering), as of 2026-11-23</title>');
  });

  it('an ended cycle shows a full bar and says it has ended', () => {
    const text = visibleText(renderReportHtml({ ...sampleReport(), elapsed: 1, ended: true }));
    expect(text).toContain('Cycle passed 100% ended');
  });

  it('a long attention list shows its first rows, folds the rest, and counts what is left out', () => {
    const report = sampleReport();
    const item = report.attention.keyResults[0];
    report.attention.keyResults = Array.from({ length: ROW_LIMIT + 7 }, (_, i) => ({ ...item, ref: `x/O1/KR${i}` }));
    report.counts.needsAttention = report.attention.keyResults.length;
    const html = renderReportHtml(report);
    expect(visibleText(html)).toContain(`Needs attention ${ROW_LIMIT + 7}`);
    expect(visibleText(html)).toContain('… and 7 more: okr report --format json lists them all.');
    expect(html).toContain(`x/O1/KR${ROW_LIMIT - 1}<`);
    expect(html).not.toContain(`x/O1/KR${ROW_LIMIT}<`);
    const open = html.slice(html.indexOf('id="attention-h"'), html.indexOf('<details class="att-more">'));
    expect(open.match(/<tr>/g)).toHaveLength(1 + OPEN_ROWS);
    expect(html).toContain(`<details class="att-more"><summary>${ROW_LIMIT + 7 - OPEN_ROWS} more</summary>`);
  });
});

describe('the cascade tree', () => {
  const leaf = (ref: string): CascadeNode => ({ kind: 'keyResult', ref, title: ref, unit: 'u', score: 0.5, grade: 'yellow', status: 'on_track', children: [] });
  const objective = (ref: string, children: CascadeNode[]): CascadeNode => ({ kind: 'objective', ref, title: ref, unit: 'u', score: 0.5, grade: 'yellow', status: 'on_track', children });
  const roots = [objective('c/O1', [leaf('c/O1/KR1'), { ...leaf('c/O1/KR2'), children: [objective('d/O1', [leaf('d/O1/KR1'), leaf('d/O1/KR2')])] }])];

  it('folds with <details>: open down to openDepth, folded below', () => {
    const html = renderTree(roots, { openDepth: 1, pruneLeafKeyResults: false, maxDepth: Infinity });
    expect(html.match(/<details open>/g)).toHaveLength(1);
    expect(html.match(/<details>/g)).toHaveLength(2);
    expect(html.match(/<li class="leaf">/g)).toHaveLength(3);
  });

  it('leaves out leaf key results when pruning, counting them on their objective', () => {
    const text = visibleText(renderTree(roots, { openDepth: Infinity, pruneLeafKeyResults: true, maxDepth: Infinity }));
    expect(text).not.toContain('c/O1/KR1 ');
    expect(text).toContain('c/O1/KR2');
    expect(text).toContain('d/O1 d/O1 ◆ 0.50 on track +2 key results');
    expect(text).toContain('c/O1 c/O1 ◆ 0.50 on track +1 key result ');
  });

  it('stops at maxDepth, counting the objectives below', () => {
    const text = visibleText(renderTree(roots, { openDepth: Infinity, pruneLeafKeyResults: false, maxDepth: 1 }));
    expect(text).toContain('c/O1/KR2 c/O1/KR2 ◆ 0.50 on track +1 aligned objective below, in the unit sections');
    expect(text).not.toContain('d/O1/KR1');
  });

  it('finds the deepest cut that keeps the node count within a limit', () => {
    // Depths: 0 → 1 node, 1 → 2, 2 → 1, 3 → 2 (6 in all).
    expect(depthForLimit(roots, 6, false)).toBe(Infinity);
    expect(depthForLimit(roots, 5, false)).toBe(2);
    expect(depthForLimit(roots, 3, false)).toBe(1);
    expect(depthForLimit(roots, 1, false)).toBe(0);
    expect(depthForLimit(roots, 0, false)).toBe(0);
  });
});

describe('small formatters', () => {
  it('writes a band by its bounds', () => {
    expect(formatBand(4.5, 5)).toBe('4.5–5');
    expect(formatBand(4.5, null)).toBe('≥ 4.5');
    expect(formatBand(null, 3)).toBe('≤ 3');
    expect(formatBand(null, null)).toBe('');
  });

  it('writes a change with its sign', () => {
    expect(formatChange(0.051)).toBe('+0.05');
    expect(formatChange(-0.1)).toBe('−0.10');
    expect(formatChange(0.001)).toBe('0.00');
    expect(formatChange(null)).toBe('');
  });

  it('counts active key results by grade, leaving dropped ones out', () => {
    const krs = sampleReport().units.find((u) => u.id === 'platform')!.objectives[0].keyResults;
    expect(visibleText(gradeCounts(krs))).toBe('▲ 1 ◆ 1 ▼ 1');
    expect(visibleText(gradeCounts([]))).toBe('none');
  });
});
