// okr next on real files: the config edited byte for byte, the drafts it writes, what it
// carries and leaves behind, and every refusal leaving the repository as it was.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, hasStackTrace, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { gitRepo, runGit, writeFile } from '../helpers/git.js';

const CONFIG = `# The program.
version: 1
organization: Test Co
cycles:
  - id: 2026-Q3        # the first one
    start: 2026-07-01
    end: 2026-09-30

people:
  ann: { name: Ann Lee }
  bob: { name: Bob Stone }
rules:
  aligned: error       # at Test Co an unaligned objective blocks
`;

const COMPANY = `# yaml-language-server: $schema=../../schemas/unit.schema.json
cycle: 2026-Q3
unit: company
level: company
lead: ann
members: [bob]
status: closed
objectives:
  - id: O1
    title: Grow
    type: committed
    keyResults:
      - id: KR1
        title: Customers from 100 to 200
        lead: ann
        contributors: [bob]
        start: 100
        commit: 130
        target: 200
        current: 160
        confidence: 0.6
        score: 0.6
        learning: Slow summer.
        decision: keep
      - { id: KR2, title: Pricing page live, lead: bob, done: true, decision: remove }
  - id: O2
    title: Delight
    keyResults:
      - { id: KR1, title: NPS from 20 to 40, lead: bob, start: 20, target: 40, current: 45, decision: modify }
      - id: KR2
        title: Support answers in a day
        lead: ann
        milestones:
          - { title: Rota, done: true }
          - { title: Tooling, done: false }
        decision: remove
retro:
  learnings: Start earlier.
`;

const TEAM = `cycle: 2026-Q3
unit: web
level: team
parent: company
lead: bob
objectives:
  - id: O1
    title: Faster site
    alignsTo: [company/O1/KR1, company/O2/KR2]
    keyResults:
      - { id: KR1, title: Page load from 3 to 1 s, lead: bob, start: 3, target: 1, current: 2, decision: modify }
  - id: O2
    title: Nicer support pages
    alignsTo: company/O2/KR2
    keyResults:
      - { id: KR1, title: Help pages rewritten, lead: bob, done: false, decision: keep }
`;

function repository(files: Record<string, string> = {}) {
  return gitRepo([{ files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q3/company.yaml': COMPANY, 'okrs/2026-Q3/teams/web.yaml': TEAM, ...files }, message: 'Q3', date: '2026-07-02' }]);
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const NEW_CYCLE = `  - id: 2026-Q4
    start: 2026-10-01
    end: 2026-12-31
    postBy: 2026-10-14
    midpoint: 2026-11-15
    retroBy: 2027-01-09
`;

describe('okr next', () => {
  it('adds the cycle to the config, changing no other byte', async () => {
    const dir = repository();
    const result = await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4', '--as-of', '2026-10-02']);
    expect(result.stderr).not.toContain('nothing written');
    expect(result.code).toBe(0);
    expect(read(dir, 'okr.config.yaml')).toBe(CONFIG.replace('    end: 2026-09-30\n', `    end: 2026-09-30\n${NEW_CYCLE}`));
    // The one error of the new cycle is the alignment the drafts lost, said when they were written
    // (drafts also have warnings: one key result per objective is thin).
    const diagnostics = JSON.parse((await runOkr(['validate', '-C', dir, '--cycle', '2026-Q4', '--format', 'json'])).stdout).diagnostics as { file: string; rule: string; severity: string }[];
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.file, d.rule])).toEqual([['okrs/2026-Q4/teams/web.yaml', 'aligned']]);
  });

  it('writes drafts carrying key results marked keep or modify, check-in fields cleared, the last value as start', async () => {
    const dir = repository();
    await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4', '--as-of', '2026-10-02']);
    expect(read(dir, 'okrs/2026-Q4/company.yaml')).toBe(`# yaml-language-server: $schema=../../schemas/unit.schema.json
# Drafted by okr next from 2026-Q3: its key results marked keep or modify, with the last
# value as the new start. Review, finish what the comments ask, and set status when agreed.
cycle: 2026-Q4
unit: company
level: company
lead: ann
members: [bob]
status: draft
objectives:
  - id: O1
    title: Grow
    type: committed
    keyResults:
      - id: KR1
        title: Customers from 100 to 200
        lead: ann
        contributors: [bob]
        start: 160 # last value in 2026-Q3, which started at 100
        target: 200
  - id: O2
    title: Delight
    keyResults:
      - id: KR1
        title: NPS from 20 to 40
        lead: bob
        start: 20
        target: 40 # reached its target 40 in 2026-Q3 (last value 45): set a new target, then start: 45
`);
    // A subfolder stays a subfolder; without a modeline in the old file, okr's own is used.
    const web = read(dir, 'okrs/2026-Q4/teams/web.yaml');
    expect(web).toMatch(/^# yaml-language-server: \$schema=\S+unit\.schema\.json\n/);
    expect(web).toContain(`objectives:
  # In 2026-Q3 aligned to company/O2/KR2, which does not carry over: align it again
  - id: O1
    title: Faster site
    alignsTo: [company/O1/KR1]
    keyResults:
      - id: KR1
        title: Page load from 3 to 1 s
        lead: bob
        start: 2 # last value in 2026-Q3, which started at 3
        target: 1
  # In 2026-Q3 aligned to company/O2/KR2, which does not carry over: align it again
  - id: O2
    title: Nicer support pages
    keyResults:
      - id: KR1
        title: Help pages rewritten
        lead: bob
        done: false
`);
  });

  it('summarises on stdout, says what to finish on stderr, and commits nothing', async () => {
    const dir = repository();
    const result = await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4', '--as-of', '2026-10-02']);
    expect(result.stdout).toBe(`Started 2026-Q4 in okr.config.yaml: 2026-10-01 to 2026-12-31, post by 2026-10-14, mid-cycle check-in 2026-11-15, learnings by 2027-01-09.
Carried 4 key results from 2026-Q3 (2 keep, 2 modify) into 2 draft files:
  okrs/2026-Q4/company.yaml    2 key results: O1/KR1 (keep), O2/KR1 (modify)
  okrs/2026-Q4/teams/web.yaml  2 key results: O1/KR1 (modify), O2/KR1 (keep)
Left behind: 2 marked remove.
`);
    expect(result.stderr).toContain('okr: web/O1 aligned to company/O2/KR2, which does not carry over: align it again\n');
    expect(result.stderr).toContain('okr: web/O2 aligned to company/O2/KR2, which does not carry over: align it again\n');
    expect(result.stderr).toContain('okr: company/O1/KR1 commit level 130 was passed in 2026-Q3 (last value 160); left out\n');
    expect(result.stderr).toContain('okr: company/O2/KR1 reached its target 40 in 2026-Q3 (last value 45): set a new target, then start: 45\n');
    expect(result.stderr).toContain('git add okr.config.yaml okrs/2026-Q4 && git commit -m "Start 2026-Q4"');
    expect(runGit(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('1');
    expect(runGit(dir, ['status', '--porcelain', '--untracked-files=all']).trimEnd().split('\n').sort()).toEqual([
      ' M okr.config.yaml', '?? okrs/2026-Q4/company.yaml', '?? okrs/2026-Q4/teams/web.yaml',
    ]);
    // web/O2 lost its only alignment: the `aligned` rule (an error here) now asks for one, as the draft says.
    const validate = await runOkr(['validate', '-C', dir, '--cycle', '2026-Q4']);
    expect(validate.stdout).toContain("Objective 'O2' of team unit 'web' aligns to nothing");
  });

  it('takes --start and --end', async () => {
    const dir = repository();
    expect((await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', 'FY27-H1', '--start', '2026-11-01', '--end', '2027-04-30'])).code).toBe(0);
    expect(read(dir, 'okr.config.yaml')).toContain('  - id: FY27-H1\n    start: 2026-11-01\n    end: 2027-04-30\n    postBy: 2026-11-14\n    midpoint: 2027-01-30\n    retroBy: 2027-05-09\n');
  });

  it('drafts the org parent of a unit that carries, when the parent itself carries nothing', async () => {
    const parentOnly = COMPANY.replace('decision: keep', 'decision: remove').replace('decision: modify }', 'decision: remove }');
    const dir = repository({ 'okrs/2026-Q3/company.yaml': parentOnly });
    const result = await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('okrs/2026-Q4/company.yaml    nothing carried; the parent of web');
    expect(read(dir, 'okrs/2026-Q4/company.yaml')).toContain('# Drafted by okr next: no key result of 2026-Q3 carried over, but units below it did,\n# and they need their parent unit in this cycle. Add its objectives.\ncycle: 2026-Q4\nunit: company\nlevel: company\nlead: ann\nmembers: [bob]\nstatus: draft\nobjectives: []\n');
  });

  it('refuses a cycle whose drafts are written, even with --force, writing nothing', async () => {
    const dir = repository();
    await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4']);
    const config = read(dir, 'okr.config.yaml');
    const again = await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4', '--force']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('okr: 2026-Q4 is started and its drafts are written (okrs/2026-Q4/company.yaml, okrs/2026-Q4/teams/web.yaml); nothing written');
    expect(read(dir, 'okr.config.yaml')).toBe(config);
  });

  it('refuses to overwrite a draft that exists, unless --force', async () => {
    const dir = repository();
    writeFile(dir, 'okrs/2026-Q4/company.yaml', '# mine\n');
    const refused = await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('okr: okrs/2026-Q4/company.yaml already exists; nothing written (--force overwrites the drafts)');
    expect(read(dir, 'okr.config.yaml')).toBe(CONFIG);
    expect(read(dir, 'okrs/2026-Q4/company.yaml')).toBe('# mine\n');
    expect(existsSync(join(dir, 'okrs/2026-Q4/teams'))).toBe(false);
    const forced = await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4', '--force']);
    expect(forced.code).toBe(0);
    expect(read(dir, 'okrs/2026-Q4/company.yaml')).toContain('unit: company');
  });

  it('refuses drafts that would be invalid, with the diagnostics, writing nothing', async () => {
    const dir = repository({ 'okrs/2026-Q3/teams/web.yaml': TEAM.replace('lead: bob, start: 3', 'lead: zed, start: 3') });
    const result = await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('okrs/2026-Q4/teams/web.yaml');
    expect(result.stderr).toContain('ref-resolves');
    expect(result.stderr).toContain('okr: nothing written: starting 2026-Q4 this way would make it invalid');
    expect(read(dir, 'okr.config.yaml')).toBe(CONFIG);
    expect(existsSync(join(dir, 'okrs/2026-Q4'))).toBe(false);
  });

  it('says which units of the old cycle it could not read, and carries the rest', async () => {
    const dir = repository({ 'okrs/2026-Q3/broken.yaml': 'cycle: [2026-Q3\n' });
    const result = await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("okr: warning: unit 'broken' of 2026-Q3 has errors and was not read, so nothing of it is carried (run okr validate --cycle 2026-Q3)");
    expect(existsSync(join(dir, 'okrs/2026-Q4/company.yaml'))).toBe(true);
  });

  it('starts the cycle even when nothing is marked keep or modify, and says so', async () => {
    const dir = repository({ 'okrs/2026-Q3/company.yaml': COMPANY.replace(/decision: (keep|modify)/g, 'decision: remove'), 'okrs/2026-Q3/teams/web.yaml': TEAM.replace(/, decision: (keep|modify)/g, '') });
    const result = await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No key result of 2026-Q3 is marked keep or modify, so no draft was written.\nLeft behind: 4 marked remove, 2 without a decision (web/O1/KR1, web/O2/KR1).\n');
    expect(result.stderr).toContain('next: decisions are recorded with okr retro --cycle 2026-Q3');
    expect(read(dir, 'okr.config.yaml')).toContain('  - id: 2026-Q4\n');
    expect(existsSync(join(dir, 'okrs/2026-Q4'))).toBe(false);
  });

  it('refuses bad input with usage errors', async () => {
    const dir = repository();
    const cases: [string[], string][] = [
      [['--from', '2026-Q2', '--to', '2026-Q4'], "unknown cycle '2026-Q2' (did you mean '2026-Q3'?)"],
      [['--from', '2026-Q3', '--to', 'a/b'], "--to 'a/b' cannot be a folder name"],
      [['--from', '2026-Q3', '--to', 'Q4', '--start', '2026-13-01'], "--start expects a date as YYYY-MM-DD, not '2026-13-01'"],
      [['--from', '2026-Q3'], "required option '--to <cycle>' not specified"],
    ];
    for (const [args, message] of cases) {
      const result = await runOkr(['next', '-C', dir, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(hasStackTrace(result.stderr)).toBe(false);
    }
    expect(read(dir, 'okr.config.yaml')).toBe(CONFIG);
  });

  it('starts 2026-Q4 from examples/acme\'s 2026-Q3 with valid drafts', async () => {
    const dir = tempRepo({}, join(EXAMPLES, 'acme'));
    const config = read(dir, 'okr.config.yaml').replace(/ {2}- id: 2026-Q4\n( {4}.*\n)+/, '');
    writeFile(dir, 'okr.config.yaml', config);
    runGit(dir, ['init', '-q']);
    const result = await runOkr(['next', '-C', dir, '--from', '2026-Q3', '--to', '2026-Q4', '--force', '--as-of', '2026-10-02']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Carried 41 key results from 2026-Q3 (13 keep, 28 modify) into 12 draft files:');
    expect(result.stdout).toContain('Left behind: 12 marked remove.');
    const validate = await runOkr(['validate', '-C', dir, '--cycle', '2026-Q4', '--format', 'json']);
    expect(JSON.parse(validate.stdout).summary).toMatchObject({ errors: 0 });
    // The example's own modeline is kept.
    expect(read(dir, 'okrs/2026-Q4/people/jade.yaml').split('\n')[0]).toBe(read(dir, 'okrs/2026-Q3/people/jade.yaml').split('\n')[0]);
  });
});
