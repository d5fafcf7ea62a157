import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { ALICE, BOB, gitRepo } from '../helpers/git.js';
import { auditRepo, BILLING, CONFIG, PLATFORM, billing, platform, type AuditRepo } from '../audit/audit-fixtures.js';

let repo: AuditRepo;
beforeAll(() => {
  repo = auditRepo();
});

interface Json { cycle: string; since: string | null; findings: { kind: string; ref: string; field: string; from: unknown; to: unknown; date: string; commit: string; author: { name: string; email: string; person: string | null }; owners: string[] }[] }

async function json(args: string[], cwd = repo.dir): Promise<{ code: number; out: Json }> {
  const result = await runOkr(['audit', '--cycle', '2026-Q4', '--format', 'json', ...args], { cwd });
  expect(result.stderr).toBe('');
  return { code: result.code, out: JSON.parse(result.stdout) };
}

describe('okr audit', () => {
  it('prints a markdown table per kind of finding and exits 1', async () => {
    const result = await runOkr(['audit', '--cycle', '2026-Q4'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^## Audit of 2026-Q4\n/);
    expect(result.stdout).toContain('### Changed by someone who does not own the key result (3)\n\n| Date | KR | Change | Author | Commit | Why |\n| --- |');
    expect(result.stdout).toContain(`| 2026-10-08 | \`platform/O1/KR1\` | current 28 → 25 | Dave Ito <Dave@Acme.Example> | \`${repo.commits.dave.slice(0, 7)}\` | dave is not its lead (bob), a contributor (carol) or the lead of platform (alice) |`);
    expect(result.stdout).toContain('| 2026-10-12 | `billing/O1/KR1` | current 60 → 70 | Mallory <mallory@elsewhere.example> |');
    // An address in text is no mail link (nor a mention): a zero-width space follows the @.
    expect(result.stdout).toContain('unknown person mallory@&#8203;elsewhere.example |');
    expect(result.stdout).toContain('### Targets eased with no reason (1)');
    expect(result.stdout).toContain(`| 2026-10-10 | \`platform/O1/KR1\` | target 10 → 20 | Bob Stone <bob@acme.example> | \`${repo.commits.eased.slice(0, 7)}\` | moves towards its start (40); the commit does not name platform/O1/KR1 to say why |`);
  });

  it('prints json: cycle, since and the findings with owners', async () => {
    const { code, out } = await json([]);
    expect(code).toBe(1);
    expect(out.cycle).toBe('2026-Q4');
    expect(out.since).toBeNull();
    expect(out.findings.map((f) => [f.kind, f.commit])).toEqual([
      ['not-owner', repo.commits.dave], ['eased-target', repo.commits.eased], ['not-owner', repo.commits.mallory], ['not-owner', repo.commits.late],
    ]);
    expect(out.findings[0]).toMatchObject({
      kind: 'not-owner', ref: 'platform/O1/KR1', field: 'current', from: 28, to: 25, date: '2026-10-08',
      author: { name: 'Dave Ito', email: 'Dave@Acme.Example', person: 'dave' }, owners: ['bob', 'carol', 'alice'],
    });
  });

  it('--since DATE reports changes on or after the date', async () => {
    const { code, out } = await json(['--since', '2026-10-11']);
    expect(code).toBe(1);
    expect(out.since).toBe('2026-10-11');
    expect(out.findings.map((f) => f.commit)).toEqual([repo.commits.mallory, repo.commits.late]);
  });

  it('--since REV reports what came after the revision, the merged branch included', async () => {
    const { out } = await json(['--since', repo.commits.dave]);
    expect(out.findings.map((f) => f.commit)).toEqual([repo.commits.eased, repo.commits.mallory, repo.commits.late]);
    const merged = await json(['--since', repo.commits.merge]);
    expect(merged.out.findings.map((f) => f.commit)).toEqual([repo.commits.late]);
  });

  it('exits 0 when everything is legitimate, with --since past the findings too', async () => {
    const clean = gitRepo([
      { files: { 'okr.config.yaml': CONFIG, [PLATFORM]: platform(), [BILLING]: billing(60) }, message: 'Post', author: ALICE, date: '2026-10-01' },
      { files: { [PLATFORM]: platform({ current: 30 }) }, message: 'Bob measured', author: BOB, date: '2026-10-05' },
    ]);
    const result = await runOkr(['audit', '--cycle', '2026-Q4'], { cwd: clean });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('_Nothing found: every change to a key result was made by its owners (or read from its source), every eased target says why, and no value read from a source was changed by hand._');
    expect((await json(['--since', repo.commits.late])).code).toBe(0);
    expect((await json(['--since', '2026-10-22'])).out.findings).toEqual([]);
  });

  it('says why it cannot run outside git, with an unknown revision, or without emails in people (exit 2)', async () => {
    const outside = tempRepo({ 'okr.config.yaml': CONFIG, [PLATFORM]: platform() });
    let result = await runOkr(['audit', '--cycle', '2026-Q4'], { cwd: outside });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not in a git repository');
    expect(hasStackTrace(result.stderr)).toBe(false);

    result = await runOkr(['audit', '--cycle', '2026-Q4', '--since', 'no-such-branch'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--since: 'no-such-branch' is neither a date (YYYY-MM-DD) nor a revision git knows");

    const noEmails = CONFIG.replace(/people:[\s\S]*$/, '');
    const bare = gitRepo([{ files: { 'okr.config.yaml': noEmails, [PLATFORM]: platform() }, message: 'Post', date: '2026-10-01' }]);
    result = await runOkr(['audit', '--cycle', '2026-Q4'], { cwd: bare });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('okr audit matches commit authors against people.<id>.email in okr.config.yaml, and no person there has an email');
  });

  it('judges each change by the owners at its commit, not the ones now', async () => {
    // Bob led KR1 until alice gave it to carol: his first check-in stands, his last does not.
    const { out } = await json([]);
    expect(out.findings.some((f) => f.commit === repo.commits.bob)).toBe(false);
    expect(out.findings.find((f) => f.commit === repo.commits.late)?.owners).toEqual(['carol', 'alice']);
  });
});
