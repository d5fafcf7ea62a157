// okr checkin as a weekly habit (SPEC 9), on real git repositories: a check-in whose value did
// not move is committed and ends staleness; dates stay inside the cycle and not after today;
// confidence may be a percentage; a score entered by hand is warned about, and can be cleared;
// --format json says what was committed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCheckinMessage } from '../../src/git/checkin-message.js';
import { MINIMAL_CONFIG, hasStackTrace } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { BOB, gitRepo, isolatedGitEnv, runGit, writeFile } from '../helpers/git.js';

const CONFIG = `${MINIMAL_CONFIG}people:
  ann: { name: Ann Lee, email: ann@acme.example }
  bob: { name: Bob Stone, email: bob@acme.example }
checkins:
  everyDays: 7
`;

const COMPANY = `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Win the market
    keyResults:
      - id: KR1
        title: Customers from 0 to 100
        lead: ann
        start: 0
        target: 100
        current: 40      # counted by finance
        confidence: 0.6
      - { id: KR2, title: Publish the pricing page, lead: bob, done: false }
      - id: KR3
        title: Launch in three countries
        lead: bob
        milestones:
          - { title: France, done: true }
          - { title: Spain, done: false }
      - id: KR4
        title: Roll back any deploy in minutes
        lead: bob
        type: binary
        done: false
        score: 0.5       # works for half of the services
        confidence: 0.7
`;

const FILE = 'okrs/2026-Q4/company.yaml';

function repository() {
  return gitRepo([{ files: { 'okr.config.yaml': CONFIG, [FILE]: COMPANY }, message: 'Post Q4', date: '2026-10-05' }]);
}

async function okr(dir: string, args: string[], options: { input?: string } = {}) {
  return await runOkr([...args, '-C', dir], { env: isolatedGitEnv(join(dir, '.home'), BOB), ...options });
}

const read = (dir: string) => readFileSync(join(dir, FILE), 'utf8');
const commits = (dir: string) => Number(runGit(dir, ['rev-list', '--count', 'HEAD']).trim());
const lastMessage = (dir: string) => runGit(dir, ['log', '-1', '--format=%B']);
const changedFiles = (dir: string) => runGit(dir, ['show', '--name-only', '--format=', 'HEAD']).trim();

/** Every object inside a JSON value (arrays and objects, depth first). */
function objectsIn(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(objectsIn);
  if (node && typeof node === 'object') return [node as Record<string, unknown>, ...Object.values(node).flatMap(objectsIn)];
  return [];
}

/** Whether `okr remind` and `okr report` (JSON, as of a date) call the key result stale anywhere. */
async function staleElsewhere(dir: string, ref: string, asOf: string): Promise<{ remind: boolean; report: boolean }> {
  const remind = await okr(dir, ['remind', '--format', 'json', '--as-of', asOf]);
  const report = await okr(dir, ['report', '--format', 'json', '--as-of', asOf]);
  expect([remind.code, report.code]).toEqual([0, 0]);
  return {
    remind: objectsIn(JSON.parse(remind.stdout)).some((o) => o.ref === ref && (o.kind === 'stale' || (Array.isArray(o.flags) && o.flags.includes('stale')))),
    report: objectsIn(JSON.parse(report.stdout)).some((o) => o.ref === ref && o.stale === true),
  };
}

/** The KR's row of `okr score --format json` as of a date. */
async function scoreOf(dir: string, ref: string, asOf: string) {
  const result = await okr(dir, ['score', '--format', 'json', '--as-of', asOf]);
  expect(result.code).toBe(0);
  const find = (node: unknown): Record<string, unknown> | undefined => {
    if (Array.isArray(node)) return node.map(find).find(Boolean);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.ref === ref && 'stale' in record) return record;
      return Object.values(record).map(find).find(Boolean);
    }
    return undefined;
  };
  return find(JSON.parse(result.stdout))!;
}

describe('a check-in whose value did not move', () => {
  it('is committed with its trailers and no change to the file, and the key result is no longer stale', async () => {
    const dir = repository();
    expect((await scoreOf(dir, 'company/O1/KR1', '2026-11-28')).stale).toBe(true);
    expect(await staleElsewhere(dir, 'company/O1/KR1', '2026-11-30')).toEqual({ remind: true, report: true });

    const result = await okr(dir, ['checkin', 'company/O1/KR1', '--value', '40', '--confidence', '0.6', '--note', 'No movement this week', '--as-of', '2026-11-28']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('✔ company/O1/KR1: 40, no change, confidence 0.6');
    expect(result.stderr).toMatch(/committed [0-9a-f]{7}: the check-in, with nothing to change in the file/);
    expect(read(dir)).toBe(COMPANY);
    expect(commits(dir)).toBe(2);
    expect(changedFiles(dir)).toBe('');
    expect(lastMessage(dir)).toBe('okr: company/O1/KR1 40, no change (confidence 0.6)\n\nNo movement this week\n\nOKR-Ref: company/O1/KR1\nOKR-Value: 40\nOKR-Confidence: 0.6\nOKR-Date: 2026-11-28\n\n');

    const after = await scoreOf(dir, 'company/O1/KR1', '2026-11-30');
    expect([after.stale, after.lastCheckin]).toEqual([false, '2026-11-28']);
    expect(await staleElsewhere(dir, 'company/O1/KR1', '2026-11-30')).toEqual({ remind: false, report: false });
    const history = await okr(dir, ['history', 'company/O1/KR1', '--format', 'json']);
    const events = JSON.parse(history.stdout).events as { field: string; change: string; note?: string; date: string; via: string }[];
    expect(events.filter((e) => e.field === 'checkin')).toEqual([expect.objectContaining({ change: 'unchanged', note: 'No movement this week', date: '2026-11-28', via: 'checkin' })]);
  });

  it('is recorded with --unchanged where no value flag fits (a milestone key result), or for the same done', async () => {
    const dir = repository();
    const milestone = await okr(dir, ['checkin', 'company/O1/KR3', '--unchanged', '--note', 'Spain waits on the lawyers', '--as-of', '2026-11-20']);
    expect(milestone.code).toBe(0);
    expect(parseCheckinMessage(lastMessage(dir)).checkins).toEqual([{ ref: 'company/O1/KR3', date: '2026-11-20' }]);
    expect(lastMessage(dir).split('\n')[0]).toBe('okr: company/O1/KR3 no change');
    const binary = await okr(dir, ['checkin', 'company/O1/KR2', '--not-done', '--as-of', '2026-11-21']);
    expect(binary.code).toBe(0);
    expect(lastMessage(dir).split('\n')[0]).toBe('okr: company/O1/KR2 not done, no change');
    expect(read(dir)).toBe(COMPANY);
    expect(commits(dir)).toBe(3);
    for (const ref of ['company/O1/KR2', 'company/O1/KR3']) expect((await scoreOf(dir, ref, '2026-11-24')).stale, ref).toBe(false);
  });

  it('counts a change of confidence alone as a check-in', async () => {
    const dir = repository();
    const result = await okr(dir, ['checkin', 'company/O1/KR1', '--confidence', '0.4', '--as-of', '2026-11-20']);
    expect(result.code).toBe(0);
    expect(changedFiles(dir)).toBe(FILE);
    expect((await scoreOf(dir, 'company/O1/KR1', '2026-11-22')).lastCheckin).toBe('2026-11-20');
  });

  it('is refused, as any check-in, while the file has changes not committed; with --no-commit nothing is made', async () => {
    const dir = repository();
    writeFile(dir, FILE, COMPANY.replace('current: 40', 'current: 45'));
    const refused = await okr(dir, ['checkin', 'company/O1/KR1', '--value', '45', '--as-of', '2026-11-20']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${FILE} has changes that are not committed`);
    expect(commits(dir)).toBe(1);
    const editOnly = await okr(dir, ['checkin', 'company/O1/KR1', '--value', '45', '--no-commit', '--as-of', '2026-11-20']);
    expect(editOnly.code).toBe(0);
    expect(editOnly.stderr).toContain('nothing written: the file already says that (not committed)');
    expect(commits(dir)).toBe(1);
  });
});

describe('the date of a check-in', () => {
  it('lies inside the cycle and not after today, else a usage error naming the cycle\'s dates', async () => {
    const dir = repository();
    const cases: [string[], string][] = [
      [['--date', '2027-02-01'], '--date 2027-02-01 is outside the cycle: 2026-Q4 runs from 2026-10-01 to 2026-12-31; a check-in on it is dated 2026-10-01 to 2026-11-20'],
      [['--date', '2026-09-30'], '--date 2026-09-30 is outside the cycle: 2026-Q4 runs from 2026-10-01 to 2026-12-31'],
      [['--date', '2026-11-21'], '--date 2026-11-21 is after today (2026-11-20): a check-in records what is known by now; it is dated 2026-10-01 to 2026-11-20'],
    ];
    for (const [flags, message] of cases) {
      const result = await okr(dir, ['checkin', 'company/O1/KR1', '--value', '50', '--as-of', '2026-11-20', ...flags]);
      expect(result.code, flags.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
    // Today itself after the cycle's end: the default date is refused too, with the way out.
    const late = await okr(dir, ['checkin', 'company/O1/KR1', '--value', '50', '--as-of', '2027-01-05', '--cycle', '2026-Q4']);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('today (2027-01-05) is outside the cycle: 2026-Q4 runs from 2026-10-01 to 2026-12-31; give --date 2026-10-01…2026-12-31 for a check-in on it');
    const dated = await okr(dir, ['checkin', 'company/O1/KR1', '--value', '50', '--as-of', '2027-01-05', '--date', '2026-12-31']);
    expect(dated.code).toBe(0);
    expect(parseCheckinMessage(lastMessage(dir)).checkins[0].date).toBe('2026-12-31');
    expect(commits(dir)).toBe(2);
  });

  it('is checked on every row of a CSV, with the cell\'s position', async () => {
    const dir = repository();
    writeFile(dir, 'week.csv', 'ref,value,date\ncompany/O1/KR1,50,2026-11-02\ncompany/O1/KR1,55,2026-12-24\n');
    const result = await okr(dir, ['checkin', '--from', 'week.csv', '--as-of', '2026-11-20']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('week.csv:3:19: date 2026-12-24 is after today (2026-11-20)');
    expect(commits(dir)).toBe(1);
  });
});

describe('confidence', () => {
  it('is 0.7 or 70%, on the command line and in a CSV', async () => {
    const dir = repository();
    expect((await okr(dir, ['checkin', 'company/O1/KR1', '--value', '50', '--confidence', '75%', '--as-of', '2026-11-20'])).code).toBe(0);
    expect(read(dir)).toContain('confidence: 0.75');
    writeFile(dir, 'week.csv', 'ref,value,confidence\ncompany/O1/KR1,55,12.5%\n');
    expect((await okr(dir, ['checkin', '--from', 'week.csv', '--as-of', '2026-11-20'])).code).toBe(0);
    expect(read(dir)).toContain('confidence: 0.125');
  });

  it('refuses anything else with the reason', async () => {
    const dir = repository();
    const cases: [string, string][] = [
      ['70 %', "'70 %' is not a confidence: write the % right after the number, like 70%"],
      ['70', '70 is more than 1: a confidence is a number from 0 to 1, or a percentage like 70% (did you mean 70%?)'],
      ['150%', '150% is more than 100%'],
      ['-0.2', "'-0.2' is not a confidence: it cannot be negative"],
      ['high', "'high' is not a confidence: write a number from 0 to 1, or a percentage like 70%"],
      ['0x1', "'0x1' is not a confidence"],
    ];
    for (const [written, message] of cases) {
      const result = await okr(dir, ['checkin', 'company/O1/KR1', '--value', '50', '--confidence', written, '--as-of', '2026-11-20']);
      expect(result.code, written).toBe(2);
      expect(result.stderr).toContain(`okr: --confidence: ${message}`);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
    writeFile(dir, 'week.csv', 'ref,value,confidence\ncompany/O1/KR1,55,80 %\n');
    const csv = await okr(dir, ['checkin', '--from', 'week.csv', '--as-of', '2026-11-20']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain("week.csv:2:19: confidence: '80 %' is not a confidence");
    expect(commits(dir)).toBe(1);
  });
});

describe('a score entered by hand', () => {
  it('is warned about when it wins over what is checked in: the score stays, and how to clear it', async () => {
    const dir = repository();
    const result = await okr(dir, ['checkin', 'company/O1/KR4', '--done', '--as-of', '2026-11-20']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('✔ company/O1/KR4: done; score 0.50 (entered by hand; computed 1.00)');
    expect(result.stderr).toContain('okr: warning: company/O1/KR4 has a score entered by hand (0.5), which wins over what this check-in records: its score stays 0.5. '
      + 'Run okr checkin company/O1/KR4 --clear-score (or delete its score: line) to score it by whether it is done again, or give --score S for another score by hand');
    expect(read(dir)).toContain('score: 0.5       # works for half of the services');
  });

  it('is taken away with --clear-score, that line alone', async () => {
    const dir = repository();
    const result = await okr(dir, ['checkin', 'company/O1/KR4', '--done', '--clear-score', '--as-of', '2026-11-20']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('✔ company/O1/KR4: done, score by hand 0.5 cleared; score 1.00, done');
    expect(result.stderr).not.toContain('warning');
    expect(read(dir)).toBe(COMPANY.replace('        done: false\n        score: 0.5       # works for half of the services\n', '        done: true\n'));
    expect(lastMessage(dir).split('\n')[0]).toBe('okr: company/O1/KR4 done, score by hand 0.5 cleared');
    for (const [args, message] of [
      [['company/O1/KR1', '--clear-score'], 'company/O1/KR1 has no score entered by hand to clear'],
      [['company/O1/KR1', '--score', '0.4', '--clear-score'], 'give --score S to enter a new score by hand, or --clear-score to take it away, not both'],
    ] as [string[], string][]) {
      const refused = await okr(dir, ['checkin', ...args, '--as-of', '2026-11-20']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(message);
    }
  });
});

describe('okr checkin --format json', () => {
  it('prints what was recorded and committed on stdout, and the warnings on stderr too', async () => {
    const dir = repository();
    const result = await okr(dir, ['checkin', 'company/O1/KR4', '--done', '--confidence', '90%', '--format', 'json', '--as-of', '2026-11-20']);
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(data).toEqual({
      cycle: '2026-Q4',
      commit: runGit(dir, ['rev-parse', 'HEAD']).trim(),
      files: [FILE],
      checkins: [{
        ref: 'company/O1/KR4', date: '2026-11-20', done: true, confidence: 0.9, unchanged: false,
        after: { score: 0.5, computed: 1, manual: 0.5, status: 'on_track' },
        warnings: [expect.stringContaining('has a score entered by hand (0.5)')],
      }],
    });
    expect(result.stderr).not.toContain('✔');
    expect(result.stderr).toContain('okr: warning: company/O1/KR4 has a score entered by hand');
  });
});

describe('okr checkin with no reference', () => {
  it('without a terminal, says what to pass', async () => {
    const dir = repository();
    for (const args of [['checkin'], ['checkin', '--value', '50']]) {
      const result = await okr(dir, [...args, '--as-of', '2026-11-20']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('okr: name the key result to check in on, like okr checkin platform/O1/KR1 --value 18 (okr score lists them), or give --from FILE');
    }
  });
});
