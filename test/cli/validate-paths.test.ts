// `okr validate PATH...` checks or refuses every path it is given: "no problems" is never said
// about a file that was not read, and the summary counts the files really looked at. The
// pre-commit hook runs exactly this mode.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG, tempRepo } from '../helpers/cli.js';
import { commit, gitRepo } from '../helpers/git.js';
import { expectNoCrash, runOkr } from '../helpers/run-okr.js';

const unit = (id: string, extra = '') => `cycle: 2026-Q4\nunit: ${id}\nlevel: company\n${extra}objectives:\n  - id: O1\n    title: Grow\n    keyResults:\n`
  + '      - { id: KR1, title: Reach ten customers, lead: ann, start: 0, target: 10 }\n      - { id: KR2, title: Keep churn low, lead: ann, start: 5, target: 2 }\n';

function repo(files: Record<string, string> = {}): string {
  return tempRepo({ 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': unit('company'), ...files });
}

interface Outcome { code: number; files: string[]; summary: { files: number; errors: number }; stderr: string }

async function validate(dir: string, ...args: string[]): Promise<Outcome> {
  const result = await runOkr(['validate', '--format', 'json', ...args], { cwd: dir });
  expectNoCrash(result);
  if (result.code === 2) return { code: 2, files: [], summary: { files: 0, errors: 0 }, stderr: result.stderr };
  const out = JSON.parse(result.stdout) as { diagnostics: { file: string }[]; summary: { files: number; errors: number } };
  return { code: result.code, files: [...new Set(out.diagnostics.map((d) => d.file))], summary: out.summary, stderr: result.stderr };
}

describe('okr validate PATH', () => {
  it('reports a file in a folder that is no configured cycle, as plain validate does', async () => {
    const dir = repo({ 'okrs/2026-Q5/x.yaml': 'cycle: 2026-Q5\nunit: x\n' });
    const given = await validate(dir, 'okrs/2026-Q5/x.yaml');
    expect(given).toMatchObject({ code: 1, files: ['okrs/2026-Q5/x.yaml'], summary: { files: 1, errors: 1 } });
    const plain = await validate(dir);
    expect(plain.files).toEqual(['okrs/2026-Q5/x.yaml']);
    // The stylish summary never says "no problems" about it.
    const stylish = await runOkr(['validate', 'okrs/2026-Q5/x.yaml'], { cwd: dir });
    expect(stylish.stdout).toMatch(/okrs\/2026-Q5\/x\.yaml\n\s+1:1\s+error\s+Folder '2026-Q5' is not a cycle in okr\.config\.yaml \(did you mean '2026-Q4'\?\), so this file is never checked\.\s+file-location/);
    expect(stylish.stderr).not.toContain('no problems');
  });

  it('reports a unit file sitting directly in okrsDir, and the folder of a non-cycle', async () => {
    const dir = repo({ 'okrs/stray.yaml': 'a: 1\n', 'okrs/old/sub/y.yml': 'b: 2\n' });
    expect(await validate(dir, 'okrs/stray.yaml')).toMatchObject({ code: 1, files: ['okrs/stray.yaml'], summary: { files: 1 } });
    expect(await validate(dir, 'okrs/old')).toMatchObject({ code: 1, files: ['okrs/old/sub/y.yml'], summary: { files: 1 } });
  });

  it('reports a YAML file outside okrsDir as a file okr never checks', async () => {
    const dir = repo({ 'docs/okrs.yaml': 'cycle: 2026-Q4\n' });
    const result = await runOkr(['validate', 'docs/okrs.yaml', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics).toEqual([expect.objectContaining({
      file: 'docs/okrs.yaml', line: 1, column: 1, rule: 'file-location',
      message: 'This file is not in okrs/, so okr never checks it as a unit file; unit files live in okrs/<cycle>/.',
    })]);
  });

  it.each([
    ['a file outside the repository', () => join(tempRepo({ 'x.yaml': 'a: 1\n' }), 'x.yaml'), 'is outside the repository'],
    ['a relative path leaving the repository', () => '../elsewhere.yaml', 'is outside the repository'],
    ['a path that does not exist', () => 'okrs/2026-Q4/nothere.yaml', 'no such file or folder'],
    ['a file that is not YAML', () => 'okrs/2026-Q4/notes.md', 'is not a YAML file'],
    ['a folder holding no OKR files', () => 'docs', 'holds no OKR files; unit files live in okrs/<cycle>/'],
  ])('refuses %s with exit 2, naming it', async (_, pathOf, says) => {
    const dir = repo({ 'okrs/2026-Q4/notes.md': '# notes\n', 'docs/readme.txt': 'x\n' });
    const path = pathOf();
    const result = await runOkr(['validate', path], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`okr: ${path}`);
    expect(result.stderr).toContain(says);
    expect(result.stderr).not.toContain('no problems');
  });

  it('refuses a path that is a link leading outside the repository', async () => {
    const outside = tempRepo({ 'x.yaml': unit('x') });
    const dir = repo();
    symlinkSync(join(outside, 'x.yaml'), join(dir, 'okrs/2026-Q4/x.yaml'));
    const result = await runOkr(['validate', 'okrs/2026-Q4/x.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('okrs/2026-Q4/x.yaml leads outside the repository');
  });

  it('refuses a path in another cycle than --cycle', async () => {
    const config = `${MINIMAL_CONFIG}  - id: 2027-Q1\n    start: 2027-01-01\n    end: 2027-03-31\n`;
    const dir = repo({ 'okr.config.yaml': config, 'okrs/2027-Q1/company.yaml': unit('company').replace('2026-Q4', '2027-Q1') });
    const result = await runOkr(['validate', '--cycle', '2026-Q4', 'okrs/2027-Q1/company.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("okrs/2027-Q1/company.yaml is not in cycle '2026-Q4' (--cycle)");
  });

  it('counts what was really checked: the files given, not the whole cycle loaded for references', async () => {
    const team = (id: string) => unit(id, 'parent: company\n').replace('level: company', 'level: team').replace('title: Grow\n', 'title: Grow\n    alignsTo: company/O1\n');
    const dir = repo({ 'okrs/2026-Q4/a.yaml': team('a'), 'okrs/2026-Q4/b.yaml': team('b') });
    expect((await validate(dir)).summary.files).toBe(4);
    expect((await validate(dir, 'okrs/2026-Q4/a.yaml')).summary.files).toBe(1);
    expect((await validate(dir, 'okrs/2026-Q4/a.yaml', 'okrs/2026-Q4/b.yaml')).summary.files).toBe(2);
    expect((await validate(dir, 'okrs/2026-Q4')).summary.files).toBe(3);
    expect((await validate(dir, 'okr.config.yaml')).summary.files).toBe(1);
    expect((await validate(dir, '.')).summary.files).toBe(4);
    const stylish = await runOkr(['validate', 'okrs/2026-Q4/a.yaml'], { cwd: dir });
    expect(stylish.stderr).toBe('✔ 1 file checked, no problems\n');
  });

  it('resolves paths from the working directory, inside a subfolder too', async () => {
    const dir = repo({ 'okrs/2026-Q5/x.yaml': 'a: 1\n' });
    const result = await runOkr(['validate', 'x.yaml', '--format', 'json'], { cwd: join(dir, 'okrs/2026-Q5') });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).summary.files).toBe(1);
  });

  it('keeps pull-request mode working with paths', async () => {
    const dir = gitRepo([{ files: { 'okr.config.yaml': MINIMAL_CONFIG, 'okrs/2026-Q4/company.yaml': unit('company') }, message: 'start', date: '2026-10-02' }]);
    mkdirSync(join(dir, 'okrs/2026-Q5'));
    writeFileSync(join(dir, 'okrs/2026-Q5/new.yaml'), 'a: 1\n');
    writeFileSync(join(dir, 'okrs/2026-Q4/company.yaml'), unit('company').replace('target: 10', 'target: 1'));
    const result = await validate(dir, '--base', 'HEAD', 'okrs/2026-Q5/new.yaml', 'okrs/2026-Q4/company.yaml');
    expect(result.code).toBe(1);
    expect(result.files).toEqual(['okrs/2026-Q4/company.yaml', 'okrs/2026-Q5/new.yaml']);
    expect(result.summary.files).toBe(2);
    // Committed, the stray file is on the base too: a problem the change did not bring.
    commit(dir, { files: { 'okrs/2026-Q5/new.yaml': 'a: 1\n' }, message: 'wip', date: '2026-10-03' });
    expect((await validate(dir, '--base', 'HEAD', 'okrs/2026-Q5/new.yaml')).files).toEqual([]);
  });
});
