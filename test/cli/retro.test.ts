// okr retro on real files and real git repositories: the retrospective's numbers, mid-cycle
// change read from history, and filling in a unit's learnings and decisions by flags, with
// the same guarantees as okr checkin (byte-exact edits, whole-cycle check, one commit).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, hasStackTrace, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { ALICE, BOB, gitRepo, isolatedGitEnv, runGit, writeFile } from '../helpers/git.js';

const CONFIG = `version: 1
organization: Test Co
cycles:
  - id: 2026-Q3
    start: 2026-07-01
    end: 2026-09-30
    postBy: 2026-07-14
    retroBy: 2026-10-09
  - id: 2026-Q4
    start: 2026-10-01
    end: 2026-12-31
people:
  ann: { name: Ann Lee, email: ann@acme.example }
  bob: { name: Bob Stone, email: bob@acme.example }
`;

const company = ({ target = 150, current = 150, partners = true, values = true } = {}) => `# Company OKRs, Q3.
cycle: 2026-Q3
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Keep customers safe
    type: committed
    keyResults:
      - id: KR1
        title: Uptime incidents from 10 to 0
        lead: ann
        start: 10
        target: 0
        current: ${values ? 0 : 6}        # none in September
        learning: On-call rota worked.
        decision: keep
      - id: KR2
        title: Security audit passed
        lead: bob
        done: false
        score: ${values ? 0.5 : 0}
      - { id: KR3, title: Backups tested, lead: bob, done: ${values} }
  - id: O2
    title: Grow
    keyResults:
      - id: KR1
        title: More customers
        lead: bob
        start: 100
        target: ${target}
        current: ${values ? current : 110}
${partners ? `      - id: KR2
        title: Partners from 0 to 10
        lead: ann
        start: 0
        target: 10
        current: ${values ? 3 : 0}
        learning: Too few intros.
        decision: modify
` : ''}retro:
  summary: A mixed quarter.
`;

const WEB = `cycle: 2026-Q3
unit: web
level: team
parent: company
lead: bob
objectives:
  - id: O1
    title: Faster site
    alignsTo: [company/O2]
    keyResults:
      - { id: KR1, title: Page load from 3 to 1 seconds, lead: bob, start: 3, target: 1, current: 1.5 }
`;

const FILE = 'okrs/2026-Q3/company.yaml';

/** Q3 posted on 5 July; a key result added on 1 August; a target eased on 10 August; final values on 30 September. */
function repository() {
  return gitRepo([
    { files: { 'okr.config.yaml': CONFIG, [FILE]: company({ target: 200, partners: false, values: false }), 'okrs/2026-Q3/web.yaml': WEB }, message: 'Post Q3', date: '2026-07-05' },
    { files: { [FILE]: company({ target: 200, values: false }) }, message: 'Add a partner key result', date: '2026-08-01', author: ALICE },
    { files: { [FILE]: company({ values: false }) }, message: 'Ease company/O2/KR1: the market slowed down', date: '2026-08-10', author: BOB },
    { files: { [FILE]: company() }, message: 'Final values', date: '2026-09-30' },
  ]);
}

async function retro(dir: string, args: string[], author = BOB) {
  return await runOkr(['retro', '-C', dir, '--as-of', '2026-10-05', ...args], { env: isolatedGitEnv(join(dir, '.home'), author) });
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
const commits = (dir: string) => Number(runGit(dir, ['rev-list', '--count', 'HEAD']).trim());

describe('okr retro: the retrospective', () => {
  it('reports committed and aspirational key results apart, with exact numbers', async () => {
    const result = await retro(repository(), ['--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.cycle).toEqual({ id: '2026-Q3', start: '2026-07-01', end: '2026-09-30', postBy: '2026-07-14', retroBy: '2026-10-09' });
    expect(report.ended).toBe(true);
    expect(report.committed).toMatchObject({ total: 3, met: 2, share: 2 / 3 });
    expect(report.committed.misses.map((kr: { ref: string; score: number; learning: string | null }) => [kr.ref, kr.score, kr.learning])).toEqual([['company/O1/KR2', 0.5, null]]);
    // company/O2/KR1 1.0, company/O2/KR2 0.3, web/O1/KR1 0.75.
    expect(report.aspirational).toMatchObject({ total: 3, scored: 3, band: 'healthy' });
    expect(report.aspirational.average).toBeCloseTo(2.05 / 3, 12);
    expect(report.aspirational.sandbagging.map((kr: { ref: string }) => kr.ref)).toEqual(['company/O2/KR1']);
    expect(report.grades).toEqual({ green: 4, yellow: 1, red: 1, none: 0 });
    expect(report.missing).toEqual({
      retroBy: '2026-10-09',
      daysLeft: 4,
      keyResults: [
        { ref: 'company/O1/KR2', lead: 'bob', missing: ['learning', 'decision'] },
        { ref: 'company/O1/KR3', lead: 'bob', missing: ['learning', 'decision'] },
        { ref: 'company/O2/KR1', lead: 'bob', missing: ['learning', 'decision'] },
        { ref: 'web/O1/KR1', lead: 'bob', missing: ['learning', 'decision'] },
      ],
      unitsWithoutLearnings: [{ id: 'company', lead: 'ann' }, { id: 'web', lead: 'bob' }],
    });
  });

  it('reads key results added mid-cycle and eased targets from git history', async () => {
    const report = JSON.parse((await retro(repository(), ['--format', 'json'])).stdout);
    expect(report.changes.history).toBe('full');
    expect(report.changes.addedMidCycle).toEqual([
      expect.objectContaining({ ref: 'company/O2/KR2', kind: 'keyResult', title: 'Partners from 0 to 10', date: '2026-08-01', author: ALICE.name }),
    ]);
    expect(report.changes.eased).toEqual([
      expect.objectContaining({ ref: 'company/O2/KR1', field: 'target', from: 200, to: 150, date: '2026-08-10', author: BOB.name, note: 'Ease company/O2/KR1: the market slowed down' }),
    ]);
  });

  it('renders markdown that says each of those things in words', async () => {
    const dir = repository();
    const result = await retro(dir, []);
    expect(result.code).toBe(0);
    // Between its end and retroBy, the cycle that ended is the one looked back on.
    expect(result.stderr).toContain('okr: 2026-Q3 ended on 2026-09-30 and its learnings are due by 2026-10-09: this is its retrospective');
    const md = result.stdout;
    expect(md).toContain('# Retrospective of 2026-Q3');
    expect(md).toContain('| `company` | ann | 0.74 🟢 | 3 | 1 | 1 | 0 |');
    expect(md).toContain('## Committed key results: 2 of 3 met (67%)');
    expect(md).toContain('| `company/O1/KR2` Security audit passed | 0.50 🟡 | bob | **⚠ no explanation yet**: `okr retro company --kr company/O1/KR2 --learning "…"` |');
    expect(md).toContain('## Aspirational key results: average 0.68, healthy (0.6 to 0.85)');
    expect(md).toContain('**Sandbagging?** These aspirational key results scored 1.0: were they set too safe?\n\n- `company/O2/KR1` More customers (bob)');
    expect(md).toMatch(/- `company\/O2\/KR2` Partners from 0 to 10: 2026-08-01, Alice Ng \([0-9a-f]{7}\)\n/);
    expect(md).toMatch(/- `company\/O2\/KR1` target 200 → 150: 2026-08-10, Bob Stone \([0-9a-f]{7}\): “Ease company\/O2\/KR1: the market slowed down”/);
    expect(md).toContain('> A mixed quarter.');
    expect(md).toContain('- **Modify** (1): `company/O2/KR2`');
    expect(md).toContain('## Still missing (learnings due 2026-10-09, in 4 days)');
    expect(md).toContain('Units without learnings: `company` (ann), `web` (bob).');
  });

  it('works outside git, saying that mid-cycle change cannot be told', async () => {
    const dir = tempRepo({ 'okr.config.yaml': CONFIG, [FILE]: company(), 'okrs/2026-Q3/web.yaml': WEB });
    const result = await retro(dir, ['--cycle', '2026-Q3']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('_No git history (not a git repository, or no commits yet)');
    expect(result.stdout).toContain('## Committed key results: 2 of 3 met (67%)');
  });

  it('says a cycle that has not ended is not final', async () => {
    const result = await runOkr(['retro', '-C', repository(), '--cycle', '2026-Q3', '--as-of', '2026-09-20']);
    expect(result.stdout).toContain('> **2026-Q3 has not ended yet** (10 days left, as of 2026-09-20): these scores are not final.');
  });
});

describe('okr retro UNIT: filling in by flags', () => {
  it('writes a learning and a decision in place, and commits that file alone with a clear message', async () => {
    const dir = repository();
    writeFile(dir, 'notes.txt', 'unrelated\n');
    const result = await retro(dir, ['company', '--kr', 'company/O1/KR2', '--learning', 'The auditor found two gaps', '--decision', 'keep', '--score', '0.5']);
    expect(result.stderr).toContain('✔ company/O1/KR2: decision keep, learning');
    expect(result.code).toBe(0);
    // The score was already 0.5: only what changes is written, each in the style of its map.
    expect(read(dir)).toBe(company().replace('        score: 0.5\n', '        score: 0.5\n        learning: The auditor found two gaps\n        decision: keep\n'));
    expect(runGit(dir, ['log', '-1', '--format=%B'])).toBe(
      'okr: retro of company (2026-Q3): O1/KR2 decision keep, learning\n\ncompany/O1/KR2\n  decision: keep\n  learning: The auditor found two gaps\n\n');
    expect(runGit(dir, ['log', '-1', '--format=%an'])).toBe(`${BOB.name}\n`);
    expect(runGit(dir, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe(FILE);
    expect(runGit(dir, ['status', '--porcelain']).trim()).toBe('?? notes.txt');
  });

  it('writes into a flow map, and a unit\'s learnings under its retro section', async () => {
    const dir = repository();
    expect((await retro(dir, ['company', '--kr', 'O1/KR3', '--decision', 'remove'])).code).toBe(0);
    expect(changedSpan(company(), read(dir))).toEqual({ removed: '', added: ', decision: remove' });
    expect((await retro(dir, ['company', '--learning', 'Audit earlier next time.'])).code).toBe(0);
    expect(read(dir).endsWith('retro:\n  summary: A mixed quarter.\n  learnings: Audit earlier next time.\n')).toBe(true);
    expect(runGit(dir, ['log', '-1', '--format=%s'])).toBe('okr: retro of company (2026-Q3): learnings\n');
    expect(commits(dir)).toBe(6);
  });

  it('adds a retro: section for a unit\'s learnings to a file without one, and commits it', async () => {
    const dir = repository();
    const before = JSON.parse((await retro(dir, ['--format', 'json'])).stdout);
    expect(before.missing.unitsWithoutLearnings.map((u: { id: string }) => u.id)).toContain('web');
    const result = await retro(dir, ['web', '--learning', 'Fast enough: measure on slow phones next.']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('✔ web: learnings');
    // The only change: two lines after the last top-level entry, in the file's two-space step.
    expect(read(dir, 'okrs/2026-Q3/web.yaml')).toBe(`${WEB}retro:\n  learnings: "Fast enough: measure on slow phones next."\n`);
    expect(read(dir)).toBe(company());
    expect(runGit(dir, ['log', '-1', '--format=%B'])).toBe('okr: retro of web (2026-Q3): learnings\n\nweb learnings:\n  Fast enough: measure on slow phones next.\n\n');
    expect(runGit(dir, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe('okrs/2026-Q3/web.yaml');
    expect(runGit(dir, ['status', '--porcelain'])).toBe('');
    const after = JSON.parse((await retro(dir, ['--format', 'json'])).stdout);
    expect(after.missing.unitsWithoutLearnings.map((u: { id: string }) => u.id)).not.toContain('web');
    // Run again, the section is there and says it already.
    expect((await retro(dir, ['web', '--learning', 'Fast enough: measure on slow phones next.'])).stderr).toContain('nothing to record');
    expect(commits(dir)).toBe(5);
  });

  it('adds the section in a CRLF file with CRLF lines', async () => {
    const crlf = WEB.replace(/\n/g, '\r\n');
    const dir = tempRepo({ 'okr.config.yaml': CONFIG, [FILE]: company(), 'okrs/2026-Q3/web.yaml': crlf });
    expect((await retro(dir, ['web', '--learning', 'Fast enough', '--no-commit'])).code).toBe(0);
    expect(read(dir, 'okrs/2026-Q3/web.yaml')).toBe(`${crlf}retro:\r\n  learnings: Fast enough\r\n`);
  });

  it('takes the unit from --kr, and records nothing twice', async () => {
    const dir = repository();
    expect((await retro(dir, ['--kr', 'company/O2/KR1', '--score', '0.9'])).code).toBe(0);
    expect(read(dir)).toBe(company().replace('        current: 150\n', '        current: 150\n        score: 0.9\n'));
    const again = await retro(dir, ['--kr', 'company/O2/KR1', '--score', '0.9']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('nothing to record');
    expect(commits(dir)).toBe(5);
  });

  it('only edits with --no-commit, also outside git', async () => {
    const plain = tempRepo({ 'okr.config.yaml': CONFIG, [FILE]: company(), 'okrs/2026-Q3/web.yaml': WEB });
    const refused = await retro(plain, ['web', '--kr', 'O1/KR1', '--decision', 'keep']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('use --no-commit to only edit the file');
    const result = await retro(plain, ['web', '--kr', 'O1/KR1', '--decision', 'keep', '--no-commit']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('edited okrs/2026-Q3/web.yaml (not committed)');
    expect(read(plain, 'okrs/2026-Q3/web.yaml')).toBe(WEB.replace('current: 1.5 }', 'current: 1.5, decision: keep }'));
  });

  it('refuses, before touching anything, as okr checkin does', async () => {
    const dirty = repository();
    const edited = company().replace('# Company OKRs, Q3.', '# Company OKRs, Q3 (edited).');
    writeFile(dirty, FILE, edited);
    const result = await retro(dirty, ['company', '--kr', 'O1/KR2', '--decision', 'keep']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${FILE} has changes that are not committed; commit or stash them first`);
    expect(read(dirty)).toBe(edited);

    const detached = repository();
    runGit(detached, ['checkout', '-q', '--detach', 'HEAD~1']);
    expect((await retro(detached, ['company', '--kr', 'O1/KR2', '--decision', 'keep'])).stderr).toContain('HEAD is detached');

    const anonymous = repository();
    const noIdentity = await runOkr(['retro', '-C', anonymous, '--as-of', '2026-10-05', 'company', '--kr', 'O1/KR2', '--decision', 'keep'], { env: isolatedGitEnv(join(anonymous, '.home'), null) });
    expect(noIdentity.stderr).toContain('git does not know who you are');
    expect(read(anonymous)).toBe(company());
    expect(commits(anonymous)).toBe(4);
  });

  it('refuses flags that do not fit, with usage errors and no stack trace', async () => {
    const dir = repository();
    const cases: [string[], string][] = [
      [['company', '--score', '0.4'], '--score and --decision are about a key result: name it with --kr REF'],
      [['--learning', 'Alone'], 'name the unit whose learnings these are: okr retro UNIT --learning "…"'],
      [['company', '--kr', 'O1/KR1'], 'give --score, --learning or --decision for O1/KR1'],
      [['company', '--kr', 'O1/KR1', '--score', '1.5'], 'a score is between 0 and 1, not 1.5'],
      [['company', '--kr', 'O1/KR1', '--decision', 'maybe'], "argument 'maybe' is invalid"],
      [['company', '--kr', 'web/O1/KR1', '--decision', 'keep'], 'web/O1/KR1 is not a key result of company; fill in its own unit with okr retro web'],
      [['compnay', '--learning', 'x'], "no unit 'compnay' in this cycle (did you mean 'company'?)"],
      [['company'], 'give --kr REF with --score, --learning or --decision, or --learning alone for company\'s own learnings (or run okr retro company in a terminal to be asked)'],
    ];
    for (const [args, message] of cases) {
      const result = await retro(dir, args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
    expect(read(dir)).toBe(company());
    expect(commits(dir)).toBe(4);
  });
});

describe('okr retro on examples/acme', () => {
  it('looks back on 2026-Q3 with its final scores, learnings and decisions', async () => {
    const dir = tempRepo({}, join(EXAMPLES, 'acme'));
    const report = JSON.parse((await runOkr(['retro', '-C', dir, '--cycle', '2026-Q3', '--as-of', '2026-10-05', '--format', 'json'])).stdout);
    expect(report.committed).toMatchObject({ total: 13, met: 8 });
    // Every committed miss is explained in the example.
    expect(report.committed.misses.map((kr: { ref: string; learning: string | null }) => kr.learning !== null)).toEqual([true, true, true, true, true]);
    expect(report.aspirational.band).toBe('healthy');
    expect(report.aspirational.sandbagging.map((kr: { ref: string }) => kr.ref)).toContain('company/O2/KR2');
    expect(report.changes.dropped.map((d: { ref: string }) => d.ref)).toEqual(['company/O4/KR3']);
    expect(report.decisions.keep).toHaveLength(13);
    expect(report.decisions.modify).toHaveLength(28);
    expect(report.decisions.undecided).toEqual([]);
    expect(report.missing.keyResults).toEqual([]);
    expect(report.missing.unitsWithoutLearnings).toEqual([]);
  });
});
