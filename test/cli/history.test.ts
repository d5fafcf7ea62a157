import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { gitRepo, runGit, shallowClone } from '../helpers/git.js';
import { CONFIG, historyRepo } from '../git/history-fixtures.js';

interface JsonEvent { ref: string; formerRef?: string; kind: string; field: string; change: string; date: string; via: string; commit: string; [key: string]: unknown }

let repo: string;
beforeAll(() => {
  repo = historyRepo();
});

async function json(args: string[], cwd = repo): Promise<{ cycle: string; shallow: boolean; events: JsonEvent[] }> {
  const result = await runOkr(['history', '--format', 'json', ...args], { cwd });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('okr history', () => {
  it('prints the audit trail as a table: what changed, who, when, how and why', async () => {
    const result = await runOkr(['history'], { cwd: repo, env: { COLUMNS: '120' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^2026-Q4: 21 changes\n/);
    // As wide as COLUMNS says when the output is not a terminal; the note on the line under its change.
    expect(result.stdout).toMatch(/│ 2026-10-07 │ platform-eng\/O1\/KR1[^│]*│ current 35 → 30 +│ Bob Stone +│ check-in │ [0-9a-f]{7} │\n│ +│ “Pipeline/);
    expect(result.stdout).toMatch(/│ 2026-10-20 │ platform-eng\/O1\/KR1[^│]*│ target 10 → 20 +│ Carol Diaz +│ edit +│ [0-9a-f]{7} │\n│ +│ “Ease the/);
    expect(result.stdout).toMatch(/\(mid-cycle\) +│/);
    // A marker stays whole where the change is cut to fit.
    expect(result.stdout).toMatch(/removed key result "[^"│]*… \(stopped\) +│/);
    expect(result.stdout.split('\n').every((line) => line.length <= 120)).toBe(true);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('prints json with every event naming its item by reference', async () => {
    const out = await json([]);
    expect(out.cycle).toBe('2026-Q4');
    expect(out.shallow).toBe(false);
    expect(out.events).toHaveLength(21);
    for (const event of out.events) {
      expect(event.ref).toMatch(/^[a-z-]+(\/O\d+(\/KR\d+)?)?$/);
      expect(event.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(out.events.find((e) => e.field === 'target')).toMatchObject({
      ref: 'platform-eng/O1/KR1', formerRef: 'platform/O1/KR1', unit: 'platform-eng', item: 'keyResult', kind: 'definition',
      change: 'changed', from: 10, to: 20, date: '2026-10-20', author: { name: 'Carol Diaz', email: 'carol@acme.example' }, via: 'edit',
      file: 'okrs/2026-Q4/platform.yaml',
    });
  });

  it('prints a markdown table for a pull-request comment', async () => {
    const result = await runOkr(['history', 'billing', '--format', 'md'], { cwd: repo });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## History of 2026-Q4 (billing)');
    expect(result.stdout).toContain('| Date | Ref | Change | Author | Via | Commit | Note |\n| --- |');
    expect(result.stdout).toMatch(/\| 2026-11-20 \| `billing\/O1\/KR1` \| current 60 → 70 \| Bob Stone \| check-in \| `[0-9a-f]{7}` \| {2}\|/);
  });

  it('separates check-ins from changes to the goals', async () => {
    const progress = (await json(['--kind', 'progress'])).events;
    expect(progress.map((e) => e.field)).toEqual(['current', 'confidence', 'milestones.done', 'current', 'current']);
    const definition = (await json(['--kind', 'definition'])).events;
    expect(definition.every((e) => e.kind === 'definition')).toBe(true);
    expect(definition.map((e) => e.field)).toContain('target');
    expect(progress.length + definition.length).toBe(21);
  });

  it('shows changes since a date or a commit', async () => {
    expect((await json(['--since', '2026-11-12'])).events.map((e) => e.date)).toEqual(['2026-11-12', '2026-11-15', '2026-11-15', '2026-11-15', '2026-11-20']);
    const rev = runGit(repo, ['log', '--format=%H', '--grep=Stop the reliability']).trim();
    expect((await json(['--since', rev])).events.map((e) => e.date)).toEqual(['2026-11-15', '2026-11-15', '2026-11-15', '2026-11-20']);
    expect((await json(['--since', 'HEAD~1'])).events.map((e) => e.ref)).toEqual(['billing/O1/KR1']);
    const bad = await runOkr(['history', '--since', 'nope'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("okr: --since: 'nope' is neither a date (YYYY-MM-DD) nor a revision git knows\n");
    expect((await runOkr(['history', '--since', '2026-13-45'], { cwd: repo })).code).toBe(2);
  });

  it('narrows to a unit, an objective or a key result, including removed ones and former names', async () => {
    expect(new Set((await json(['platform-eng'])).events.map((e) => e.ref.split('/')[0]))).toEqual(new Set(['platform-eng']));
    expect((await json(['platform-eng/O1/KR3'])).events.map((e) => e.change)).toEqual(['added', 'removed']);
    expect((await json(['legacy/O1'])).events.map((e) => `${e.ref} ${e.change}`)).toEqual(['legacy/O1 added', 'legacy/O1/KR1 added', 'legacy/O1 removed', 'legacy/O1/KR1 removed']);
    // The name a key result had before its file was renamed finds it too.
    expect((await json(['platform/O1/KR1'])).events.map((e) => e.field)).toEqual(['keyResult', 'current', 'confidence', 'target']);
    expect((await json(['platform-eng/O1/KR1'])).events).toHaveLength(5);
  });

  it('says so, with a suggestion, when REF names nothing in the history', async () => {
    const result = await runOkr(['history', 'platform-eng/O1/KR9'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("okr: no unit, objective or key result 'platform-eng/O1/KR9' in the history of 2026-Q4 (did you mean 'platform-eng/O1/KR1'?)\n");
  });

  it('stops at --as-of', async () => {
    expect((await json(['--as-of', '2026-10-20'])).events.map((e) => e.date).at(-1)).toBe('2026-10-20');
  });

  it('warns that a shallow clone holds only part of the history, and shows that part', async () => {
    const clone = shallowClone(repo, 2);
    const result = await runOkr(['history', '--format', 'json'], { cwd: clone });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('okr: this is a shallow clone: history starts at 2026-11-15; fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)\n');
    const out = JSON.parse(result.stdout);
    expect(out.shallow).toBe(true);
    expect(out.events.map((e: JsonEvent) => e.ref)).toEqual(['billing/O1/KR1']);
    const md = await runOkr(['history', '--format', 'md', '-q'], { cwd: clone });
    expect(md.stderr).toBe('');
    expect(md.stdout).toContain('shallow clone: history starts at 2026-11-15');
  });

  it('says why it cannot run outside a git repository', async () => {
    const result = await runOkr(['history'], { cwd: tempRepo({ 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/.gitkeep': '' }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^okr: history is read from git, and .* is not in a git repository \(run 'git init' and commit the OKR files\)\n$/);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('shows an empty history in a repository with no commits', async () => {
    const dir = gitRepo([], { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/.gitkeep': '' });
    const result = await runOkr(['history'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('2026-Q4: 0 changes\nNo changes in the git history.\n');
    expect((await json([], dir)).events).toEqual([]);
  });
});
