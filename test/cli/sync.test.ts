// okr sync on real git repositories, with its sources real too: a local HTTP server on
// 127.0.0.1 (for http and for the GitHub search API) and scripts run by node. Every bad input
// the issue lists is a key result of the same repository: each fails with its reference and
// its source named, keeps its value, and the others are synced and committed all the same.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCheckinMessage } from '../../src/git/checkin-message.js';
import { runOkr } from '../helpers/run-okr.js';
import { BOB, gitRepo, isolatedGitEnv, runGit } from '../helpers/git.js';
import { json, startServer, type LocalServer } from '../sources/local-server.js';

const SECRET = 'tok-Very$ecret-42';
let server: LocalServer;

beforeAll(async () => {
  server = await startServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    // The server repeats what it was sent: a reason quoting it must still hide the secret.
    if (url.pathname === '/v1/echo-error') return json(response, 500, { error: `bad token ${String(request.headers.authorization)}` });
    if (request.headers.authorization !== `Bearer ${SECRET}`) return json(response, 401, { error: 'no token' });
    switch (url.pathname) {
      case '/v1/ok': return json(response, 200, { data: { value: 33, done: true }, items: [1, 2] });
      case '/v1/error': return json(response, 500, { error: 'database down' });
      case '/v1/text': response.writeHead(200, { 'content-type': 'application/json' }); return response.end('<html>not json</html>');
      case '/search/issues': return json(response, 200, { total_count: 7, incomplete_results: false, items: [] });
      default: return json(response, 404, { error: 'no such metric' });
    }
  });
});

afterAll(() => server?.close());

function config(): string {
  return `version: 1
organization: Test Co
cycles:
  - id: 2026-Q4
    start: 2026-10-01
    end: 2026-12-31
people:
  ann: { name: Ann Lee, email: ann@acme.example }
sources:
  metrics: { kind: http, url: "${server.url}/v1", headers: { Authorization: "Bearer \${METRICS_TOKEN}" } }
  locked: { kind: http, url: "${server.url}/v1", headers: { Authorization: "Bearer \${MISSING_TOKEN}" } }
  github: { kind: github, token: $METRICS_TOKEN, api: "${server.url}" }
`;
}

/** One key result per case; `current: 10` everywhere, so an untouched value is plain to see. */
const CASES: [id: string, source: string][] = [
  ['KR1', '{ command: "node scripts/value.js 17" }'],
  ['KR2', '{ from: metrics, path: /ok, select: "$.data.value" }'],
  ['KR3', '{ command: "node scripts/value.js 10" }'],
  ['KR4', '{ from: github, search: "repo:acme/api is:issue is:closed" }'],
  ['KR5', '{ from: metrics, path: /missing, select: "$.x" }'],
  ['KR6', '{ from: metrics, path: /error, select: "$.x" }'],
  ['KR7', '{ from: metrics, path: /text, select: "$.x" }'],
  ['KR8', '{ from: metrics, path: /ok, select: "$.nothing" }'],
  ['KR9', '{ from: metrics, path: /ok, select: "$.items[*]" }'],
  ['KR10', '{ command: "node scripts/fail.js" }'],
  ['KR11', '{ command: "node scripts/empty.js" }'],
  ['KR12', '{ command: "node scripts/forever.js" }'],
  ['KR13', '{ from: locked, path: /ok, select: "$.data.value" }'],
  ['KR14', '{ from: metrics, path: /echo-error, select: "$.x" }'],
];

function unit(): string {
  const krs = CASES.map(([id, source]) => `      - id: ${id}
        title: Case ${id}
        lead: ann
        start: 0
        target: 100
        current: 10   # set by hand in October
        source: ${source}
`).join('');
  return `# Growth's OKRs.
cycle: 2026-Q4
unit: growth
level: company
lead: ann
objectives:
  - id: O1
    title: Grow where it counts
    keyResults:
${krs}      - id: KR15
        title: Pricing page published
        lead: ann
        done: false
        source: { from: metrics, path: /ok, select: "$.data.done" }
  - id: O2
    title: Nothing read here
    keyResults:
      - { id: KR1, title: Deals from 0 to 10, lead: ann, start: 0, target: 10, current: 2 }
`;
}

const SCRIPTS: Record<string, string> = {
  'scripts/value.js': 'console.log(`value: ${process.argv[2]}`);\n',
  'scripts/fail.js': 'console.error("the warehouse is down\\u001b[31m ::error::owned");\nprocess.exit(1);\n',
  'scripts/empty.js': '\n',
  'scripts/forever.js': 'setInterval(() => {}, 1000);\n',
  'scripts/argv.js': 'require("fs").writeFileSync("argv.txt", JSON.stringify(process.argv));\nconsole.log(process.env.METRICS_TOKEN ? 1 : 0);\n',
};

const FILE = 'okrs/2026-Q4/growth.yaml';

function repository(): string {
  return gitRepo([{ files: { 'okr.config.yaml': config(), [FILE]: unit(), ...SCRIPTS }, message: 'Post Q4', date: '2026-10-05' }]);
}

async function sync(dir: string, args: string[] = [], env: Record<string, string | undefined> = {}) {
  return runOkr(['sync', '-C', dir, '--cycle', '2026-Q4', '--as-of', '2026-11-20', '--timeout', '2', ...args], {
    env: { ...isolatedGitEnv(join(dir, '.home'), BOB), METRICS_TOKEN: SECRET, ...env },
  });
}

const FAILURES: [ref: string, source: string, reason: RegExp][] = [
  ['growth/O1/KR5', 'metrics', /HTTP 404/],
  ['growth/O1/KR6', 'metrics', /HTTP 500 .*database down/],
  ['growth/O1/KR7', 'metrics', /not JSON/],
  ['growth/O1/KR8', 'metrics', /selects nothing/],
  ['growth/O1/KR9', 'metrics', /selects 2 values/],
  ['growth/O1/KR10', 'node scripts/fail.js', /exited with code 1: the warehouse is down/],
  ['growth/O1/KR11', 'node scripts/empty.js', /printed nothing/],
  ['growth/O1/KR12', 'node scripts/forever.js', /did not finish in time|time limit/],
  ['growth/O1/KR13', 'locked', /MISSING_TOKEN is not set/],
  ['growth/O1/KR14', 'metrics', /HTTP 500/],
];

describe('okr sync', () => {
  let dir: string;
  let result: Awaited<ReturnType<typeof sync>>;
  beforeAll(async () => {
    dir = repository();
    result = await sync(dir);
  }, 30_000);

  it('syncs what it can read, and exits 1 for what it cannot', () => {
    expect(result.code).toBe(1);
    const text = readFileSync(join(dir, FILE), 'utf8');
    expect(text).toContain('      - id: KR1\n        title: Case KR1\n        lead: ann\n        start: 0\n        target: 100\n        current: 17   # set by hand in October\n');
    expect(text).toMatch(/id: KR2\n(.*\n){4} {8}current: 33 {3}#/);
    expect(text).toMatch(/id: KR4\n(.*\n){4} {8}current: 7 {3}#/);
    expect(text).toContain('        done: true\n');
  });

  it('names the key result and the source of each failure, and keeps its value', () => {
    const text = readFileSync(join(dir, FILE), 'utf8');
    for (const [ref, source, reason] of FAILURES) {
      const line = result.stderr.split('\n').find((l) => l.startsWith(`okr: ${ref}: `));
      expect(line, ref).toBeDefined();
      expect(line).toContain(`source '${source}' failed: `);
      expect(line).toMatch(reason);
      expect(line).toContain('its value is left as it was');
      const id = ref.split('/')[2];
      expect(text, ref).toMatch(new RegExp(`id: ${id}\\n(.*\\n){4}        current: 10 {3}#`));
    }
    expect(result.stdout).toContain('growth/O1/KR13');
  });

  it('commits the run as one commit whose trailers carry each value read and its source', () => {
    expect(runGit(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('2');
    const message = runGit(dir, ['log', '-1', '--format=%B']);
    expect(message.split('\n')[0]).toBe('okr sync: 4 values changed, 1 confirmed');
    const { checkins } = parseCheckinMessage(message);
    expect(checkins).toEqual([
      { ref: 'growth/O1/KR1', value: '17', date: '2026-11-20', source: 'node scripts/value.js 17', cycle: '2026-Q4' },
      { ref: 'growth/O1/KR2', value: '33', date: '2026-11-20', source: 'metrics', cycle: '2026-Q4' },
      { ref: 'growth/O1/KR3', value: '10', date: '2026-11-20', source: 'node scripts/value.js 10', cycle: '2026-Q4' },
      { ref: 'growth/O1/KR4', value: '7', date: '2026-11-20', source: 'github', cycle: '2026-Q4' },
      { ref: 'growth/O1/KR15', done: 'true', date: '2026-11-20', source: 'metrics', cycle: '2026-Q4' },
    ]);
    expect(runGit(dir, ['log', '-1', '--format=%an']).trim()).toBe(BOB.name);
    expect(runGit(dir, ['status', '--porcelain']).trim()).toBe('');
  });

  it('never shows the secret: not in the output, the messages or the commit', () => {
    const message = runGit(dir, ['log', '-1', '--format=%B']);
    for (const text of [result.stdout, result.stderr, message]) expect(text).not.toContain(SECRET);
    expect(result.stderr).toMatch(/growth\/O1\/KR14: .*bad token \*\*\*/);
  });

  it('shows what a script printed as data, not as terminal or workflow commands', () => {
    expect(result.stderr).not.toContain('\x1b');
    expect(result.stdout).not.toContain('\x1b');
    expect(result.stderr).not.toMatch(/^::error::/m);
  });

  it('reports every key result read as JSON', async () => {
    const again = await sync(dir, ['--dry-run', '--format', 'json', 'growth/O1/KR1', 'growth/O1/KR5']);
    expect(again.code).toBe(1);
    const report = JSON.parse(again.stdout);
    expect(report).toMatchObject({ cycle: '2026-Q4', mode: 'dry-run', commit: null, summary: { read: 2, changed: 0, unchanged: 1, failed: 1 } });
    expect(report.rows[0]).toEqual({ ref: 'growth/O1/KR1', source: 'node scripts/value.js 17', old: 17, new: 17, unit: null, outcome: 'unchanged' });
    expect(report.rows[1]).toMatchObject({ ref: 'growth/O1/KR5', source: 'metrics', old: 10, new: null, outcome: 'failed' });
  });
});

describe('okr sync, when values stay the same', () => {
  it('commits a check-in that changes no file, so the reading counts', async () => {
    const dir = repository();
    const first = await sync(dir, ['growth/O1/KR3']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('the same');
    expect(runGit(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('2');
    expect(runGit(dir, ['diff', '--stat', 'HEAD~1', 'HEAD']).trim()).toBe('');
    const message = runGit(dir, ['log', '-1', '--format=%B']);
    expect(message.split('\n')[0]).toBe('okr sync: 1 confirmed');
    expect(parseCheckinMessage(message).checkins).toEqual([{ ref: 'growth/O1/KR3', value: '10', date: '2026-11-20', source: 'node scripts/value.js 10', cycle: '2026-Q4' }]);
  });

  it('leaves what is staged alone', async () => {
    const dir = repository();
    runGit(dir, ['rm', '-q', '--cached', 'scripts/empty.js']);
    expect((await sync(dir, ['growth/O1/KR3'])).code).toBe(0);
    expect(runGit(dir, ['show', '--stat', '--format=', 'HEAD']).trim()).toBe('');
    expect(runGit(dir, ['status', '--porcelain'])).toContain('D  scripts/empty.js');
  });
});

describe('okr sync --dry-run and --check', () => {
  it('--dry-run shows the values and writes nothing', async () => {
    const dir = repository();
    const before = readFileSync(join(dir, FILE), 'utf8');
    const result = await sync(dir, ['--dry-run', 'growth/O1/KR1', 'growth/O1/KR2']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('10 → 17');
    expect(result.stdout).toContain('would change');
    expect(result.stdout).toContain('nothing written (--dry-run)');
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(before);
    expect(runGit(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('1');
  });

  it('--check exits 1 when a committed value differs from its source, 0 when all match', async () => {
    const dir = repository();
    const differs = await sync(dir, ['--check', 'growth/O1/KR1', 'growth/O1/KR3']);
    expect(differs.code).toBe(1);
    expect(differs.stdout).toContain('differs');
    expect(differs.stdout).toContain('1 value differs from its source.');
    const matches = await sync(dir, ['--check', 'growth/O1/KR3']);
    expect(matches.code).toBe(0);
    expect(matches.stdout).toContain('Every value matches its source.');
    expect(runGit(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('1');
  });

  it('--check counts a source that cannot be read as a failure', async () => {
    const result = await sync(repository(), ['--check', 'growth/O1/KR5']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("okr: growth/O1/KR5: source 'metrics' failed: ");
  });
});

describe('okr sync, choosing and refusing', () => {
  it('reads the key results under a unit or an objective', async () => {
    const result = await sync(repository(), ['--dry-run', '--format', 'json', 'growth/O1']);
    expect(JSON.parse(result.stdout).rows).toHaveLength(15);
  });

  it.each([
    [['growth/O1/KR99'], /no unit, objective or key result 'growth\/O1\/KR99' in this cycle \(did you mean/],
    [['growth/O2/KR1'], /growth\/O2\/KR1 has no source:/],
    [['growth/O2'], /no key result under growth\/O2 has a source:/],
    [['--dry-run', '--check'], /give --dry-run or --check, not both/],
    [['--timeout', '0'], /--timeout expects a number above 0, not '0'/],
    [['--concurrency', '0'], /--concurrency must be at least 1/],
  ])('%j is a usage error', async (args, message) => {
    const result = await sync(repository(), args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('refuses outside git before it runs anything', async () => {
    const dir = repository();
    runGit(dir, ['checkout', '-q', '--detach']);
    const result = await sync(dir, ['growth/O1/KR1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('HEAD is detached');
    expect(result.stderr).toContain('--dry-run');
    expect(readFileSync(join(dir, FILE), 'utf8')).toContain('current: 10');
  });

  it('leaves a unit file with uncommitted changes as it is, and says what to do', async () => {
    const dir = repository();
    const edited = readFileSync(join(dir, FILE), 'utf8').replace('# Growth', '# Growth, being edited');
    writeFileSync(join(dir, FILE), edited);
    const result = await sync(dir, ['growth/O1/KR1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${FILE} has changes that are not committed`);
    expect(result.stderr).toContain('use --dry-run to see the values without writing them');
    expect(readFileSync(join(dir, FILE), 'utf8')).toBe(edited);
    expect(runGit(dir, ['rev-list', '--count', 'HEAD']).trim()).toBe('1');
  });

  it('gives a command its secrets in the environment, never on its command line', async () => {
    const dir = gitRepo([{ files: { 'okr.config.yaml': config(), [FILE]: unit().replace('node scripts/value.js 17', 'node scripts/argv.js'), ...SCRIPTS }, message: 'Post Q4', date: '2026-10-05' }]);
    const result = await sync(dir, ['growth/O1/KR1', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('10 → 1');
    expect(existsSync(join(dir, 'argv.txt'))).toBe(true);
    expect(readFileSync(join(dir, 'argv.txt'), 'utf8')).not.toContain(SECRET);
  });
});
