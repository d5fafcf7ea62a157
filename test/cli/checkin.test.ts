// okr checkin on real git repositories: the bytes it changes, the commit it makes, and every
// way it refuses without losing anything.

import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCheckinMessage } from '../../src/git/checkin-message.js';
import { MINIMAL_CONFIG, hasStackTrace, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { ALICE, BOB, commit, gitRepo, isolatedGitEnv, runGit, writeFile } from '../helpers/git.js';

const PEOPLE = `${MINIMAL_CONFIG}people:
  ann: { name: Ann Lee, email: ann@acme.example }
  bob: { name: Bob Stone, email: bob@acme.example }
`;

const COMPANY = `# Company OKRs for Q4.
cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Win the market   # the one that matters
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
          - { title: Italy, done: false }
`;

const TEAM = `cycle: 2026-Q4
unit: sales
level: team
parent: company
lead: bob
objectives:
  - id: O1
    title: Sell more
    alignsTo: [company/O1]
    keyResults:
      - { id: KR1, title: Deals from 10 to 30, lead: bob, start: 10, target: 30, current: 12 }
      - { id: KR2, title: Hire two account executives, lead: bob, done: false }
`;

const FILE = 'okrs/2026-Q4/company.yaml';

function repository() {
  return gitRepo([{ files: { 'okr.config.yaml': PEOPLE, [FILE]: COMPANY, 'okrs/2026-Q4/sales.yaml': TEAM }, message: 'Post Q4', date: '2026-10-05' }]);
}

/** Runs okr with git's identity fixed to Bob and nothing from the machine's git config. */
async function checkin(dir: string, args: string[], extra: Record<string, string | undefined> = {}) {
  return await runOkr(['checkin', '-C', dir, ...args], { env: { ...isolatedGitEnv(join(dir, '.home'), BOB), ...extra } });
}

/** The part of `after` that differs from `before`, after their common prefix and suffix. */
function changedSpan(before: string, after: string): { removed: string; added: string } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { removed: before.slice(start, before.length - end), added: after.slice(start, after.length - end) };
}

const read = (dir: string, file = FILE) => readFileSync(join(dir, file), 'utf8');
const log = (dir: string) => runGit(dir, ['log', '--format=%H']).trim().split('\n');

describe('okr checkin', () => {
  it('changes only the bytes of the value and commits that file with trailers', async () => {
    const dir = repository();
    const result = await checkin(dir, ['company/O1/KR1', '--value', '55', '--note', 'Two big logos signed.', '--date', '2026-11-20', '--as-of', '2026-11-20']);
    expect(result.stderr).toContain('✔ company/O1/KR1: 40 → 55; score 0.55');
    expect(result.code).toBe(0);
    expect(changedSpan(COMPANY, read(dir))).toEqual({ removed: '40', added: '55' });
    const message = runGit(dir, ['log', '-1', '--format=%B']);
    expect(message).toBe('okr: company/O1/KR1 40 → 55\n\nTwo big logos signed.\n\nOKR-Ref: company/O1/KR1\nOKR-Value: 55\nOKR-Date: 2026-11-20\n\n');
    expect(runGit(dir, ['log', '-1', '--format=%an <%ae>'])).toBe('Bob Stone <bob@acme.example>\n');
    expect(runGit(dir, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe(FILE);
    expect(runGit(dir, ['status', '--porcelain'])).toBe('');
  });

  it('inserts a confidence the key result did not have, in the style of its map', async () => {
    const dir = repository();
    expect((await checkin(dir, ['company/O1/KR2', '--done', '--confidence', '0.9'])).code).toBe(0);
    expect(changedSpan(COMPANY, read(dir))).toEqual({ removed: 'false', added: 'true, confidence: 0.9' });
    expect(parseCheckinMessage(runGit(dir, ['log', '-1', '--format=%B'])).checkins[0]).toMatchObject({ ref: 'company/O1/KR2', done: 'true', confidence: '0.9' });
  });

  it('marks a milestone done, with a did-you-mean for a typo', async () => {
    const dir = repository();
    const typo = await checkin(dir, ['company/O1/KR3', '--milestone', 'Spian']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("has no milestone 'Spian' (did you mean 'Spain'?)");
    expect((await checkin(dir, ['company/O1/KR3', '--milestone', 'spain'])).code).toBe(0);
    expect(changedSpan(COMPANY, read(dir))).toEqual({ removed: 'fals', added: 'tru' });
    const again = await checkin(dir, ['company/O1/KR3', '--milestone', 'Spain']);
    expect(again.stderr).toContain('already done');
  });

  it('leaves other staged and unstaged changes alone', async () => {
    const dir = repository();
    writeFile(dir, 'okrs/2026-Q4/sales.yaml', TEAM.replace('current: 12', 'current: 14'));
    runGit(dir, ['add', 'okrs/2026-Q4/sales.yaml']);
    writeFile(dir, 'okr.config.yaml', `${PEOPLE}# unstaged\n`);
    expect((await checkin(dir, ['company/O1/KR1', '--value', '50'])).code).toBe(0);
    expect(runGit(dir, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe(FILE);
    expect(runGit(dir, ['status', '--porcelain']).trimEnd().split('\n').sort()).toEqual([' M okr.config.yaml', 'M  okrs/2026-Q4/sales.yaml']);
  });

  it('records several check-ins from a CSV in one commit', async () => {
    const dir = repository();
    writeFile(dir, 'week.csv', 'ref,value,done,confidence,note\ncompany/O1/KR1,60,,0.7,"Good week, really"\nsales/O1/KR1,15,,,\nsales/O1/KR2,,true,,Hired Dana\n');
    const result = await checkin(dir, ['--from', 'week.csv', '--date', '2026-11-21']);
    expect(result.code).toBe(0);
    expect(runGit(dir, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort()).toEqual([FILE, 'okrs/2026-Q4/sales.yaml']);
    const parsed = parseCheckinMessage(runGit(dir, ['log', '-1', '--format=%B']));
    expect(parsed.checkins.map((c) => c.ref)).toEqual(['company/O1/KR1', 'sales/O1/KR1', 'sales/O1/KR2']);
    expect(parsed.notes.get('company/O1/KR1')).toBe('Good week, really');
    expect(log(dir)).toHaveLength(2);
  });

  it('reads check-ins from stdin', async () => {
    const dir = repository();
    const result = await runOkr(['checkin', '-C', dir, '--from', '-'], { env: isolatedGitEnv(join(dir, '.home'), BOB), input: 'ref,value\ncompany/O1/KR1,41\n' });
    expect(result.code).toBe(0);
    expect(read(dir)).toContain('current: 41      # counted by finance');
  });

  it('refuses a bad CSV with its position, writing nothing', async () => {
    const dir = repository();
    writeFile(dir, 'bad.csv', 'ref,value\ncompany/O1/KR1,60\nsales/O1/KR1,lots\n');
    const result = await checkin(dir, ['--from', 'bad.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("bad.csv:3:14: value must be a number, not 'lots'");
    expect(read(dir)).toBe(COMPANY);
    expect(log(dir)).toHaveLength(1);
  });

  it('refuses values that do not fit the key result, writing nothing', async () => {
    const dir = repository();
    const cases: [string[], string][] = [
      [['company/O1/KR1', '--confidence', '1.5'], '--confidence: 1.5 is more than 1: a confidence is a number from 0 to 1, or a percentage like 70%'],
      [['company/O1/KR2', '--value', '3'], 'is a binary key result; record it with --done'],
      [['company/O1/KR9', '--value', '3'], "no key result 'company/O1/KR9' in this cycle (did you mean 'company/O1/KR1'?)"],
      [['company/O1', '--value', '3'], 'is an objective; check in on one of its key results'],
      [['company/O1/KR1', '--value', '3', '--done'], 'give one of --value, --done, --milestone, --score or --unchanged'],
      [['company/O1/KR1'], 'give --value, --done, --milestone, --score, --confidence or --unchanged'],
      [['company/O1/KR1', '--value', 'lots'], "expected a number, not 'lots'"],
    ];
    for (const [args, message] of cases) {
      const result = await checkin(dir, args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
    expect(read(dir)).toBe(COMPANY);
    expect(log(dir)).toHaveLength(1);
  });

  it('refuses to check in into a file with uncommitted changes', async () => {
    const dir = repository();
    const edited = COMPANY.replace('# Company OKRs for Q4.', '# Company OKRs for Q4, edited.');
    writeFile(dir, FILE, edited);
    const result = await checkin(dir, ['company/O1/KR1', '--value', '50']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${FILE} has changes that are not committed`);
    expect(read(dir)).toBe(edited);
  });

  it('refuses on a detached HEAD, during a merge, without an identity, without commits', async () => {
    const detached = repository();
    commit(detached, { files: {}, message: 'empty', date: '2026-10-06' });
    runGit(detached, ['checkout', '-q', '--detach', 'HEAD~1']);
    expect((await checkin(detached, ['company/O1/KR1', '--value', '50'])).stderr).toContain('HEAD is detached');

    const merging = repository();
    runGit(merging, ['checkout', '-q', '-b', 'side']);
    commit(merging, { files: { 'notes.txt': 'side\n' }, message: 'side', date: '2026-10-06' });
    runGit(merging, ['checkout', '-q', 'main']);
    commit(merging, { files: { 'notes.txt': 'main\n' }, message: 'main', date: '2026-10-07' });
    try {
      runGit(merging, ['merge', '-q', 'side']);
    } catch {
      // The conflict is the point.
    }
    expect((await checkin(merging, ['company/O1/KR1', '--value', '50'])).stderr).toContain('a merge is in progress');

    const anonymous = repository();
    const noIdentity = await runOkr(['checkin', '-C', anonymous, 'company/O1/KR1', '--value', '50'], { env: isolatedGitEnv(join(anonymous, '.home'), null) });
    expect(noIdentity.code).toBe(2);
    expect(noIdentity.stderr).toContain('git does not know who you are');

    const empty = gitRepo([], { 'okr.config.yaml': PEOPLE, [FILE]: COMPANY });
    expect((await checkin(empty, ['company/O1/KR1', '--value', '50'])).stderr).toContain('no commits yet');

    for (const dir of [detached, merging, anonymous, empty]) expect(read(dir)).toBe(COMPANY);
  });

  it('edits without committing with --no-commit, also outside git', async () => {
    const plain = tempRepo({ 'okr.config.yaml': PEOPLE, [FILE]: COMPANY });
    const refused = await runOkr(['checkin', '-C', plain, 'company/O1/KR1', '--value', '50']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('use --no-commit to only edit the file');
    const result = await runOkr(['checkin', '-C', plain, 'company/O1/KR1', '--value', '50', '--no-commit']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('not committed');
    expect(changedSpan(COMPANY, read(plain))).toEqual({ removed: '4', added: '5' });
  });

  it('puts the file back when the commit fails', async () => {
    const dir = repository();
    const hook = join(dir, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "hook says no" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const result = await checkin(dir, ['company/O1/KR1', '--value', '50']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('git commit failed');
    expect(read(dir)).toBe(COMPANY);
    expect(log(dir)).toHaveLength(1);
  });

  it('commits as the person git says, not as okr', async () => {
    const dir = repository();
    await checkin(dir, ['company/O1/KR1', '--value', '50'], { GIT_AUTHOR_NAME: ALICE.name, GIT_AUTHOR_EMAIL: ALICE.email });
    expect(runGit(dir, ['log', '-1', '--format=%an']).trim()).toBe(ALICE.name);
  });
});
