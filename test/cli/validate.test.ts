import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, MINIMAL_CONFIG, hasStackTrace, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';

// An escape sequence starting a colour.
const ANSI = new RegExp(String.fromCharCode(27) + '\\[');

const company = `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Delight our customers
    keyResults:
      - { id: KR1, title: Raise NPS from 20 to 40, lead: ann, start: 20, target: 40, current: 30 }
      - { id: KR2, title: Cut churn from 5% to 3%, lead: ann, start: 5, target: 3, current: 4 }
`;

const team = (body: string) => `cycle: 2026-Q4
unit: support
level: team
parent: company
lead: ann
objectives:
  - id: O1
    title: Answer every customer fast
    alignsTo: [company/O1]
    keyResults:
${body}`;

const goodKrs = `      - { id: KR1, title: Cut first response from 8 to 2 hours, lead: ann, start: 8, target: 2, current: 5 }
      - { id: KR2, title: Publish help centre, lead: ann, done: false }
`;

function repo(files: Record<string, string> = {}) {
  return tempRepo({
    'okr.config.yaml': MINIMAL_CONFIG,
    'okrs/2026-Q4/company.yaml': company,
    'okrs/2026-Q4/support.yaml': team(goodKrs),
    ...files,
  });
}

describe('okr validate', () => {
  it('passes a clean repository with exit 0 and says so on stderr', async () => {
    const result = await runOkr(['validate', '-C', repo()]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('3 files checked, no problems');
  });

  it('is also called lint', async () => {
    expect((await runOkr(['lint', '-C', repo()])).code).toBe(0);
  });

  it('validates the bundled example without errors', async () => {
    const result = await runOkr(['validate', '-C', join(EXAMPLES, 'acme'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).summary.errors).toBe(0);
  });

  it('reports findings in stylish format with file, position, rule and exit 1', async () => {
    const dir = repo({ 'okrs/2026-Q4/support.yaml': team('      - { id: KR1, title: Cut first response, lead: zed, start: 8, target: 8 }\n') });
    const result = await runOkr(['validate', '-C', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('okrs/2026-Q4/support.yaml');
    expect(result.stdout).toMatch(/11:76\s+error\s+.*metric-levels/);
    expect(result.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
    expect(result.stdout).not.toMatch(ANSI);
  });

  it('prints JSON with every diagnostic field', async () => {
    const dir = repo({ 'okrs/2026-Q4/support.yaml': team(goodKrs).replace('title: Answer', 'titel: Answer') });
    const result = await runOkr(['validate', '-C', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    const { diagnostics, summary } = JSON.parse(result.stdout);
    expect(diagnostics).toContainEqual({
      file: 'okrs/2026-Q4/support.yaml', line: 8, column: 5, endLine: 8, endColumn: 10,
      severity: 'error', rule: 'schema', message: "Unknown key 'titel' (did you mean 'title'?).", path: 'objectives[0].titel',
    });
    expect(summary).toMatchObject({ errors: expect.any(Number), warnings: expect.any(Number), files: 3 });
  });

  it('writes GitHub annotations with escaped properties and a step summary', async () => {
    const dir = repo({ 'okrs/2026-Q4/support.yaml': team(goodKrs).replace('alignsTo: [company/O1]', 'alignsTo: [company/O9]') });
    const summaryFile = join(dir, 'summary.md');
    const result = await runOkr(['validate', '-C', dir, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=okrs\/2026-Q4\/support\.yaml,line=9,col=16,endLine=9,endColumn=26,title=okr ref-resolves::.*company\/O9/m);
    expect(readFileSync(summaryFile, 'utf8')).toContain('| ❌ | `okrs/2026-Q4/support.yaml` | 9:16 | `ref-resolves` |');
  });

  it('writes SARIF 2.1.0', async () => {
    const dir = repo({ 'okrs/2026-Q4/support.yaml': team(goodKrs).replace('lead: ann, done', 'done') });
    const result = await runOkr(['validate', '-C', dir, '--format', 'sarif']);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    const [run] = sarif.runs;
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('kr-has-lead');
    expect(run.results[0]).toMatchObject({ ruleId: 'kr-has-lead', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'okrs/2026-Q4/support.yaml' }, region: { startLine: 12, startColumn: 9 } } }] });
  });

  it('counts warnings against --max-warnings', async () => {
    // One KR under an objective is a warning (objective-has-krs).
    const dir = repo({ 'okrs/2026-Q4/support.yaml': team('      - { id: KR1, title: Cut first response from 8 to 2 hours, lead: ann, start: 8, target: 2 }\n') });
    expect((await runOkr(['validate', '-C', dir])).code).toBe(0);
    const strict = await runOkr(['validate', '-C', dir, '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('more than --max-warnings 0');
    expect((await runOkr(['validate', '-C', dir, '--max-warnings', '5'])).code).toBe(0);
  });

  it('honours rule settings in the config', async () => {
    const dir = repo({
      'okr.config.yaml': `${MINIMAL_CONFIG}rules:\n  objective-has-krs: off\n`,
      'okrs/2026-Q4/support.yaml': team('      - { id: KR1, title: Cut first response from 8 to 2 hours, lead: ann, start: 8, target: 2 }\n'),
    });
    expect((await runOkr(['validate', '-C', dir, '--max-warnings', '0'])).code).toBe(0);
    const promoted = tempRepo({ 'okr.config.yaml': `${MINIMAL_CONFIG}rules:\n  objective-has-krs: error\n` }, dir);
    expect((await runOkr(['validate', '-C', promoted])).code).toBe(1);
  });

  it('reports only the given files, resolving references against the whole cycle', async () => {
    const dir = repo({ 'okrs/2026-Q4/other.yaml': team(goodKrs).replace('unit: support', 'unit: other').replace('lead: ann, done', 'done') });
    const onlySupport = await runOkr(['validate', '-C', dir, 'okrs/2026-Q4/support.yaml', '--format', 'json']);
    expect(onlySupport.code).toBe(0);
    const all = await runOkr(['validate', '-C', dir, '--format', 'json']);
    expect(all.code).toBe(1);
    expect(JSON.parse(all.stdout).diagnostics.map((d: { file: string }) => d.file)).toContain('okrs/2026-Q4/other.yaml');
  });

  it('reports unit files outside any configured cycle', async () => {
    const dir = repo({ 'okrs/2026-Q5/x.yaml': 'cycle: 2026-Q5\n', 'okrs/stray.yaml': 'a: 1\n' });
    const result = await runOkr(['validate', '-C', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    const messages = JSON.parse(result.stdout).diagnostics.map((d: { file: string; message: string }) => `${d.file}: ${d.message}`);
    expect(messages).toContainEqual(expect.stringContaining("okrs/2026-Q5/x.yaml: Folder '2026-Q5' is not a cycle"));
    expect(messages).toContainEqual(expect.stringContaining('okrs/stray.yaml: Unit files belong in a cycle folder'));
  });

  it('exits 2 with positioned diagnostics when the config is broken', async () => {
    const dir = repo({ 'okr.config.yaml': `${MINIMAL_CONFIG}organisation: typo\n` });
    const result = await runOkr(['validate', '-C', dir, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).diagnostics[0]).toMatchObject({ file: 'okr.config.yaml', line: 7, column: 1, message: expect.stringContaining("Unknown key 'organisation'") });
    const stylish = await runOkr(['tree', '-C', dir]);
    expect(stylish.code).toBe(2);
    expect(stylish.stderr).toContain('okr.config.yaml');
    expect(stylish.stderr).toMatch(/7:1\s+error\s+Unknown key 'organisation'/);
  });

  it('exits 2 when no config is found, or for a bad cycle, option or date', async () => {
    const empty = tempRepo();
    const none = await runOkr(['validate'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no okr.config.yaml found');
    expect((await runOkr(['validate', '-C', repo(), '--cycle', '2026-Q3'])).stderr).toContain("unknown cycle '2026-Q3'");
    expect((await runOkr(['validate', '-C', repo(), '--format', 'xml'])).code).toBe(2);
    expect((await runOkr(['score', '-C', repo(), '--as-of', 'yesterday'])).stderr).toContain('--as-of expects a date');
    for (const r of [none]) expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('finds the root by walking up from a subfolder', async () => {
    const dir = repo();
    expect((await runOkr(['validate'], { cwd: join(dir, 'okrs/2026-Q4') })).code).toBe(0);
  });

  it('colours only a TTY or FORCE_COLOR, and never with NO_COLOR or --no-color', async () => {
    const dir = repo({ 'okrs/2026-Q4/support.yaml': team('      - { id: KR1, title: Cut first response, start: 8, target: 2 }\n') });
    expect((await runOkr(['validate', '-C', dir])).stdout).not.toMatch(ANSI);
    expect((await runOkr(['validate', '-C', dir], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runOkr(['validate', '-C', dir], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runOkr(['validate', '-C', dir, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });
});
