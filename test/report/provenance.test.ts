// The report marks values that came from a source: the key result's current value (JSON
// valueSource, a note in markdown and HTML) and each check-in read by okr sync (JSON points,
// hollow dots in the HTML charts); a hand edit afterwards takes the mark away.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCheckinMessage } from '../../src/git/checkin-message.js';
import { MINIMAL_CONFIG } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { ALICE, gitRepo, isolatedGitEnv, type CommitSpec } from '../helpers/git.js';

const FILE = 'okrs/2026-Q4/growth.yaml';
const unit = (value: number) => `cycle: 2026-Q4
unit: growth
level: company
lead: ann
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Signups from 0 to 100, lead: ann, start: 0, target: 100, current: ${value}, source: { command: "node x.js" } }
`;

function synced(date: string, value: number, previous: number): CommitSpec {
  return { files: { [FILE]: unit(value) }, message: formatCheckinMessage([{ ref: 'growth/O1/KR1', value, previous, date, source: 'node x.js', cycle: '2026-Q4' }], 'okr sync'), date };
}

async function report(commits: CommitSpec[], format: string): Promise<string> {
  const dir = gitRepo([{ files: { 'okr.config.yaml': MINIMAL_CONFIG, [FILE]: unit(10) }, message: 'Post Q4', date: '2026-10-05', author: ALICE }, ...commits]);
  const result = await runOkr(['-C', dir, 'report', '--format', format, '--cycle', '2026-Q4', '--as-of', '2026-11-20'], { env: isolatedGitEnv(join(dir, '.home')) });
  expect(result.code).toBe(0);
  return result.stdout;
}

const keyResult = (json: string) => JSON.parse(json).units[0].objectives[0].keyResults[0];

describe('the report, values from a source', () => {
  const sourced = [
    { files: { [FILE]: unit(20) }, message: 'By hand', date: '2026-10-12' },
    synced('2026-10-19', 30, 20),
    synced('2026-10-26', 40, 30),
  ];

  it('says in JSON where the value and each check-in came from', async () => {
    const kr = keyResult(await report(sourced, 'json'));
    expect(kr).toMatchObject({ source: 'node x.js', valueSource: 'node x.js' });
    expect(kr.checkins).toEqual([
      { date: '2026-10-12', score: 0.2 },
      { date: '2026-10-19', score: 0.3, source: 'node x.js' },
      { date: '2026-10-26', score: 0.4, source: 'node x.js' },
    ]);
  });

  it('marks the value in markdown and in HTML, and the check-ins in the chart', async () => {
    expect(await report(sourced, 'md')).toContain('Signups from 0 to 100 _(added mid-cycle, value from node x.js)_');
    const html = await report(sourced, 'html');
    expect(html).toContain('now 40 <span class="src" title="read from its source by okr sync">from node x.js</span>');
    // One dot typed by hand, two read from the source (drawn as rings).
    const chart = html.slice(html.indexOf('<tr class="kr"')).split('</svg>')[0];
    const dots = (cls: string) => (new RegExp(`<path class="${cls}" d="([^"]*)"`).exec(chart)?.[1].match(/M/g) ?? []).length;
    expect(dots('pts')).toBe(1);
    expect(dots('pts-in')).toBe(2);
  });

  it('takes the mark away when the value is changed by hand afterwards', async () => {
    const kr = keyResult(await report([...sourced, { files: { [FILE]: unit(45) }, message: 'By hand again', date: '2026-11-02' }], 'json'));
    expect(kr).toMatchObject({ source: 'node x.js', valueSource: null });
    expect(kr.checkins.at(-1)).toEqual({ date: '2026-11-02', score: 0.45 });
  });
});
