import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { parseCheckinMessage } from '../../src/git/checkin-message.js';
import { EXAMPLES, ROOT, hasStackTrace, tempRepo, type RunResult } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { ALICE, gitRepo, isolatedGitEnv, runGit, type Author } from '../helpers/git.js';

const AS_OF = '2026-11-23';

/** Runs okr with git isolated from this machine's config, as `author` (null: git knows nobody). */
async function run(args: string[], cwd: string, author: Author | null = ALICE): Promise<RunResult> {
  const result = await runOkr(args, { cwd, env: isolatedGitEnv(join(cwd, '.home'), author) });
  expect(hasStackTrace(result.stderr)).toBe(false);
  return result;
}

function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Every file below dir, repository-relative, leaving out .git and the test's HOME. */
function filesIn(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((file) => !file.startsWith('.git/') && !file.startsWith('.home/'))
    .sort();
}

const SCAFFOLD = [
  '.github/workflows/okr-sync.yml',
  '.github/workflows/okr.yml',
  '.okr/schemas/config.schema.json',
  '.okr/schemas/unit.schema.json',
  '.vscode/extensions.json',
  '.vscode/settings.json',
  'README.md',
  'okr.config.yaml',
  'okrs/2026-Q4/company.yaml',
];

describe('okr init', () => {
  it('scaffolds a repository for the current quarter that validates clean', async () => {
    const cwd = tempRepo();
    const result = await run(['init', 'okrs-repo', '--as-of', AS_OF, '--organization', 'Acme, Inc.'], cwd);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('first cycle 2026-Q4 (2026-10-01 to 2026-12-31)');
    expect(result.stderr).toContain('Next steps:\n  cd okrs-repo\n');
    const dir = join(cwd, 'okrs-repo');
    expect(filesIn(dir)).toEqual(SCAFFOLD);

    const config = parse(read(dir, 'okr.config.yaml'));
    expect(config).toMatchObject({
      version: 1, organization: 'Acme, Inc.', okrsDir: 'okrs',
      cycles: [{ id: '2026-Q4', start: '2026-10-01', end: '2026-12-31', postBy: '2026-10-14', midpoint: '2026-11-15', retroBy: '2027-01-09' }],
      people: { alice: { name: 'Alice Ng', email: 'alice@acme.example' } },
    });
    const company = parse(read(dir, 'okrs/2026-Q4/company.yaml'));
    expect(company).toMatchObject({ cycle: '2026-Q4', unit: 'company', name: 'Acme, Inc.', level: 'company', lead: 'alice', status: 'draft' });
    expect(company.objectives).toHaveLength(1);
    expect(company.objectives[0].keyResults).toHaveLength(2);

    const validate = await run(['validate', '-C', dir, '--max-warnings', '0'], cwd);
    expect(validate).toMatchObject({ code: 0, stdout: '' });
    expect(validate.stderr).toContain('no problems');
  });

  it('starts every YAML file with a modeline that finds its schema in the repository', async () => {
    const cwd = tempRepo();
    await run(['init', '--as-of', AS_OF], cwd);
    for (const file of ['okr.config.yaml', 'okrs/2026-Q4/company.yaml']) {
      const first = read(cwd, file).split('\n')[0];
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(match, file).not.toBeNull();
      const schema = resolve(dirname(join(cwd, file)), match![1]);
      expect(readFileSync(schema, 'utf8')).toBe(readFileSync(join(ROOT, 'schemas', file.endsWith('config.yaml') ? 'config.schema.json' : 'unit.schema.json'), 'utf8'));
    }
    expect(read(cwd, '.github/workflows/okr.yml')).toMatch(/^# yaml-language-server: \$schema=https:\/\/json\.schemastore\.org\/github-workflow\.json\n/);
    expect(JSON.parse(read(cwd, '.vscode/settings.json'))).toEqual({
      'yaml.schemas': { './.okr/schemas/config.schema.json': 'okr.config.yaml', './.okr/schemas/unit.schema.json': 'okrs/**/*.yaml' },
    });
  });

  it('writes a workflow that validates pull requests with annotations and the full history', async () => {
    const cwd = tempRepo();
    await run(['init', '--as-of', AS_OF], cwd);
    const workflow = parse(read(cwd, '.github/workflows/okr.yml'));
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const steps = workflow.jobs.validate.steps;
    expect(steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    expect(steps[1]).toEqual({ uses: 'actions/setup-node@v4', with: { 'node-version': 20 } });
    // The okr action (action.yml) does the rest: validate, diff and report; tested in test/action.
    expect(steps[2]).toEqual({ uses: 'okr-cli/okr-cli@v0' });
    expect(steps).toHaveLength(3);
  });

  it('runs git init on branch main, and commits nothing', async () => {
    const cwd = tempRepo();
    const result = await run(['init', 'repo', '--as-of', AS_OF], cwd);
    expect(result.stderr).toContain('Initialised a git repository (branch main)');
    expect(result.stderr).toContain('git add -A && git commit');
    const dir = join(cwd, 'repo');
    expect(runGit(dir, ['symbolic-ref', 'HEAD']).trim()).toBe('refs/heads/main');
    expect(() => runGit(dir, ['rev-parse', '--verify', '-q', 'HEAD'])).toThrow();
    expect(runGit(dir, ['status', '--porcelain']).trim().split('\n').sort()).toEqual(['?? .github/', '?? .okr/', '?? .vscode/', '?? README.md', '?? okr.config.yaml', '?? okrs/']);
  });

  it('makes no repository with --no-git', async () => {
    const cwd = tempRepo();
    const result = await run(['init', 'repo', '--no-git', '--as-of', AS_OF], cwd);
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, 'repo', '.git'))).toBe(false);
    expect(result.stderr).not.toContain('git add');
  });

  it('leaves an existing repository as it was, and puts the workflow at its top', async () => {
    const top = gitRepo([{ files: { 'README.md': 'ours\n' }, message: 'first', date: '2026-09-01' }]);
    const head = runGit(top, ['rev-parse', 'HEAD']);
    const result = await run(['init', 'goals', '--as-of', AS_OF], top);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('Initialised');
    expect(runGit(top, ['rev-parse', 'HEAD'])).toBe(head);
    expect(existsSync(join(top, 'goals', '.git'))).toBe(false);
    expect(read(top, 'README.md')).toBe('ours\n');
    expect(filesIn(top)).toEqual([
      '.github/workflows/okr-sync.yml', '.github/workflows/okr.yml', '.vscode/extensions.json', '.vscode/settings.json', 'README.md',
      'goals/.okr/schemas/config.schema.json', 'goals/.okr/schemas/unit.schema.json', 'goals/README.md', 'goals/okr.config.yaml', 'goals/okrs/2026-Q4/company.yaml',
    ]);
    expect(parse(read(top, '.github/workflows/okr.yml')).jobs.validate.steps[2]).toEqual({ uses: 'okr-cli/okr-cli@v0', with: { 'working-directory': 'goals' } });
    expect(JSON.parse(read(top, '.vscode/settings.json'))['yaml.schemas']).toEqual({
      './goals/.okr/schemas/config.schema.json': 'goals/okr.config.yaml', './goals/.okr/schemas/unit.schema.json': 'goals/okrs/**/*.yaml',
    });
    expect((await run(['validate', '-C', join(top, 'goals')], top)).code).toBe(0);
  });

  it('merges its editor settings into those that exist, and leaves a file with comments alone', async () => {
    const cwd = tempRepo({ '.vscode/settings.json': '{ "editor.tabSize": 2 }\n', '.vscode/extensions.json': '{\n  // ours\n  "recommendations": []\n}\n' });
    const result = await run(['init', '--as-of', AS_OF], cwd);
    expect(result.code).toBe(0);
    expect(JSON.parse(read(cwd, '.vscode/settings.json'))).toMatchObject({ 'editor.tabSize': 2, 'yaml.schemas': expect.any(Object) });
    expect(read(cwd, '.vscode/extensions.json')).toBe('{\n  // ours\n  "recommendations": []\n}\n');
    expect(result.stderr).toContain('.vscode/extensions.json is not plain JSON, so it was left alone; add "recommendations": ["redhat.vscode-yaml"] to it yourself');
  });

  it('without a git identity, leaves out the people registry and names a placeholder lead', async () => {
    const cwd = tempRepo();
    const result = await run(['init', '--as-of', AS_OF], cwd, null);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("git does not know your name, so the company's lead is 'me'");
    expect(parse(read(cwd, 'okr.config.yaml')).people).toBeUndefined();
    expect(parse(read(cwd, 'okrs/2026-Q4/company.yaml')).lead).toBe('me');
    expect((await run(['validate', '--max-warnings', '0'], cwd, null)).code).toBe(0);
  });

  it('takes the cycle from --cycle, --start and --end', async () => {
    const cwd = tempRepo();
    expect((await run(['init', '--cycle', 'FY27-Q1', '--start', '2026-11-01', '--end', '2027-01-31', '--as-of', AS_OF], cwd)).code).toBe(0);
    expect(parse(read(cwd, 'okr.config.yaml')).cycles).toEqual([
      { id: 'FY27-Q1', start: '2026-11-01', end: '2027-01-31', postBy: '2026-11-14', midpoint: '2026-12-16', retroBy: '2027-02-09' },
    ]);
    expect(parse(read(cwd, 'okrs/FY27-Q1/company.yaml')).cycle).toBe('FY27-Q1');
    expect((await run(['validate'], cwd)).code).toBe(0);
  });

  it.each([
    [['--end', '2026-12-31'], '--end needs --start'],
    [['--start', '2026-02-30'], "--start expects a date as YYYY-MM-DD, not '2026-02-30'"],
    [['--start', '2026-10-01', '--end', '2026-09-30'], 'must come after --start'],
    [['--cycle', 'Q4 2026'], 'cannot be a folder name'],
    [['--organization', ' '], '--organization needs a name'],
  ])('refuses %j with exit 2 and writes nothing', async (flags, message) => {
    const cwd = tempRepo();
    const result = await run(['init', 'repo', ...flags], cwd);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(message);
    expect(existsSync(join(cwd, 'repo'))).toBe(false);
  });

  it('refuses to overwrite a file, writing nothing at all, unless --force', async () => {
    const cwd = tempRepo({ 'okr.config.yaml': 'version: 1\n', '.github/workflows/okr.yml': 'name: ours\n' });
    const refused = await run(['init', '--as-of', AS_OF], cwd);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toBe('okr: these files exist already, so nothing was written (--force overwrites):\n  okr.config.yaml\n  .github/workflows/okr.yml\n');
    expect(filesIn(cwd)).toEqual(['.github/workflows/okr.yml', 'okr.config.yaml']);
    expect(existsSync(join(cwd, '.git'))).toBe(false);

    const forced = await run(['init', '--force', '--as-of', AS_OF], cwd);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/okr\.config\.yaml +\(updated\)/);
    expect(read(cwd, 'okr.config.yaml')).toContain('organization: My Organization');
    expect(filesIn(cwd)).toEqual(SCAFFOLD);
  });

  it('runs again without complaint when nothing would change', async () => {
    const cwd = tempRepo();
    await run(['init', '--as-of', AS_OF], cwd);
    const again = await run(['init', '--as-of', AS_OF], cwd);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/okr\.config\.yaml +\(unchanged\)/);
    expect(again.stderr).toMatch(/README\.md +\(kept\)/);
    expect(again.stderr).not.toContain('Initialised');
  });

  it('prints nothing at all with -q', async () => {
    const cwd = tempRepo();
    expect(await run(['init', 'repo', '-q', '--as-of', AS_OF], cwd)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(existsSync(join(cwd, 'repo', 'okr.config.yaml'))).toBe(true);
  });

  it('honours -C', async () => {
    const cwd = tempRepo();
    mkdirSync(join(cwd, 'work'));
    expect((await run(['-C', 'work', 'init', 'repo', '--as-of', AS_OF], cwd)).code).toBe(0);
    expect(existsSync(join(cwd, 'work', 'repo', 'okr.config.yaml'))).toBe(true);
  });

  it('refuses a DIR that is a file', async () => {
    const cwd = tempRepo({ taken: 'x' });
    expect(await run(['init', 'taken'], cwd)).toMatchObject({ code: 2, stderr: 'okr: taken exists and is not a folder\n' });
  });
});

describe('okr init --example', () => {
  const Q4 = join(EXAMPLES, 'acme', 'okrs', '2026-Q4');

  // No duration is asserted: a busy machine would fail it (npm run bench measures speed).
  it('creates the Acme demo with ten weeks of real check-in history', async () => {
    const cwd = tempRepo();
    const result = await run(['init', 'demo', '--example', '--as-of', AS_OF], cwd);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const summary = /Created the Acme demo in demo: \d+ files, \d+ commits by \d+ people from 2026-07-08 to 2026-11-23 \(\d+\.\d s\)/.exec(result.stderr);
    expect(summary, result.stderr).not.toBeNull();
    const dir = join(cwd, 'demo');

    const log = runGit(dir, ['log', '--format=%H%x09%an%x09%ae%x09%aI%x09%cn%x09%cI']).trim().split('\n').map((line) => line.split('\t'));
    expect(log.length).toBeGreaterThanOrEqual(40);
    for (const [, author, , authorDate, committer, committerDate] of log) {
      expect(committer).toBe(author);
      expect(committerDate).toBe(authorDate);
    }
    expect(new Set(log.map(([, , email]) => email)).size).toBeGreaterThanOrEqual(4);
    const dates = log.map(([, , , date]) => date.slice(0, 10));
    expect(dates[0]).toBe(AS_OF);
    const weeks = (Date.parse(dates[0]) - Date.parse(dates.at(-1)!)) / (7 * 86_400_000);
    expect(weeks).toBeGreaterThanOrEqual(9);

    // The working tree, the index and HEAD agree.
    expect(runGit(dir, ['status', '--porcelain', '--untracked-files=all'])).toBe('');
    expect(runGit(dir, ['symbolic-ref', 'HEAD']).trim()).toBe('refs/heads/main');
    const validate = await run(['validate', '-C', dir, '--max-warnings', '0'], cwd);
    expect(validate).toMatchObject({ code: 0, stdout: '' });
  });

  it('ends at the example\'s files: byte for byte, but for the modeline that points at the repository\'s schema', async () => {
    const cwd = tempRepo();
    await run(['init', '--example', '--as-of', AS_OF], cwd);
    const shipped = (readdirSync(join(EXAMPLES, 'acme', 'okrs'), { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml'));
    expect(shipped.length).toBe(24);
    for (const file of ['okr.config.yaml', ...shipped.map((f) => `okrs/${f}`)]) {
      const [ours, ...rest] = read(cwd, file).split('\n');
      const [, ...theirs] = readFileSync(join(EXAMPLES, 'acme', file), 'utf8').split('\n');
      expect(rest.join('\n'), file).toBe(theirs.join('\n'));
      const schema = /\$schema=(\S+)$/.exec(ours)![1];
      expect(existsSync(resolve(dirname(join(cwd, file)), schema)), file).toBe(true);
    }
  });

  it('writes check-in commits whose trailers read back, and whose last values are the files\'', async () => {
    const cwd = tempRepo();
    await run(['init', '--example', '--as-of', AS_OF], cwd);
    const messages = runGit(cwd, ['log', '-z', '--format=%aI%n%an%n%B']).split('\0').filter(Boolean);
    const checkins = messages.filter((m) => m.split('\n')[2].startsWith('okr: '));
    expect(checkins.length).toBeGreaterThan(100);
    const lastValue = new Map<string, string>();
    const authors = new Set<string>();
    for (const message of checkins) {
      const [date, author, ...body] = message.split('\n');
      authors.add(author);
      const { checkins: parsed } = parseCheckinMessage(body.join('\n'));
      expect(parsed.length, body[0]).toBeGreaterThan(0);
      for (const checkin of parsed) {
        expect(checkin.date).toBe(date.slice(0, 10));
        if (checkin.value !== undefined && !lastValue.has(checkin.ref)) lastValue.set(checkin.ref, checkin.value); // newest first
      }
    }
    expect(authors.size).toBeGreaterThanOrEqual(10);
    // The last check-in of each key result leaves the value the example shows, except where
    // someone else changed it by hand afterwards (growth/O2/KR2, the story's audit case).
    const company = parse(readFileSync(join(Q4, 'company.yaml'), 'utf8'));
    expect(lastValue.get('company/O1/KR1')).toBe(String(company.objectives[0].keyResults[0].current));
    expect(lastValue.get('company/O2/KR1')).toBe(String(company.objectives[1].keyResults[0].current));
    const growth = parse(readFileSync(join(Q4, 'growth.yaml'), 'utf8'));
    expect(lastValue.get('growth/O2/KR2')).not.toBe(String(growth.objectives[1].keyResults[1].current));
    const byHand = messages[0].split('\n');
    expect(byHand[1]).toBe('Mei Chen');
    expect(byHand[2]).toBe('Update growth/O2/KR2 from the monthly product review');
  });

  it('tells the story of the cycle: drafts, postings, an eased target, a dropped and an added key result', async () => {
    const cwd = tempRepo();
    await run(['init', '--example', '--as-of', AS_OF], cwd);
    const subjects = runGit(cwd, ['log', '--reverse', '--format=%ad %an: %s', '--date=short']).split('\n');
    expect(subjects.slice(0, 2)).toEqual(['2026-07-08 Dan Okafor: Post the 2026-Q3 OKRs', '2026-09-14 Dan Okafor: Close 2026-Q3 and open 2026-Q4']);
    expect(subjects).toContain('2026-09-15 Carla Mendes: Draft the 2026-Q4 OKRs of Acme Corp');
    expect(subjects).toContain('2026-10-13 Hugo Laurent: Post the 2026-Q4 OKRs of Recruiting (shared)');
    expect(subjects).toContain('2026-11-03 Carla Mendes: Ease company/O3/KR2 to 20 hires (#31)');
    expect(subjects).toContain('2026-10-20 Alice Ng: Drop platform/O1/KR4: ARM runners no longer pay off');
    expect(subjects).toContain('2026-10-21 Tom Becker: Add sales/O1/KR3: a security pack for enterprise evaluations');
    // Before the edit the target was 25; the draft had every metric at its start and no confidence.
    const draft = parse(runGit(cwd, ['show', `${commitOf(cwd, 'Draft the 2026-Q4 OKRs of Acme Corp')}:okrs/2026-Q4/company.yaml`]));
    expect(draft.status).toBe('draft');
    expect(draft.objectives[2].keyResults[1]).toMatchObject({ title: 'Hire 25 engineers and product people', target: 25, current: 0 });
    expect(draft.objectives[0].keyResults[0]).toMatchObject({ start: 140, current: 140 });
    expect(draft.objectives[0].keyResults[0].confidence).toBeUndefined();
  });

  it('ends the history at the end of the cycle when --as-of is later', async () => {
    const cwd = tempRepo();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2027-03-01T12:00:00Z') });
    try {
      expect((await run(['init', '--example', '--as-of', '2027-02-01'], cwd)).code).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(runGit(cwd, ['log', '-1', '--format=%ad', '--date=short']).trim()).toBe('2026-12-31');
    expect(runGit(cwd, ['status', '--porcelain'])).toBe('');
  });

  it('fills a repository that has no commits yet, on its own branch', async () => {
    const cwd = tempRepo();
    runGit(cwd, ['init', '-q', '-b', 'okrs']);
    expect((await run(['init', '--example', '--as-of', AS_OF], cwd)).code).toBe(0);
    expect(runGit(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']).trim()).toBe('okrs');
    expect(runGit(cwd, ['status', '--porcelain'])).toBe('');
  });

  it('writes the files alone with --no-git', async () => {
    const cwd = tempRepo();
    expect((await run(['init', '--example', '--no-git', '--as-of', AS_OF], cwd)).code).toBe(0);
    expect(existsSync(join(cwd, '.git'))).toBe(false);
    expect((await run(['validate'], cwd)).code).toBe(0);
  });

  it.each([
    [['--organization', 'Us'], '--organization cannot be used with it'],
    [['--start', '2026-10-01', '--cycle', 'Q'], '--start, --cycle cannot be used with it'],
    [['--as-of', '2026-11-01'], 'at least 2026-11-16'],
  ])('refuses %j, writing nothing', async (flags, message) => {
    const cwd = tempRepo();
    const result = await run(['init', 'demo', '--example', ...flags], cwd);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(message);
    expect(existsSync(join(cwd, 'demo'))).toBe(false);
  });

  it('refuses a folder inside a repository with history', async () => {
    const top = gitRepo([{ files: { a: '1\n' }, message: 'first', date: '2026-09-01' }]);
    const result = await run(['init', '--example', '--as-of', AS_OF], top);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('needs a folder outside any git repository');
    expect(filesIn(top)).toEqual(['a']);
  });

  it('refuses to overwrite, unless --force', async () => {
    const cwd = tempRepo({ 'README.md': 'ours\n' });
    const refused = await run(['init', '--example', '--as-of', AS_OF], cwd);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('this file exists already, so nothing was written (--force overwrites):\n  README.md\n');
    expect(existsSync(join(cwd, '.git'))).toBe(false);
    expect((await run(['init', '--example', '--force', '--as-of', AS_OF], cwd)).code).toBe(0);
    expect(runGit(cwd, ['status', '--porcelain'])).toBe('');
  });
});

function commitOf(dir: string, subject: string): string {
  return runGit(dir, ['log', '--format=%H', '--fixed-strings', `--grep=${subject}`]).trim().split('\n')[0];
}
