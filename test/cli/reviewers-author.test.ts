// okr reviewers: the lead of every edited key result (not only units' leads), and never the
// pull request's author, given by --author or read from the GitHub event.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempRepo } from '../helpers/cli.js';
import { BOB, commit, gitRepo, runGit } from '../helpers/git.js';
import { runOkr } from '../helpers/run-okr.js';

const CONFIG = `version: 1
organization: Test Co
cycles:
  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }
people:
  ann: { name: Ann Lee, email: ann@acme.example, github: ann-lee }
  bob: { name: Bob Stone, email: bob@acme.example, github: BobStone }
  dan: { name: Dan Wu, email: dan@acme.example, github: danwu }
  eve: { name: Eve Adams, email: eve@acme.example, github: eve-a }
`;

const company = (o: { kr2Current?: number; kr2Lead?: string; kr1Current?: number } = {}) => `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Win the market
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: ${o.kr1Current ?? 40} }
      - { id: KR2, title: Churn from 8 to 4 percent, lead: ${o.kr2Lead ?? 'dan'}, start: 8, target: 4, current: ${o.kr2Current ?? 6} }
`;

function repository(): string {
  const dir = gitRepo([{ files: { 'okr.config.yaml': CONFIG, 'okrs/2026-Q4/company.yaml': company() }, message: 'Post Q4 OKRs', date: '2026-10-05' }]);
  runGit(dir, ['checkout', '-q', '-b', 'pr']);
  return dir;
}

function event(login: string): string {
  const path = join(tempRepo(), 'event.json');
  writeFileSync(path, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, user: { login } } }));
  return path;
}

describe('okr reviewers: key-result leads and the author', () => {
  it('asks the lead of an edited key result, beside the unit\'s lead', async () => {
    const dir = repository();
    commit(dir, { files: { 'okrs/2026-Q4/company.yaml': company({ kr2Current: 5 }) }, message: 'okr: company/O1/KR2 6 → 5', date: '2026-11-02', author: BOB });
    const result = await runOkr(['reviewers', '--base', 'main'], { cwd: dir });
    expect(result.stdout).toBe([
      '@ann-lee  Ann Lee  2026-Q4 company changed (unit lead)',
      '@danwu    Dan Wu   company/O1/KR2 changed (key-result lead)',
      '',
    ].join('\n'));
  });

  it('asks both leads when a key result changes hands', async () => {
    const dir = repository();
    commit(dir, { files: { 'okrs/2026-Q4/company.yaml': company({ kr2Lead: 'eve' }) }, message: 'Eve takes churn', date: '2026-11-02', author: BOB });
    const people = JSON.parse((await runOkr(['reviewers', '--base', 'main', '--format', 'json'], { cwd: dir })).stdout).reviewers.map((r: { person: string }) => r.person);
    expect(people).toEqual(['ann', 'dan', 'eve']);
  });

  it.each(['dan@acme.example', 'DanWu', '@danwu', 'dan'])('leaves out the author given as %s, and says so', async (author) => {
    const dir = repository();
    commit(dir, { files: { 'okrs/2026-Q4/company.yaml': company({ kr2Current: 5 }) }, message: 'okr: company/O1/KR2 6 → 5', date: '2026-11-02', author: BOB });
    const result = await runOkr(['reviewers', '--base', 'main', '--author', author], { cwd: dir });
    expect(result.stdout).toBe([
      '@ann-lee  Ann Lee  2026-Q4 company changed (unit lead)',
      "@danwu (Dan Wu) is the pull request's author, so not asked to review their own change",
      '',
    ].join('\n'));
    const json = JSON.parse((await runOkr(['reviewers', '--base', 'main', '--author', author, '--format', 'json'], { cwd: dir })).stdout);
    expect(json.author).toBe(author);
    expect(json.excluded.person).toBe('dan');
  });

  it('reads the author from the GitHub event of a pull request, and never mentions them', async () => {
    const dir = repository();
    commit(dir, { files: { 'okrs/2026-Q4/company.yaml': company({ kr1Current: 50 }) }, message: 'okr: company/O1/KR1 40 → 50', date: '2026-11-02', author: BOB });
    const env = { GITHUB_EVENT_PATH: event('ann-lee') };
    const md = await runOkr(['reviewers', '--base', 'main', '--format', 'md'], { cwd: dir, env });
    expect(md.stdout).toBe("### OKR reviewers\n\nNo one but the pull request's author leads what changed against `main`.\n\n@&#8203;ann-lee (Ann Lee) is the pull request's author, so not asked to review their own change.\n");
    // --author wins over the event.
    const given = await runOkr(['reviewers', '--base', 'main', '--author', 'bob'], { cwd: dir, env });
    expect(given.stdout).toBe('@ann-lee  Ann Lee  2026-Q4 company changed (unit lead)\n');
  });

  it('lists everyone when the event is not a pull request, and stops on an event it cannot read (exit 2)', async () => {
    const dir = repository();
    commit(dir, { files: { 'okrs/2026-Q4/company.yaml': company({ kr1Current: 50 }) }, message: 'okr: company/O1/KR1 40 → 50', date: '2026-11-02', author: BOB });
    const push = join(tempRepo(), 'push.json');
    writeFileSync(push, JSON.stringify({ ref: 'refs/heads/main', pusher: { name: 'ann-lee' } }));
    expect((await runOkr(['reviewers', '--base', 'main'], { cwd: dir, env: { GITHUB_EVENT_PATH: push } })).stdout).toContain('@ann-lee');
    const broken = join(tempRepo(), 'broken.json');
    writeFileSync(broken, '{ not json');
    const result = await runOkr(['reviewers', '--base', 'main'], { cwd: dir, env: { GITHUB_EVENT_PATH: broken } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not JSON');
  });
});
