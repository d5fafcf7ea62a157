// okr remind on real repositories with check-ins at set dates: each reminder before, inside
// and after its window; grouping by person; people the registry does not know; markdown,
// JSON and draft emails (parsed by Python's `email`); and the demo repository.

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCheckinMessage, type CheckinRecord } from '../../src/git/checkin-message.js';
import type { Reminders } from '../../src/remind/types.js';
import { hasStackTrace, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { BOB, gitRepo, type CommitSpec } from '../helpers/git.js';
import { parseEml, rawProblems } from '../remind/parse-eml.js';

const CONFIG = `version: 1
organization: Test Co
cycles:
  - { id: 2026-Q3, start: 2026-07-01, end: 2026-09-30, postBy: 2026-07-14, midpoint: 2026-08-15, retroBy: 2026-10-09 }
  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31, postBy: 2026-10-14, midpoint: 2026-11-15, retroBy: 2027-01-09 }
people:
  ann: { name: Ann Lee, email: ann@test.example }
  bob: { name: 'Stone, Bob "Bobby"', email: bob@test.example }
  zoe: { name: Zoë Ünal, email: zoe@test.example }
  erin: { name: Érin Walsh, email: erin@test.example }
  nomail: { name: Nomi Mail }
roles: { coordinator: erin }
checkins: { everyDays: 7 }
`;

// 2026-Q3 is over and its learnings written, but for support/O1/KR1's decision.
const q3 = (unit: string, lead: string, decision = 'decision: keep, ') => `cycle: 2026-Q3
unit: ${unit}
level: ${unit === 'company' ? 'company' : 'team'}
${unit === 'company' ? '' : 'parent: company\n'}lead: ${lead}
status: closed
objectives:
  - id: O1
    title: Be useful
    ${unit === 'company' ? '' : 'standalone: its own goal\n    '}keyResults:
      - { id: KR1, title: Ship it, lead: ${lead}, type: binary, done: true, learning: It shipped, ${decision}}
retro: { learnings: Small steps }
`;

// company.yaml in 2026-Q4: KR1 (ann) loses confidence on 2026-11-20, KR2 (zoe) moves on
// pace, KR3 (zoe) never moves while its confidence stays high.
const company = (week: number, kr1Confidence: number) => `cycle: 2026-Q4
unit: company
name: Test Co
level: company
lead: ann
status: committed
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: ${week * 10}, confidence: ${kr1Confidence} }
      - { id: KR2, title: Partners from 0 to 50, lead: zoe, start: 0, target: 50, current: ${week * 4}, confidence: 0.7 }
      - { id: KR3, title: Countries from 1 to 5, lead: zoe, start: 1, target: 5, current: 1, confidence: ${week % 2 === 0 ? 0.9 : 0.8} }
`;

// sales is still a draft; its KRs never get a check-in. platform names a parent that has
// no file and a lead nobody registered.
const SALES = `cycle: 2026-Q4
unit: sales
name: Sales
level: team
parent: company
lead: bob
status: draft
objectives:
  - id: O1
    title: Sell
    alignsTo: [company/O1]
    keyResults:
      - { id: KR1, title: Deals from 0 to 10, lead: bob, start: 0, target: 10, current: 0 }
      - { id: KR2, title: Demos from 0 to 40, lead: nomail, start: 0, target: 40, current: 0 }
`;
const PLATFORM = `cycle: 2026-Q4
unit: platform
name: Platform
level: team
parent: engineering
lead: ghost
status: committed
objectives:
  - id: O1
    title: Be fast
    standalone: platform work
    keyResults:
      - { id: KR1, title: Builds under 5 minutes, lead: ghost, type: binary, done: false }
`;

const WEEKS = ['2026-10-09', '2026-10-16', '2026-10-23', '2026-10-30', '2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27'];

function repository(): string {
  const commits: CommitSpec[] = [
    {
      files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q3/company.yaml': q3('company', 'ann'), 'okrs/2026-Q3/sales.yaml': q3('sales', 'bob'), 'okrs/2026-Q3/support.yaml': q3('support', 'zoe', '') },
      message: 'Q3', date: '2026-07-01',
    },
    {
      files: { 'okrs/2026-Q4/company.yaml': company(0, 0.6), 'okrs/2026-Q4/sales.yaml': SALES, 'okrs/2026-Q4/platform.yaml': PLATFORM },
      message: 'Post Q4', date: '2026-10-02',
    },
  ];
  WEEKS.forEach((date, index) => {
    const week = index + 1;
    const confidence = date >= '2026-11-20' ? 0.3 : 0.6;
    const records: CheckinRecord[] = [
      { ref: 'company/O1/KR1', value: week * 10, previous: (week - 1) * 10, confidence, date },
      { ref: 'company/O1/KR2', value: week * 4, previous: (week - 1) * 4, confidence: 0.7, date },
      { ref: 'company/O1/KR3', value: 1, confidence: week % 2 === 0 ? 0.9 : 0.8, date },
    ];
    commits.push({ files: { 'okrs/2026-Q4/company.yaml': company(week, confidence) }, message: formatCheckinMessage(records), date, author: BOB });
  });
  return gitRepo(commits);
}

const REPO = repository();

async function remind(asOf: string, args: string[] = [], cwd = REPO) {
  const result = await runOkr(['remind', '-C', cwd, '--as-of', asOf, ...args]);
  expect(hasStackTrace(result.stderr)).toBe(false);
  return result;
}

async function remindJson(asOf: string, args: string[] = []): Promise<Reminders> {
  const result = await remind(asOf, ['--format', 'json', ...args]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Reminders;
}

/** `kind ref → person` for every item, in the report's order. */
function owed(reminders: Reminders): string[] {
  return reminders.people.flatMap((person) => person.items.map((item) => `${item.kind} ${item.ref} → ${person.id}`));
}

const ofKind = (reminders: Reminders, kind: string) => owed(reminders).filter((line) => line.startsWith(`${kind} `));

describe('okr remind: step 1, posting', () => {
  it('lists nothing to post up to postBy', async () => {
    expect(ofKind(await remindJson('2026-10-14'), 'post')).toEqual([]);
  });

  it('after postBy lists drafts and units with no file, each owed by who can post it', async () => {
    const reminders = await remindJson('2026-10-15');
    expect(ofKind(reminders, 'post').sort()).toEqual([
      // named as parent by platform, no file and no lead known: the coordinator chases it
      'post engineering → erin',
      // still status: draft: its lead
      'post sales → bob',
      // had OKRs in 2026-Q3 and none in 2026-Q4: its lead then
      'post support → zoe',
    ]);
    const items = reminders.people.flatMap((p) => p.items).filter((i) => i.kind === 'post');
    expect(items.find((i) => i.ref === 'support')).toMatchObject({
      cycle: '2026-Q4', due: '2026-10-14', reason: 'not posted: no okrs/2026-Q4/support.yaml (it had OKRs in 2026-Q3)',
    });
    expect(items.find((i) => i.ref === 'engineering')?.reason).toBe('not posted: no okrs/2026-Q4/engineering.yaml (platform names it as parent)');
    expect(items.find((i) => i.ref === 'sales')).toMatchObject({ title: 'Sales', reason: 'still status: draft in okrs/2026-Q4/sales.yaml' });
  });

  it('stops asking once the cycle is over', async () => {
    expect(ofKind(await remindJson('2027-01-02'), 'post')).toEqual([]);
  });
});

describe('okr remind: step 2, the mid-cycle check-in', () => {
  it('lists nothing for it before the window', async () => {
    expect(ofKind(await remindJson('2026-11-07'), 'midcycle')).toEqual([]);
  });

  it('around the midpoint lists off track, at risk, stale and optimistic key results, once each', async () => {
    const reminders = await remindJson('2026-11-15');
    // People in order of name: ghost (by id), Nomi Mail, Stone, Bob, Zoë Ünal.
    expect(ofKind(reminders, 'midcycle')).toEqual([
      'midcycle platform/O1/KR1 → ghost',
      'midcycle sales/O1/KR2 → nomail',
      'midcycle sales/O1/KR1 → bob',
      'midcycle company/O1/KR3 → zoe',
    ]);
    const items = new Map(reminders.people.flatMap((p) => p.items).map((i) => [`${i.kind} ${i.ref}`, i]));
    expect(items.get('midcycle sales/O1/KR1')).toMatchObject({
      due: '2026-11-15', flags: ['off_track', 'stale'],
      reason: 'off track (score 0.00, expected 0.35 by now); stale (no check-in yet)',
    });
    // 1 → 1 over its last three check-ins, confidence 0.8 and 0.9: optimistic.
    expect(items.get('midcycle company/O1/KR3')).toMatchObject({ flags: ['off_track', 'optimistic'] });
    expect(items.get('midcycle company/O1/KR3')?.reason).toContain('optimistic (confidence 0.9 while off track)');
    // On the mid-cycle list, a stale key result is not listed a second time as overdue.
    expect(items.has('stale sales/O1/KR1')).toBe(false);
    // KR1 and KR2 are on pace and checked in weekly: not on the list.
    expect(owed(reminders).filter((line) => /company\/O1\/KR[12] /.test(line))).toEqual([]);
  });

  it('lists nothing for it after the window', async () => {
    expect(ofKind(await remindJson('2026-11-23'), 'midcycle')).toEqual([]);
  });
});

describe('okr remind: stale check-ins', () => {
  it('lists a key result silent for longer than checkins.everyDays, by git history', async () => {
    // sales.yaml was committed on 2026-10-02 and never again: 6 days is fine, 8 are not.
    expect(ofKind(await remindJson('2026-10-08', ['--cycle', '2026-Q4']), 'stale')).toEqual([]);
    const reminders = await remindJson('2026-10-10');
    expect(ofKind(reminders, 'stale')).toEqual(['stale platform/O1/KR1 → ghost', 'stale sales/O1/KR2 → nomail', 'stale sales/O1/KR1 → bob']);
    expect(reminders.people.find((p) => p.id === 'bob')?.items.find((i) => i.kind === 'stale')).toMatchObject({
      due: '2026-10-09', reason: 'no check-in yet; the file last changed 2026-10-02 (8 days ago)',
    });
  });

  it('says when the last check-in was', async () => {
    // company/O1/KR2 is checked in weekly until 2026-11-27; as of 2026-12-10 it is 13 days silent.
    const item = (await remindJson('2026-12-10')).people.find((p) => p.id === 'zoe')?.items.find((i) => i.ref === 'company/O1/KR2');
    expect(item).toMatchObject({ kind: 'stale', due: '2026-12-04', reason: 'last check-in 2026-11-27, 13 days ago (one every 7 days)' });
  });

  it('lists no stale check-in once the cycle is over', async () => {
    expect(ofKind(await remindJson('2027-01-02'), 'stale')).toEqual([]);
  });
});

describe('okr remind: confidence drops', () => {
  it('lists a key result whose confidence fell below 0.4 at its last check-in', async () => {
    expect(ofKind(await remindJson('2026-11-19'), 'confidence-drop')).toEqual([]);
    const reminders = await remindJson('2026-11-20');
    expect(ofKind(reminders, 'confidence-drop')).toEqual(['confidence-drop company/O1/KR1 → ann']);
    expect(reminders.people.find((p) => p.id === 'ann')?.items[0]).toMatchObject({
      title: 'Customers from 0 to 100', reason: 'confidence fell from 0.6 to 0.3 at the check-in of 2026-11-20',
    });
  });

  it('does not list it again once a later check-in kept it low', async () => {
    expect(ofKind(await remindJson('2026-11-27'), 'confidence-drop')).toEqual([]);
  });
});

describe('okr remind: step 3, learnings', () => {
  it('lists nothing before the cycle ends', async () => {
    expect(ofKind(await remindJson('2026-12-31', ['--cycle', '2026-Q4']), 'learnings')).toEqual([]);
  });

  it('after the end lists every unit and active key result without its learnings', async () => {
    const reminders = await remindJson('2027-01-02');
    expect(ofKind(reminders, 'learnings')).toEqual([
      'learnings company → ann',
      'learnings company/O1/KR1 → ann',
      'learnings platform → ghost',
      'learnings platform/O1/KR1 → ghost',
      'learnings sales/O1/KR2 → nomail',
      'learnings sales → bob',
      'learnings sales/O1/KR1 → bob',
      'learnings company/O1/KR2 → zoe',
      'learnings company/O1/KR3 → zoe',
    ]);
    const ann = reminders.people.find((p) => p.id === 'ann')!;
    expect(ann.items[0]).toMatchObject({ due: '2027-01-09', reason: 'no retro.learnings for the unit in okrs/2026-Q4/company.yaml' });
    expect(ann.items[1]).toMatchObject({ due: '2027-01-09', reason: 'no learning and no decision (keep, modify or remove)' });
  });

  it('keeps asking past retroBy, and says it was due', async () => {
    const result = await remind('2027-02-01');
    expect(result.stdout).toContain('(was due 2027-01-09)');
    expect(ofKind(await remindJson('2027-02-01'), 'learnings')).toHaveLength(9);
  });

  it('lists the cycle before\'s learnings in the next cycle, unless a cycle is asked for', async () => {
    const reminders = await remindJson('2026-10-05');
    expect(owed(reminders)).toEqual(['learnings support/O1/KR1 → zoe']);
    expect(reminders.people[0].items[0]).toMatchObject({ cycle: '2026-Q3', due: '2026-10-09', reason: 'no decision (keep, modify or remove)' });
    expect((await remind('2026-10-05')).stdout).toContain('- **Step 3 · learnings** (2026-Q3) · `support/O1/KR1` Ship it: no decision (keep, modify or remove) (due 2026-10-09)');
    expect(owed(await remindJson('2026-10-05', ['--cycle', '2026-Q4']))).toEqual([]);
  });
});

describe('okr remind: people', () => {
  it('groups by person, ordered by name, with name and email from people', async () => {
    const reminders = await remindJson('2026-11-20');
    expect(reminders.people.map((p) => [p.id, p.name, p.email])).toEqual([
      ['ann', 'Ann Lee', 'ann@test.example'],
      ['erin', 'Érin Walsh', 'erin@test.example'],
      ['ghost', null, null],
      ['nomail', 'Nomi Mail', null],
      ['bob', 'Stone, Bob "Bobby"', 'bob@test.example'],
      ['zoe', 'Zoë Ünal', 'zoe@test.example'],
    ]);
    expect(reminders.people.find((p) => p.id === 'ghost')?.known).toBe(false);
    expect(reminders.coordinator).toEqual({ id: 'erin', name: 'Érin Walsh', email: 'erin@test.example', known: true });
  });

  it('names people nobody registered by id, and people with no address as such', async () => {
    const { stdout } = await remind('2026-11-20');
    expect(stdout).toContain('\n## ghost (not in people; no email on file)\n');
    expect(stdout).toContain('\n## Nomi Mail (no email on file)\n');
    expect(stdout).toContain('\n## Zoë Ünal <zoe@test.example>\n');
  });

  it('gives items with no lead to the coordinator, and keeps them when there is none', async () => {
    const dir = tempRepo({ 'okr.config.yaml': CONFIG.replace('roles: { coordinator: erin }\n', ''), 'okrs/2026-Q4/platform.yaml': PLATFORM });
    const reminders = JSON.parse((await remind('2026-10-15', ['--format', 'json'], dir)).stdout) as Reminders;
    expect(reminders.coordinator).toBeNull();
    expect(reminders.unassigned.map((i) => `${i.kind} ${i.ref}`)).toEqual(['post engineering']);
    const md = (await remind('2026-10-15', [], dir)).stdout;
    expect(md).toContain('No coordinator in the config (roles.coordinator)');
    expect(md).toContain('\n## Nobody to ask\n');
  });
});

describe('okr remind: output', () => {
  it('prints markdown with the sender, a summary, the steps and a section per person', async () => {
    const result = await remind('2026-11-20');
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md.startsWith('# OKR reminders: Test Co, 2026-Q4, as of 2026-11-20\n\nFrom Érin Walsh <erin@test.example>, OKR coordinator.\n\n')).toBe(true);
    // zoe still owes a decision for 2026-Q3, whose learnings are collected into 2026-Q4.
    expect(md).toContain('**9 items for 6 people:** 3 to post, 4 key results for the mid-cycle check-in, 1 confidence drop, 1 learning owed.');
    expect(md).toContain('| Step 3 · learnings | 2026-Q3 | 2026-10-01 to …: after the cycle ends (2026-09-30), due by retroBy 2026-10-09 | 1 item owed |');
    expect(md).toContain('| Step 2 · mid-cycle check-in | 2026-Q4 | 2026-11-08 to 2026-11-22: 7 days around the midpoint 2026-11-15 | 4 key results |');
    // Stale key results on the mid-cycle list count as stale check-ins too.
    expect(md).toContain('| Check-ins | 2026-Q4 | 2026-10-01 to 2026-12-31: a check-in every 7 days | 3 stale, 1 confidence drop |');
    expect(md).toContain('| Step 3 · learnings | 2026-Q4 | 2027-01-01 to …: after the cycle ends (2026-12-31), due by retroBy 2027-01-09 | not yet (from 2027-01-01) |');
    expect(md).toContain('## Ann Lee <ann@test.example>\n\n- **Confidence drop** · `company/O1/KR1` Customers from 0 to 100: confidence fell from 0.6 to 0.3 at the check-in of 2026-11-20 · `okr checkin company/O1/KR1 --value 80 --confidence 0.3`\n');
    // Text from the files is shown as text.
    expect(md).toContain('## Stone, Bob "Bobby" <bob@test.example>');
  });

  it('prints the same data as JSON', async () => {
    const reminders = await remindJson('2026-11-20');
    expect(Object.keys(reminders)).toEqual(['asOf', 'cycle', 'organization', 'coordinator', 'steps', 'counts', 'people', 'unassigned']);
    expect(reminders).toMatchObject({ asOf: '2026-11-20', cycle: '2026-Q4', organization: 'Test Co' });
    expect(reminders.counts).toEqual({ post: 3, midcycle: 4, stale: 0, 'confidence-drop': 1, learnings: 1 });
    expect(reminders.steps.map((s) => [s.step, s.cycle, s.active])).toEqual([
      ['learnings', '2026-Q3', true], ['post', '2026-Q4', true], ['midcycle', '2026-Q4', true], ['checkins', '2026-Q4', true], ['learnings', '2026-Q4', false],
    ]);
    for (const person of reminders.people) {
      for (const item of person.items) expect(Object.keys(item)).toEqual(expect.arrayContaining(['kind', 'cycle', 'ref', 'title', 'reason']));
    }
  });

  it('says when nothing is owed, and exits 0', async () => {
    const result = await remind('2026-10-05', ['--cycle', '2026-Q4']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('**Nothing is owed as of 2026-10-05.**');
    expect((await remindJson('2026-10-05', ['--cycle', '2026-Q4'])).people).toEqual([]);
  });

  it('works outside git, from the files alone', async () => {
    const dir = tempRepo({ 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': company(3, 0.3), 'okrs/2026-Q4/sales.yaml': SALES });
    const reminders = JSON.parse((await remind('2026-11-15', ['--format', 'json'], dir)).stdout) as Reminders;
    expect(reminders.counts['confidence-drop']).toBe(0);
    expect(ofKind(reminders, 'midcycle')).toContain('midcycle sales/O1/KR1 → bob');
  });
});

describe('okr remind --emails', () => {
  it('writes one valid draft per person with an address, with UTF-8 names and the list in the body', async () => {
    const out = join(tempRepo(), 'drafts', 'nested');
    const result = await remind('2026-11-20', ['--emails', out]);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['ann.eml', 'bob.eml', 'erin.eml', 'zoe.eml']);
    expect(result.stderr).toContain('okr: warning: no email on file for ghost, nomail: no draft written for these people');
    expect(result.stderr).toContain(`okr: wrote 4 drafts to ${out}`);

    const files = ['ann', 'bob', 'erin', 'zoe'].map((id) => join(out, `${id}.eml`));
    for (const file of files) expect(rawProblems(readFileSync(file))).toEqual([]);
    const [ann, bob, erin, zoe] = parseEml(files);
    for (const message of [ann, bob, erin, zoe]) {
      expect(message).toMatchObject({
        from: { name: 'Érin Walsh', address: 'erin@test.example' },
        date: '2026-11-20T12:00:00+00:00', contentType: 'text/plain', charset: 'utf-8', transferEncoding: '8bit',
        unsent: '1', mimeVersion: '1.0', marker: '2026-Q4 as of 2026-11-20', defects: [],
      });
    }
    expect(zoe.to).toEqual({ name: 'Zoë Ünal', address: 'zoe@test.example' });
    expect(bob.to).toEqual({ name: 'Stone, Bob "Bobby"', address: 'bob@test.example' });
    expect(erin.subject).toBe('Test Co OKRs 2026-Q4: 1 reminder (as of 2026-11-20)');
    expect(ann.body).toBe([
      'Hello Ann Lee,',
      '',
      'Here is what the OKR program of Test Co needs from you for 2026-Q4, as of 2026-11-20.',
      '',
      'Confidence drop',
      'Your confidence in these fell below 0.4 at the last check-in. What changed, and what would help? Say so at your next check-in (the command below each, with --note).',
      '  - company/O1/KR1: Customers from 0 to 100',
      '    confidence fell from 0.6 to 0.3 at the check-in of 2026-11-20',
      '    okr checkin company/O1/KR1 --value 80 --confidence 0.3',
      '',
      'Thank you,',
      'Érin Walsh',
      'OKR coordinator',
      '',
    ].join('\n'));
    expect(zoe.body).toContain('Step 2 · mid-cycle check-in\nPlease bring these to the mid-cycle check-in');
    expect(zoe.body).toContain('  - company/O1/KR3: Countries from 1 to 5\n    off track');
  });

  it('keeps the folder to this run\'s drafts: earlier ones for people who owe nothing now go, other files stay', async () => {
    const out = tempRepo();
    writeFileSync(join(out, 'notes.eml'), 'Subject: mine\r\n\r\nkeep me\r\n');
    await remind('2026-11-20', ['--emails', out]);
    expect(existsSync(join(out, 'ann.eml'))).toBe(true);
    // A week later ann's drop is old news, and erin's engineering file was still not posted.
    const result = await remind('2026-11-27', ['--emails', out]);
    expect(readdirSync(out).sort()).toEqual(['bob.eml', 'erin.eml', 'notes.eml', 'zoe.eml']);
    expect(result.stderr).toContain('removed 1 earlier draft for people who owe nothing now (ann.eml)');
    expect(readFileSync(join(out, 'bob.eml'), 'latin1')).toContain('X-Okr-Remind: 2026-Q4 as of 2026-11-27');
    // No temporary file is left behind.
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('sends from a placeholder when no coordinator has an address, and refuses a file as the folder', async () => {
    const dir = tempRepo({ 'okr.config.yaml': CONFIG.replace('roles: { coordinator: erin }\n', ''), 'okrs/2026-Q4/sales.yaml': SALES });
    const out = join(dir, 'drafts');
    const result = await remind('2026-10-15', ['--emails', out], dir);
    expect(result.stderr).toContain('the drafts are from a placeholder address');
    const [bob] = parseEml([join(out, 'bob.eml')]);
    expect(bob.from).toEqual({ name: 'OKR coordinator', address: 'okr-coordinator@example.invalid' });
    expect(bob.defects).toEqual([]);

    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'file'), '');
    const refused = await remind('2026-10-15', ['--emails', join(dir, 'x', 'file')], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--emails');
  });

  it('is quiet with -q', async () => {
    const result = await remind('2026-11-20', ['--emails', tempRepo(), '-q']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('okr remind on the demo repository', async () => {
  const demo = join(tempRepo(), 'acme');
  const init = await runOkr(['init', demo, '--example', '--as-of', '2026-11-23']);

  it('reports the draft unit, the stale key results and the confidence drop it holds', async () => {
    expect(init.code).toBe(0);
    const reminders = JSON.parse((await remind('2026-11-23', ['--format', 'json'], demo)).stdout) as Reminders;
    const lines = owed(reminders);
    expect(ofKind(reminders, 'post')).toEqual(['post jade → jade']);
    expect(ofKind(reminders, 'confidence-drop')).toEqual(['confidence-drop company/O3/KR3 → nina']);
    expect(reminders.people.find((p) => p.id === 'nina')?.items.find((i) => i.kind === 'confidence-drop')?.reason)
      .toBe('confidence fell from 0.5 to 0.3 at the check-in of 2026-11-23');
    // Omar went quiet; engineering/O2/KR1 has had no check-in since early October.
    expect(lines).toContain('stale mobile/O1/KR2 → omar');
    expect(lines).toContain('stale engineering/O2/KR1 → alice');
    expect(reminders.counts.stale).toBeGreaterThan(10);
    expect(reminders.coordinator).toMatchObject({ id: 'erin', name: 'Erin Walsh', email: 'erin@acme.example' });
    // No check-in yet for growth/O1/KR1 is not "stale" when its file changed recently.
    expect(reminders.unassigned).toEqual([]);
  });

  it('writes drafts every mail parser reads', async () => {
    const out = join(demo, 'drafts');
    expect((await remind('2026-11-23', ['--emails', out, '-q'], demo)).code).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toContain('carol.eml');
    const parsed = parseEml(names.map((name) => join(out, name)));
    for (const message of parsed) expect(message.defects).toEqual([]);
    const carol = parsed[names.indexOf('carol.eml')];
    expect(carol.to).toEqual({ name: 'Carol Díaz', address: 'carol@acme.example' });
    expect(carol.body).toContain('platform/O1/KR2: Blue/green deploys for every service');
  });
});
