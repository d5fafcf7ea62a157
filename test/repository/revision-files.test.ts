// A revision's files come from git's objects into memory (src/repository/revision-files.ts,
// src/fs/tree-source.ts), never extracted to disk. The same bytes give the same findings as in
// the working tree; what a revision holds that is not a regular file (a link, a submodule) is
// named where a unit file or folder should be, and never followed.

import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortDiagnostics } from '../../src/findings/sort-diagnostics.js';
import { locateFindings } from '../../src/load/locate.js';
import type { Diagnostic } from '../../src/model.js';
import { atRevision, openRepository, type Repository } from '../../src/repository/repository.js';
import { strayFiles } from '../../src/repository/stray-files.js';
import { MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { gitRepo, runGit, testEnv } from '../helpers/git.js';

const ENV = { ...testEnv(), OKR_THREADS: '1' };

const unit = (name: string, lead = 'ann') => `cycle: 2026-Q4
unit: ${name}
level: company
lead: ${lead}
objectives:
  - id: O1
    title: Grow
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ${lead}, start: 0, target: 100, current: 10 }
`;

/** Every finding of every cycle, and the stray files, located: what validate would report. */
async function findingsOf(repo: Repository): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const cycle of repo.config.cycles) {
    const checked = await repo.checked(cycle);
    out.push(...locateFindings(checked.findings, checked.loaded.sources, repo.files));
  }
  out.push(...locateFindings(strayFiles(repo), new Map(), repo.files));
  return sortDiagnostics(out);
}

async function atHead<T>(dir: string, use: (then: Repository) => Promise<T>): Promise<T> {
  const current = await openRepository({ cwd: dir, env: ENV });
  return atRevision(current, 'HEAD', '--at', async (then) => {
    expect(then).toBeDefined();
    return use(then!);
  });
}

/** Commits what is in the folder now (links and all), as someone would with `git add -A`. */
function commitAll(dir: string, date = '2026-10-05T12:00:00Z'): void {
  runGit(dir, ['add', '-A']);
  runGit(dir, ['commit', '-q', '-m', 'files'], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
}

describe('reading a revision from git', () => {
  it('gives the same findings as the working tree for the same bytes, broken ones included', async () => {
    const files: Record<string, string | Uint8Array> = {
      'okr.config.yaml': MINIMAL_CONFIG,
      'okrs/2026-Q4/company.yaml': unit('company'),
      'okrs/2026-Q4/latin1.yaml': Buffer.from('cycle: 2026-Q4\nunit: caf\xe9\n', 'latin1'),
      'okrs/2026-Q4/utf16.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('unit: x\n', 'utf16le')]),
      'okrs/2026-Q4/nul.yaml': 'cycle: 2026-Q4\nunit: nul\0\n',
      'okrs/2026-Q4/huge.yaml': `cycle: 2026-Q4\n# ${'x'.repeat(1024 * 1024)}\n`,
      'okrs/2026-Q4/bom.yaml': `\ufeff${unit('bom')}`,
      'okrs/2026-Q4/folder.yaml/inside.yaml': unit('inside'),
      'okrs/2026-Q4/syntax.yaml': 'cycle: [2026-Q4\n',
      'okrs/2026-Q5/stray.yaml': unit('stray'),
      'okrs/loose.yaml': unit('loose'),
    };
    const dir = tempRepo(files);
    runGit(dir, ['init', '-q', '-b', 'main']);
    commitAll(dir);
    const now = await findingsOf(await openRepository({ cwd: dir, env: ENV }));
    const then = await atHead(dir, findingsOf);
    expect(then).toEqual(now);
    // Each kind of refusal is there, so the comparison above compared something.
    const said = (file: string) => now.filter((d) => d.file === file).map((d) => d.message).join(' | ');
    expect(said('okrs/2026-Q4/latin1.yaml')).toMatch(/not valid UTF-8/);
    expect(said('okrs/2026-Q4/utf16.yaml')).toMatch(/UTF-16/);
    expect(said('okrs/2026-Q4/nul.yaml')).toMatch(/NUL/);
    expect(said('okrs/2026-Q4/huge.yaml')).toMatch(/larger than the 1\.0 MB/);
    expect(said('okrs/2026-Q4/folder.yaml')).toMatch(/a folder, not a regular file/);
    expect(said('okrs/2026-Q4/syntax.yaml')).not.toBe('');
    expect(said('okrs/2026-Q5/stray.yaml')).toMatch(/not a cycle/);
    expect(said('okrs/loose.yaml')).toMatch(/belong in a cycle folder/);
  });

  it('names a link where a unit file or a folder should be, and reads nothing through it', async () => {
    const dir = tempRepo({
      'okr.config.yaml': MINIMAL_CONFIG,
      'okrs/2026-Q4/company.yaml': unit('company'),
      'elsewhere/secret.yaml': unit('secret'),
      'elsewhere/team/hidden.yaml': unit('hidden'),
    });
    symlinkSync('../../elsewhere/secret.yaml', join(dir, 'okrs/2026-Q4/secret.yaml'));
    symlinkSync('/etc/passwd', join(dir, 'okrs/2026-Q4/passwd.yaml'));
    symlinkSync('../../elsewhere/team', join(dir, 'okrs/2026-Q4/team'));
    runGit(dir, ['init', '-q', '-b', 'main']);
    commitAll(dir);
    await atHead(dir, async (then) => {
      const checked = await then.checked(then.config.cycles[0]);
      expect(checked.loaded.units.map((u) => u.stem)).toEqual(['company']);
      const found = (path: string) => checked.findings.filter((f) => f.file === path).map((f) => `${f.rule}: ${f.message}`);
      expect(found('okrs/2026-Q4/secret.yaml')).toEqual([expect.stringMatching(/^file: cannot be read: a symbolic link in this revision/)]);
      expect(found('okrs/2026-Q4/passwd.yaml')).toEqual([expect.stringMatching(/^file: cannot be read: a symbolic link in this revision/)]);
      expect(found('okrs/2026-Q4/team')).toEqual([expect.stringMatching(/^file: a symbolic link in this revision.*nothing under it is read/)]);
      // Nothing of what the links point at reached the findings.
      expect(JSON.stringify(checked.findings)).not.toMatch(/root:|hidden|unit: secret/);
    });
  });

  it('names a submodule where a unit file should be', async () => {
    const dir = gitRepo([{ files: { 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': unit('company') }, message: 'one', date: '2026-10-05' }]);
    const head = runGit(dir, ['rev-parse', 'HEAD']).trim();
    // A gitlink: what `git submodule add` records, without needing a second repository.
    runGit(dir, ['update-index', '--add', '--cacheinfo', `160000,${head},okrs/2026-Q4/vendor.yaml`]);
    runGit(dir, ['commit', '-q', '-m', 'submodule'], { GIT_AUTHOR_DATE: '2026-10-06T12:00:00Z', GIT_COMMITTER_DATE: '2026-10-06T12:00:00Z' });
    await atHead(dir, async (then) => {
      const checked = await then.checked(then.config.cycles[0]);
      expect(checked.findings.filter((f) => f.file === 'okrs/2026-Q4/vendor.yaml').map((f) => f.message)).toEqual([expect.stringMatching(/submodule/)]);
      expect(checked.loaded.units.map((u) => u.stem)).toEqual(['company']);
    });
  });

  it("reads the revision's own okrsDir and people file, wherever its config put them", async () => {
    const before = `${MINIMAL_CONFIG}okrsDir: goals\npeople: hr/people.csv\n`;
    const dir = gitRepo([
      { files: { 'okr.config.yaml': before, 'hr/people.csv': 'id,name\nann,Ann\nbea,Bea\n', 'goals/2026-Q4/company.yaml': unit('company', 'bea') }, message: 'one', date: '2026-10-05' },
      { files: { 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': unit('company'), 'hr/people.csv': null, 'goals/2026-Q4/company.yaml': null }, message: 'two', date: '2026-10-06' },
    ]);
    const current = await openRepository({ cwd: dir, env: ENV });
    await atRevision(current, 'HEAD~1', '--base', async (then) => {
      expect(then?.config.okrsDir).toBe('goals');
      expect(Object.keys(then?.config.people ?? {})).toEqual(['ann', 'bea']);
      const checked = await then!.checked(then!.config.cycles[0]);
      expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(checked.loaded.units.map((u) => u.doc.lead)).toEqual(['bea']);
    });
  });

  it('reads from the subfolder the config sits in, as the working tree does', async () => {
    const dir = gitRepo([{ files: { 'okr/okr.config.yaml': MINIMAL_CONFIG, 'okr/okrs/2026-Q4/company.yaml': unit('company'), 'okrs/2026-Q4/other.yaml': unit('other') }, message: 'one', date: '2026-10-05' }]);
    await atHead(join(dir, 'okr'), async (then) => {
      const checked = await then.checked(then.config.cycles[0]);
      expect(checked.loaded.units.map((u) => u.file)).toEqual(['okrs/2026-Q4/company.yaml']);
    });
  });

  it('refuses an okrsDir that is a link in the revision, naming it', async () => {
    const dir = tempRepo({ 'okr.config.yaml': `${MINIMAL_CONFIG}okrsDir: okrs\n`, 'real/2026-Q4/company.yaml': unit('company') });
    symlinkSync('real', join(dir, 'okrs'));
    runGit(dir, ['init', '-q', '-b', 'main']);
    commitAll(dir);
    // The working tree may follow it: the link stays inside the repository.
    const current = await openRepository({ cwd: dir, env: ENV });
    expect((await current.checked(current.config.cycles[0])).loaded.units).toHaveLength(1);
    await expect(atRevision(current, 'HEAD', '--at', async () => undefined)).rejects.toThrow(/invalid/);
    await atRevision(current, 'HEAD', '--at', async () => undefined).catch((error: { diagnostics: Diagnostic[] }) => {
      expect(error.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^okrsDir 'okrs' is a symbolic link in this revision/)]);
    });
  });
});
