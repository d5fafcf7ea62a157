// okr new through flags (no terminal: stdin is a pipe); new-pty.e2e.test.ts answers its prompts
// on a real pseudo-terminal.

import { describe, expect, it } from 'vitest';
import { hasStackTrace, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { COMPANY, CONFIG, inserted, PLATFORM, read, repo } from './new-fixtures.js';

describe('okr new, with flags (no terminal)', () => {
  it('creates a unit file with the schema modeline, status draft and no objectives', async () => {
    const dir = repo();
    const result = await runOkr(['new', 'unit', '-C', dir, '--unit', 'mobile', '--name', 'Mobile Apps', '--level', 'team', '--parent', 'engineering', '--lead', 'carol', '--members', 'bob, ann']);
    expect(result).toMatchObject({ code: 0, stdout: 'mobile\n' });
    expect(result.stderr).toContain('added unit mobile (new file okrs/2026-Q4/mobile.yaml)');
    const text = read(dir, 'okrs/2026-Q4/mobile.yaml');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+\/schemas\/unit\.schema\.json\n/);
    expect(text.split('\n').slice(1).join('\n')).toBe(`cycle: 2026-Q4
unit: mobile
name: Mobile Apps
level: team
parent: engineering
lead: carol
members: [ bob, ann ]
status: draft
objectives: []
`);
    expect((await runOkr(['validate', '-C', dir])).code).toBe(0);
  });

  it('puts an individual under people/ and points the modeline at .okr/schemas when okr init made it', async () => {
    const dir = repo({ '.okr/schemas/unit.schema.json': '{}' });
    const result = await runOkr(['new', 'unit', '-C', dir, '--unit', 'bob', '--level', 'individual', '--parent', 'platform', '--lead', 'bob']);
    expect(result).toMatchObject({ code: 0, stdout: 'bob\n' });
    expect(read(dir, 'okrs/2026-Q4/people/bob.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../../../.okr/schemas/unit.schema.json');
  });

  it('adds an objective at the end of the list, every other byte unchanged', async () => {
    const dir = repo();
    const result = await runOkr(['new', 'objective', '-C', dir, '--unit', 'platform', '--title', 'Restore service fast', '--aligns-to', 'engineering/O1/KR1', '--type', 'committed']);
    expect(result).toMatchObject({ code: 0, stdout: 'platform/O2\n' });
    expect(result.stderr).toContain('added objective platform/O2 to okrs/2026-Q4/platform.yaml');
    expect(result.stderr).toContain('next: add its key results: okr new kr --objective platform/O2');
    // Having no key result yet is the expected next step, not a reason to refuse.
    expect(result.stderr).not.toContain('objective-has-krs');
    expect(inserted(PLATFORM, read(dir))).toMatch(/^ {2}- id: O2\n {4}title: Restore service fast\n {4}type: committed\n {4}alignsTo:(?: \[ ?engineering\/O1\/KR1 ?\]|\n {6}- engineering\/O1\/KR1)\n {4}keyResults: \[\]\n$/);
  });

  it('needs no alignment for a company objective; a theme comes from the config\'s list', async () => {
    const dir = repo({ 'okr.config.yaml': `${CONFIG}themes: [growth, people]\n` });
    const bad = await runOkr(['new', 'objective', '-C', dir, '--unit', 'company', '--title', 'Be loved', '--theme', 'peple']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain("--theme peple: not one of the themes in the config (growth, people); did you mean 'people'?");
    const result = await runOkr(['new', 'objective', '-C', dir, '--unit', 'company', '--title', 'Be loved', '--theme', 'people']);
    expect(result).toMatchObject({ code: 0, stdout: 'company/O2\n' });
    expect(inserted(COMPANY, read(dir, 'okrs/2026-Q4/company.yaml'))).toBe('  - id: O2\n    title: Be loved\n    theme: people\n    type: aspirational\n    keyResults: []\n');
  });

  it('adds a key result; the cycle validates afterwards', async () => {
    const dir = repo();
    const result = await runOkr(['new', 'kr', '-C', dir, '--objective', 'platform/O1', '--title', 'Raise deploys per day from 3 to 12', '--lead', 'bob',
      '--start', '3', '--target', '12', '--commit', '6', '--measure', 'deploys', '--contributors', 'carol', '--confidence', '0.5']);
    expect(result).toMatchObject({ code: 0, stdout: 'platform/O1/KR3\n' });
    const added = inserted(PLATFORM, read(dir));
    expect(added).toContain('- id: KR3');
    expect(added).toContain('type: metric');
    expect(added).toMatch(/start: 3\n\s+commit: 6\n\s+target: 12\n\s+unit: deploys\n\s+confidence: 0.5\n/);
    expect(read(dir)).toContain('healthMetrics:\n  - { id: H1, title: Uptime, current: 99.95, min: 99.9 }   # watched, not scored\n');
    expect(await runOkr(['validate', '-C', dir])).toMatchObject({ code: 0 });
  });

  it('writes milestones, maintain bands and binary key results from their flags', async () => {
    const dir = repo();
    expect((await runOkr(['new', 'kr', '-C', dir, '--objective', 'platform/O1', '--title', 'Canary releases', '--lead', 'carol', '--milestone', 'Design', '--milestone', 'Rollout'])).code).toBe(0);
    expect((await runOkr(['new', 'kr', '-C', dir, '--objective', 'platform/O1', '--title', 'Keep error rate low', '--lead', 'carol', '--max', '1', '--measure', '%'])).code).toBe(0);
    expect((await runOkr(['new', 'kr', '-C', dir, '--objective', 'platform/O1', '--title', 'Retire the old runner', '--lead', 'bob', '--type', 'binary'])).code).toBe(0);
    const text = read(dir);
    expect(text).toMatch(/id: KR3[\s\S]*type: milestone[\s\S]*milestones:[\s\S]*title: Design[\s\S]*done: false[\s\S]*title: Rollout/);
    expect(text).toMatch(/id: KR4[\s\S]*type: maintain\n\s+max: 1\n\s+unit: "?%"?\n/);
    expect(text).toMatch(/id: KR5\n\s+title: Retire the old runner\n\s+lead: bob\n\s+type: binary\n/);
    expect((await runOkr(['validate', '-C', dir])).code).toBe(0);
  });

  it('objective then key result: a cascade step from flags alone', async () => {
    const dir = repo();
    expect((await runOkr(['new', 'objective', '-C', dir, '--unit', 'platform', '--title', 'Know our costs', '--standalone', 'finance asked for it'])).code).toBe(0);
    for (const title of ['Tag every resource', 'Publish a cost dashboard']) {
      expect((await runOkr(['new', 'kr', '-C', dir, '--objective', 'platform/O2', '--title', title, '--lead', 'carol', '--type', 'binary'])).code).toBe(0);
    }
    expect(read(dir)).toContain('standalone: finance asked for it');
    expect((await runOkr(['validate', '-C', dir])).code).toBe(0);
  });

  it.each([
    [['new', 'objective', '--unit', 'platform'], '--title'],
    [['new', 'objective', '--unit', 'platform', '--title', 'Be calm'], '--aligns-to REF (a goal above it) or --standalone'],
    [['new', 'objective', '--title', 'Be calm'], '--unit'],
    [['new', 'kr', '--objective', 'platform/O1', '--title', 'Ship it'], '--lead'],
    [['new', 'kr', '--objective', 'platform/O1', '--title', 'Ship it', '--lead', 'bob'], '--type'],
    [['new', 'kr', '--objective', 'platform/O1', '--title', 'Ship it', '--lead', 'bob', '--type', 'metric'], '--start'],
    [['new', 'kr', '--objective', 'platform/O1', '--title', 'Ship it', '--lead', 'bob', '--target', '5'], '--start'],
    [['new', 'kr', '--objective', 'platform/O1', '--title', 'Ship it', '--lead', 'bob', '--type', 'milestone'], '--milestone'],
    [['new', 'kr', '--objective', 'platform/O1', '--title', 'Ship it', '--lead', 'bob', '--type', 'maintain'], '--min or --max'],
    [['new', 'unit', '--unit', 'mobile', '--level', 'team', '--lead', 'bob'], '--parent'],
    [['new', 'unit', '--level', 'team'], '--unit'],
  ])('without a terminal, a missing answer is a usage error naming its flag: %j', async (args, flag) => {
    const dir = repo();
    const result = await runOkr([...args, '-C', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`okr: missing ${flag}`);
    expect(result.stdout).toBe('');
    expect(read(dir)).toBe(PLATFORM);
  });

  it.each([
    [['--start', '40', '--target', '40'], '--target 40: the target must differ from the start (40)'],
    [['--start', '40', '--target', '10', '--commit', '5'], '--commit 5: commit must lie between start 40 and target 10'],
    [['--start', '40', '--target', '10', '--stretch', '12'], '--stretch 12: stretch must lie beyond target 10 (below it)'],
    [['--start', 'forty', '--target', '10'], "expected a number, not 'forty'"],
    [['--start', '1', '--target', '2', '--confidence', '7'], '--confidence 7: confidence is a number from 0 to 1'],
    [['--min', '5', '--max', '1'], '--max 1: max must not be below min 5'],
    [['--type', 'binary', '--start', '1'], '--start does not apply to a binary key result'],
    [['--type', 'metrics'], '--type metrics: expected one of metric, milestone, binary, baseline, maintain, rollup'],
  ])('refuses bad numbers and types before writing anything: %j', async (flags, message) => {
    const dir = repo();
    const result = await runOkr(['new', 'kr', '-C', dir, '--objective', 'platform/O1', '--title', 'Ship it', '--lead', 'bob', ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(read(dir)).toBe(PLATFORM);
  });

  it('refuses a change that would make the cycle invalid, shows why, and writes nothing', async () => {
    const dir = repo();
    const result = await runOkr(['new', 'objective', '-C', dir, '--unit', 'platform', '--title', 'Be calm', '--aligns-to', 'enginering/O1']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/okrs\/2026-Q4\/platform\.yaml\n\s+\d+:\d+\s+error\s+alignsTo 'enginering\/O1' is not an objective or key result of cycle '2026-Q4'; did you mean 'engineering\/O1'\?\s+ref-resolves/);
    expect(result.stderr).toContain('okr: nothing written: adding objective platform/O2 would make 2026-Q4 invalid');
    expect(read(dir)).toBe(PLATFORM);
  });

  it('refuses an unknown person with the registry\'s suggestion', async () => {
    const dir = repo();
    const result = await runOkr(['new', 'kr', '-C', dir, '--objective', 'platform/O1', '--title', 'Ship it', '--lead', 'bobb', '--type', 'binary']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("lead 'bobb' is not in the people registry; did you mean 'bob'?");
    expect(read(dir)).toBe(PLATFORM);
  });

  it('refuses duplicate ids and existing units', async () => {
    const dir = repo();
    const kr = await runOkr(['new', 'kr', '-C', dir, '--objective', 'platform/O1', '--id', 'KR2', '--title', 'Ship it', '--lead', 'bob', '--type', 'binary']);
    expect(kr).toMatchObject({ code: 2, stdout: '' });
    expect(kr.stderr).toContain("--id KR2: 'KR2' is already taken (KR1, KR2 exist)");
    const unit = await runOkr(['new', 'unit', '-C', dir, '--unit', 'platform', '--level', 'team', '--parent', 'engineering', '--lead', 'bob']);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain("--unit platform: unit 'platform' already exists (okrs/2026-Q4/platform.yaml)");
    expect(read(dir)).toBe(PLATFORM);
  });

  it('names an unknown objective or unit, with a suggestion', async () => {
    const dir = repo();
    expect((await runOkr(['new', 'kr', '-C', dir, '--objective', 'platfrom/O1', '--title', 'x', '--lead', 'bob', '--type', 'binary'])).stderr)
      .toContain("okr: 'platfrom/O1' is not an objective of cycle 2026-Q4; did you mean 'platform/O1'?");
    expect((await runOkr(['new', 'kr', '-C', dir, '--objective', 'platform/O1/KR1', '--title', 'x', '--lead', 'bob', '--type', 'binary'])).stderr)
      .toContain("'platform/O1/KR1' is a key result; give the objective it belongs to (platform/O1)");
    expect((await runOkr(['new', 'objective', '-C', dir, '--unit', 'mobile', '--title', 'x', '--standalone', 'y'])).stderr)
      .toContain("okr: unit 'mobile' is not in cycle 2026-Q4.");
  });

  it('will not edit a file that has errors of its own', async () => {
    const dir = repo({ 'okrs/2026-Q4/platform.yaml': PLATFORM.replace('level: team', 'level: squad') });
    const result = await runOkr(['new', 'kr', '-C', dir, '--objective', 'platform/O1', '--title', 'x', '--lead', 'bob', '--type', 'binary']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('okrs/2026-Q4/platform.yaml has errors; fix them first (okr validate), then add to it');
  });

  it('shows the warnings a change brings, and writes it', async () => {
    const dir = repo();
    const result = await runOkr(['new', 'objective', '-C', dir, '--unit', 'platform', '--title', 'Cut deploys to 5 minutes', '--aligns-to', 'engineering/O1']);
    expect(result).toMatchObject({ code: 0, stdout: 'platform/O2\n' });
    expect(result.stderr).toMatch(/warning\s+Objective 'O2' has a number in its title \('5'\).*objective-qualitative/);
    expect(read(dir)).toContain('title: Cut deploys to 5 minutes');
  });

  it('refuses flags that belong to another kind, and an unknown kind', async () => {
    const dir = repo();
    expect(await runOkr(['new', 'unit', '-C', dir, '--unit', 'x', '--target', '3'])).toMatchObject({ code: 2, stderr: "okr: --target does not apply to 'okr new unit'\n" });
    expect((await runOkr(['new', 'goal', '-C', dir])).stderr).toBe("okr: okr new takes unit, objective or kr, not 'goal'\n");
  });

  it('with -q says only the new reference', async () => {
    const dir = repo();
    const result = await runOkr(['new', 'kr', '-q', '-C', dir, '--objective', 'platform/O1', '--title', 'Ship it', '--lead', 'bob', '--type', 'binary']);
    expect(result).toEqual({ code: 0, stdout: 'platform/O1/KR3\n', stderr: '' });
  });

  it('starts the first unit of a repository, and its cycle folder', async () => {
    const dir = tempRepo({ 'okr.config.yaml': CONFIG });
    expect(await runOkr(['new', 'unit', '-C', dir, '--unit', 'acme', '--level', 'company', '--lead', 'ann'])).toMatchObject({ code: 0, stdout: 'acme\n' });
    expect(read(dir, 'okrs/2026-Q4/acme.yaml')).toContain('unit: acme\nlevel: company\nlead: ann\nstatus: draft\nobjectives: []\n');
    expect((await runOkr(['new', 'unit', '-C', dir, '--unit', 'acme2', '--level', 'company', '--lead', 'ann', '--parent', 'acme'])).stderr)
      .toContain('a company unit has no parent: leave out --parent');
  });

  it('keeps CRLF line ends and a byte order mark', async () => {
    const crlf = `\ufeff${PLATFORM.replace(/\n/g, '\r\n')}`;
    const dir = repo({ 'okrs/2026-Q4/platform.yaml': crlf });
    expect((await runOkr(['new', 'kr', '-C', dir, '--objective', 'platform/O1', '--title', 'Ship it', '--lead', 'bob', '--type', 'binary'])).code).toBe(0);
    const text = read(dir);
    expect(text.startsWith(crlf.slice(0, crlf.indexOf('healthMetrics')))).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toContain('- id: KR3\r\n');
  });
});
