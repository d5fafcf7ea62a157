// okr report, run through main() on a real git repository whose check-ins were made by
// three people on set dates (report-fixtures.ts). The numbers asserted are worked out in comments.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { AS_OF, C, CONFIG, T, company, repository, team } from './report-fixtures.js';
import { runGit, shallowClone } from '../helpers/git.js';


describe('okr report --format md', async () => {
  const dir = repository();
  const result = await runOkr(['report', '-C', dir, ...AS_OF]);
  const md = result.stdout;

  it('succeeds quietly: no progress or notes on a stderr that is not a terminal', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('opens with the cycle, how much of it has passed, and the overall score', () => {
    expect(md.startsWith('# Test Co · 2026-Q4\n')).toBe(true);
    expect(md).toContain('`█████████░░░░░░░░░░░` day 43 of 92 · 46% of the cycle has passed');
    // Company = O1 = (0.4 + 0.2 + 0) / 3; a week ago (0.3 + 0 + 0) / 3.
    expect(md).toContain('**Overall 0.20** 🔴 red · ▲ +0.10 since last week · ');
    expect(md).toContain('**4 key results** in 2 objectives of 2 units: 1 on track · 2 off track; 1 stale  ');
    expect(md).toContain('**Alignment:** 100% — 1 of 1 objectives below the company level');
  });

  it('has a section per unit with its rows: score, status, confidence, lead, last check-in, week, sparkline', () => {
    expect(md).toContain('### Test Co HQ\n');
    expect(md).toContain('| **O1** | **Grow \\| the base** _(committed)_ | **0.20** | 🔴 | off track |  |  |  | ▲ +0.10 |');
    // The latest note under the title (every check-in of the fixture says "weekly").
    expect(md).toContain('| KR1 | Customers from 0 to 100<br>💬 weekly | 0.40 | 🟡 | on track | 0.9 | Bob Stone | 2026-11-10 | ▲ +0.10 | ▂▂▃▄ |');
    expect(md).toContain('| KR2 | Partners from 0 to 10<br>💬 weekly | 0.20 | 🔴 | off track, ⚠️ optimistic | 0.8 | Carol Diaz | 2026-11-06 | ▲ +0.20 | ▂ |');
    expect(md).toContain('| KR3 | Security pack shipped _(added mid-cycle)_ | 0.00 | 🔴 | off track |  | Alice Ng |  | – |  |');
    expect(md).toContain('### Partner Team\n\n`team` · team · lead Carol Diaz · part of [Test Co HQ](#test-co-hq)');
    expect(md).toContain('**0.25** 🔴 · stale · no change this week · `▁▁▃▃▃▃`');
    expect(md).toContain('| KR1 | Partner events from 0 to 4<br>💬 weekly | 0.25 | 🔴 | stale |  | Carol Diaz | 2026-10-20 | – | ▃ |');
    expect(md).toContain('| Uptime | 99.5% | ≥ 99.9% | ⚠️ out of band |');
  });

  it('draws the cascade with the team under the key result it aligns to', () => {
    expect(md).toContain('```mermaid\nflowchart LR\n');
    expect(md).toContain('n0(["Test Co HQ<br/>0.20"]):::red');
    expect(md).toContain('n1 -->|"KR2"| n2["Partner Team · O1<br/>Make partners love us<br/>0.25"]:::red');
    expect(md).toContain('click n2 "#partner-team"');
  });

  it('ends with the lists that need attention', () => {
    const attention = md.slice(md.indexOf('## Needs attention'));
    // One row per key result, every reason, the most severe first.
    expect(attention).toContain('**4 key results**, one row each with every reason, the most severe first.');
    expect(attention).toContain('| `company/O1/KR3` Security pack shipped | Alice Ng | 0.00 | **off track: 0.00, expected 0.46** |');
    expect(attention).toContain('| `company/O1/KR2` Partners from 0 to 10 | Carol Diaz | 0.20 | **off track: 0.20, expected 0.46** · confidence 0.8 while off track |');
    expect(attention).toContain('| `company/O1/KR1` Customers from 0 to 100 | Bob Stone | 0.40 | **committed: forecast 0.88 at the end, below 1.00** |');
    expect(attention).toContain('| `team/O1/KR1` Partner events from 0 to 4 | Carol Diaz | 0.25 | **no check-in for 23 days** |');
    // KR1: the line through its four check-ins reaches 0.88 on 2026-12-31.
    expect(md).toContain('[Needs attention (4)](#needs-attention)');
    expect(attention).toContain('| `company` | Uptime | 99.5% | ≥ 99.9% | ⚠️ out of band |');
  });

  it('is the same every time it is made', async () => {
    expect((await runOkr(['report', '-C', dir, ...AS_OF])).stdout).toBe(md);
  });
});

describe('okr report --format json', async () => {
  const dir = repository();
  const result = await runOkr(['report', '-C', dir, ...AS_OF, '--format', 'json']);
  const report = JSON.parse(result.stdout);
  const [kr1, kr2, kr3] = report.units[0].objectives[0].keyResults;

  it('holds the report model', () => {
    expect(result.code).toBe(0);
    expect(Object.keys(report)).toEqual(['organization', 'generatedAt', 'asOf', 'at', 'cycle', 'elapsed', 'ended', 'scope', 'trendDates', 'overall', 'counts', 'alignment', 'units', 'cascade', 'attention', 'problems', 'history', 'historyNote']);
    expect(report).toMatchObject({ organization: 'Test Co', asOf: '2026-11-12', at: null, scope: null, history: true, historyNote: null, ended: false });
    expect(report.elapsed).toBeCloseTo(42 / 91, 12);
    expect(report.counts).toEqual({
      keyResults: 4, objectives: 2, units: 2, status: { on_track: 1, off_track: 2, stale: 1 }, grade: { yellow: 1, red: 3 },
      dropped: 0, needsAttention: 4, filesWithErrors: 0, notScored: 0,
    });
    expect(report.units.map((u: { id: string }) => u.id)).toEqual(['company', 'team']);
    expect(report.cascade.roots[0]).toEqual({ ref: 'company/O1' });
  });

  it('has check-ins, trends and week changes from git', () => {
    expect(kr1.checkins).toEqual([
      { date: '2026-10-09', score: 0.1 }, { date: '2026-10-16', score: 0.2 }, { date: '2026-10-23', score: 0.3 }, { date: '2026-11-10', score: 0.4 },
    ]);
    expect(kr1.weekChange).toBeCloseTo(0.1, 12);
    expect(kr2.weekChange).toBeCloseTo(0.2, 12);
    expect(kr3).toMatchObject({ addedMidCycle: true, weekChange: 0, checkins: [] });
    expect(kr1.goal).toBe(1); // the pace line runs from 0 at the cycle's start to the goal at its end
    // Every trend is its scores on the report's weekly dates; nothing was posted on 2026-10-01.
    expect(report.trendDates).toEqual(['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22', '2026-10-29', '2026-11-05', '2026-11-12']);
    expect(report.overall.trend).toHaveLength(7);
    expect(report.overall.trend[0]).toBeNull();
    // 2026-10-29: KR1 0.3, KR2 0, KR3 not there yet.
    expect(report.overall.trend[4]).toBe(0.15);
    expect(report.overall.trend.at(-1)).toBe(0.2);
  });
});

describe('okr report options', () => {
  const dir = repository();

  it('--unit reports one unit and the units below it', async () => {
    const result = await runOkr(['report', '-C', dir, ...AS_OF, '--unit', 'team', '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.scope).toBe('team');
    expect(report.units.map((u: { id: string }) => u.id)).toEqual(['team']);
    expect(report.overall.score).toBeCloseTo(0.25, 12);
    expect(report.attention.keyResults.map((i: { ref: string }) => i.ref)).toEqual(['team/O1/KR1']);
    expect((await runOkr(['report', '-C', dir, ...AS_OF, '--unit', 'team'])).stdout).toContain('Only **Partner Team** (`team`) and the units below it: 1 unit.');
  });

  it('--unit refuses a unit that is not there', async () => {
    const result = await runOkr(['report', '-C', dir, ...AS_OF, '--unit', 'teem']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("okr: --unit: no unit 'teem' in this cycle (did you mean 'team'?)\n");
  });

  it('--at DATE rebuilds the report as the repository stood that day', async () => {
    const result = await runOkr(['report', '-C', dir, '--at', '2026-10-20', '--format', 'json']);
    const report = JSON.parse(result.stdout);
    const commit = runGit(dir, ['log', '-1', '--before=2026-10-20T23:59:59Z', '--format=%H']).trim();
    expect(report.at).toEqual({ revision: '2026-10-20', commit, date: '2026-10-20' });
    expect(report.asOf).toBe('2026-10-20');
    expect(report.units[0].objectives[0].keyResults.map((k: { ref: string; score: number }) => [k.ref, k.score])).toEqual([['company/O1/KR1', 0.2], ['company/O1/KR2', 0]]);
    expect((await runOkr(['report', '-C', dir, '--at', '2026-10-20'])).stdout).toContain(`rebuilt from git at \`${commit.slice(0, 7)}\` (2026-10-20)`);
  });

  it('--out writes the file (atomically) and nothing to stdout', async () => {
    const out = join(tempRepo(), 'status.md');
    const result = await runOkr(['report', '-C', dir, ...AS_OF, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^okr: wrote .*status\.md \(\d+\.\d KB\)\n$/);
    expect(readFileSync(out, 'utf8')).toBe((await runOkr(['report', '-C', dir, ...AS_OF])).stdout);
  });

  it('--out takes a relative path from where -C runs', async () => {
    const result = await runOkr(['report', '-C', dir, ...AS_OF, '--out', 'status.md']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'status.md'), 'utf8')).toContain('# Test Co · 2026-Q4');
  });

  it('--out into a folder that does not exist is a usage error', async () => {
    const out = join(tempRepo(), 'missing', 'status.md');
    const result = await runOkr(['report', '-C', dir, ...AS_OF, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('its folder does not exist');
    expect(existsSync(out)).toBe(false);
  });

  it('--depth folds the cascade diagram', async () => {
    const md = (await runOkr(['report', '-C', dir, ...AS_OF, '--depth', '1'])).stdout;
    expect(md).toContain('n1 -.-> n2["+1 more"]:::more');
    expect(md).toContain('(`--depth 1`)');
  });

  it('--no-history builds from the files alone, and says so in the report', async () => {
    const result = await runOkr(['report', '-C', dir, ...AS_OF, '--no-history']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('> **No git history:** made with --no-history');
    expect(result.stdout).toContain('| KR1 | Customers from 0 to 100 | 0.40 | 🟡 | on track | 0.9 | Bob Stone |  | – |  |');
  });

  it('--format html writes one page', async () => {
    const result = await runOkr(['report', '-C', dir, ...AS_OF, '--format', 'html']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>/i);
  });
});

describe('okr report without git', () => {
  it('works from the files, and says there is no history', async () => {
    const dir = tempRepo({ 'okr.config.yaml': CONFIG, [C]: company({ kr1: 40, kr2: 2 }), [T]: team(1) });
    const result = await runOkr(['report', '-C', dir, ...AS_OF]);
    expect(result.code).toBe(0);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(result.stderr).toBe('okr: note: no git history (this folder is not in a git repository), so the report has no trends, week-on-week changes, staleness or forecasts\n');
    expect(result.stdout).toContain('> **No git history:** this folder is not in a git repository');
    expect(result.stdout).toContain('| KR1 | Customers from 0 to 100 | 0.40 | 🟡 | on track |  | Bob Stone |  | – |  |');
    expect((await runOkr(['report', '-C', dir, ...AS_OF, '-q'])).stderr).toBe('');
  });

  it('does not trust a shallow clone\'s history, and says how to fetch it all', async () => {
    const clone = shallowClone(repository());
    const result = await runOkr(['report', '-C', clone, ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('okr: note: no git history (this is a shallow clone, whose history is incomplete (fetch it all with actions/checkout fetch-depth: 0');
    expect(result.stdout).toContain('> **No git history:** this is a shallow clone');
  });

  it('handles a cycle with no unit files yet', async () => {
    // An empty cycle folder: a missing okrsDir is a config error (SPEC 10).
    const dir = tempRepo({ 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/.gitkeep': '' });
    const result = await runOkr(['report', '-C', dir, ...AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('_No unit files in this cycle yet._');
    expect(result.stdout).toContain('**Overall –** ⚪ no score yet');
  });
});

describe('okr report on the example repository', async () => {
  const dir = join(tempRepo(), 'acme');
  const init = await runOkr(['init', dir, '--example', '--as-of', '2026-11-23']);
  const md = await runOkr(['report', '-C', dir, '--as-of', '2026-11-23']);
  const report = JSON.parse((await runOkr(['report', '-C', dir, '--as-of', '2026-11-23', '--format', 'json'])).stdout);

  it('reports the whole organisation', () => {
    expect(init.code).toBe(0);
    expect(md.code).toBe(0);
    expect(md.stderr).toBe('');
    expect(md.stdout).toContain('day 54 of 92 · 58% of the cycle has passed');
    expect(report.units).toHaveLength(12);
    expect(report.units[0].id).toBe('company');
    // A section per unit, and the health metrics out of band under Needs attention.
    expect((md.stdout.match(/^### /gm) ?? []).length).toBe(12 + 1);
    expect(md.stdout.length).toBeLessThan(65_536);
  });

  it('ends every trend at the score shown, week by week from the start of the cycle', () => {
    expect(report.trendDates).toHaveLength(9);
    expect(report.trendDates[0]).toBe('2026-10-01');
    expect(report.trendDates.at(-1)).toBe('2026-11-23');
    // A trend's points are drawn to four decimals; the scores themselves are exact.
    const drawn = (score: number) => Math.round(score * 10_000) / 10_000;
    expect(report.overall.trend).toHaveLength(9);
    expect(report.overall.trend.at(-1)).toBe(drawn(report.overall.score));
    for (const unit of report.units) expect(unit.trend.at(-1)).toBe(drawn(unit.score));
    // The company improved week on week, as the check-ins say.
    const scores: number[] = report.overall.trend;
    expect(scores.every((score, i) => i === 0 || score >= scores[i - 1])).toBe(true);
  });

  it('shows the story of the cycle: the added key result, the dropped one, the silent leads, the cloud bill', () => {
    const krs = report.units.flatMap((u: { objectives: { keyResults: { ref: string }[] }[] }) => u.objectives.flatMap((o) => o.keyResults));
    const find = (ref: string) => krs.find((k: { ref: string }) => k.ref === ref);
    expect(find('sales/O1/KR3').addedMidCycle).toBe(true);
    expect(find('platform/O1/KR4')).toMatchObject({ dropped: true, status: 'dropped' });
    const lists = report.attention;
    const listed = lists.keyResults.map((i: { ref: string }) => i.ref);
    expect(listed).not.toContain('platform/O1/KR4');
    const stale = lists.keyResults.filter((i: { reasons: { kind: string }[] }) => i.reasons.some((r) => r.kind === 'stale')).map((i: { ref: string }) => i.ref);
    expect(stale).toEqual(expect.arrayContaining(['mobile/O1/KR2', 'mobile/O2/KR2', 'jade/O1/KR1']));
    expect(lists.healthOutOfBand.map((m: { unit: string; id: string }) => `${m.unit}/${m.id}`)).toEqual(['platform/H2']);
    expect(md.stdout).toContain('| KR3 | Security pack ready for every enterprise evaluation _(added mid-cycle)_ |');
  });
});
