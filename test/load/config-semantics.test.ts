// Config values that are each well-formed but cannot be meant together are configuration
// errors (SPEC 10): exit 2, a diagnostic at the offending key, never "no problems". Cycles may
// nest, and then the shortest cycle containing a date is the one meant.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectCycle } from '../../src/repository/select-cycle.js';
import { cycleClashes, cycleContaining } from '../../src/load/cycle-spans.js';
import { withDefaults } from '../../src/load/load-config.js';
import type { ConfigDoc, CycleDoc } from '../../src/model.js';
import { retroCycle } from '../../src/retro/select-cycle.js';
import { tempRepo } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { expectNoCrash, runOkr } from '../helpers/run-okr.js';

const HEAD = 'version: 1\norganization: Test Co\n';
const Q4 = '  - { id: 2026-Q4, start: 2026-10-01, end: 2026-12-31 }\n';
const COMPANY = 'cycle: 2026-Q4\nunit: company\nlevel: company\nobjectives: []\n';

interface JsonDiagnostic { file: string; line: number; column: number; rule: string; message: string; path: string }

function repo(config: string, files: Record<string, string> = { 'okrs/2026-Q4/company.yaml': COMPANY }): string {
  return tempRepo({ 'okr.config.yaml': config, ...files });
}

/** `okr validate --format json` on a config expected to be refused: its diagnostics. */
async function refused(dir: string): Promise<JsonDiagnostic[]> {
  const result = await runOkr(['validate', '--format', 'json'], { cwd: dir });
  expectNoCrash(result);
  expect(result.stderr).not.toContain('no problems');
  expect(result.code).toBe(2);
  return JSON.parse(result.stdout).diagnostics as JsonDiagnostic[];
}

describe('cycles', () => {
  it('refuses cycles that partly overlap, at the later one, naming both', async () => {
    const dir = repo(`${HEAD}cycles:\n${Q4}  - { id: odd, start: 2026-11-15, end: 2027-02-14 }\n`);
    const [d, ...rest] = await refused(dir);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: 'okr.config.yaml', line: 5, column: 23, rule: 'config', path: 'cycles[1].start' });
    expect(d.message).toBe("Cycle 'odd' (2026-11-15 to 2027-02-14) partly overlaps cycle '2026-Q4' (2026-10-01 to 2026-12-31); cycles may nest (quarters inside a year) but not partly overlap.");
    // Every command stops on it, with the diagnostic on stderr.
    const tree = await runOkr(['tree'], { cwd: dir });
    expect(tree.code).toBe(2);
    expect(tree.stderr).toMatch(/5:23\s+error\s+Cycle 'odd'/);
    expectNoCrash(tree);
  });

  it('counts a shared day as an overlap: end dates are inclusive', async () => {
    const dir = repo(`${HEAD}cycles:\n  - { id: 2026-Q3, start: 2026-07-01, end: 2026-10-01 }\n${Q4}`);
    expect((await refused(dir)).map((d) => d.path)).toEqual(['cycles[1].start']);
  });

  it('refuses a cycle that repeats the dates of another', async () => {
    const dir = repo(`${HEAD}cycles:\n${Q4}  - { id: again, start: 2026-10-01, end: 2026-12-31 }\n`);
    const [d] = await refused(dir);
    expect(d).toMatchObject({ line: 5, path: 'cycles[1].start', message: expect.stringContaining("Cycle 'again' (2026-10-01 to 2026-12-31) repeats the dates of cycle '2026-Q4'") });
  });

  it('allows cycles that nest (a year around its quarters) or follow each other', async () => {
    const dir = repo(`${HEAD}cycles:\n  - { id: FY26, start: 2026-01-01, end: 2026-12-31 }\n  - { id: 2026-Q3, start: 2026-07-01, end: 2026-09-30 }\n${Q4}`);
    const result = await runOkr(['validate', '--cycle', '2026-Q4'], { cwd: dir });
    expect(result.code).toBe(0);
  });

  it('finds clashes in one sweep, whatever order the cycles are listed in', () => {
    const c = (id: string, start: string, end: string): CycleDoc => ({ id, start, end });
    const year = c('Y', '2026-01-01', '2026-12-31');
    const q1 = c('Q1', '2026-01-01', '2026-03-31');
    const q2 = c('Q2', '2026-04-01', '2026-06-30');
    const bad = c('bad', '2026-03-01', '2026-05-31');
    expect(cycleClashes([q2, year, q1])).toEqual([]);
    // bad crosses the end of Q1 and the start of Q2: two clashes.
    expect(cycleClashes([q1, year, bad, q2])).toEqual([{ index: 2, other: 0, kind: 'overlaps' }, { index: 3, other: 2, kind: 'overlaps' }]);
    expect(cycleClashes([q1, year, c('late', '2026-06-01', '2027-01-31')])).toEqual([{ index: 2, other: 1, kind: 'overlaps' }]);
    expect(cycleClashes([year, c('again', '2026-01-01', '2026-12-31')])).toEqual([{ index: 1, other: 0, kind: 'repeats' }]);
    // A year that starts with its first quarter holds it: the longer opens first.
    expect(cycleClashes([q1, year])).toEqual([]);
  });

  it('takes the shortest cycle containing the date as the current one, whatever the order', () => {
    const doc: ConfigDoc = {
      version: 1, organization: 'X',
      cycles: [
        { id: 'FY26', start: '2026-01-01', end: '2026-12-31', retroBy: '2027-01-20' },
        { id: 'H2', start: '2026-07-01', end: '2026-12-31' },
        { id: '2026-Q4', start: '2026-10-01', end: '2026-12-31', retroBy: '2027-01-10' },
      ],
    };
    const config = withDefaults(doc);
    expect(selectCycle(config, undefined, '2026-11-02').id).toBe('2026-Q4');
    expect(selectCycle(config, undefined, '2026-08-02').id).toBe('H2');
    expect(selectCycle(config, undefined, '2026-03-02').id).toBe('FY26');
    expect(cycleContaining([...config.cycles].reverse(), '2026-11-02')?.id).toBe('2026-Q4');
    // After every cycle: of those ending last, the shortest.
    expect(selectCycle(config, undefined, '2027-06-01').id).toBe('2026-Q4');
    // A retrospective window shared by a year and its last quarter: the quarter's.
    expect(retroCycle(config, undefined, '2027-01-05')).toEqual({ cycle: config.cycles[2], inRetroWindow: true });
  });

  it('refuses okr next when the new cycle would partly overlap another, writing nothing', async () => {
    const config = `${HEAD}cycles:\n${Q4}  - { id: 2027-Q1, start: 2027-01-01, end: 2027-03-31 }\n`;
    const dir = repo(config);
    const result = await runOkr(['next', '--from', '2026-Q4', '--to', 'odd', '--start', '2026-12-01', '--end', '2027-02-28'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cycle 'odd' (2026-12-01 to 2027-02-28) would partly overlap cycle '2026-Q4' (2026-10-01 to 2026-12-31)");
    expectNoCrash(result);
  });
});

describe('scoring', () => {
  it('refuses bands out of order, at the key written', async () => {
    const [d] = await refused(repo(`${HEAD}cycles:\n${Q4}scoring:\n  bands: { yellow: 0.9, green: 0.2 }\n`));
    expect(d).toMatchObject({ line: 6, column: 20, path: 'scoring.bands.yellow' });
    expect(d.message).toContain('Grade band yellow 0.9 is above green 0.2 in scoring.bands');
  });

  it('compares with the default when only one band is given', async () => {
    const [d] = await refused(repo(`${HEAD}cycles:\n${Q4}scoring:\n  bands: { green: 0.3 }\n`));
    expect(d).toMatchObject({ path: 'scoring.bands.green', message: expect.stringContaining('yellow 0.4 (the default) is above green 0.3') });
  });

  it('refuses atRiskMargin above offTrackMargin, given or by default', async () => {
    const [both] = await refused(repo(`${HEAD}cycles:\n${Q4}scoring:\n  atRiskMargin: 0.3\n  offTrackMargin: 0.2\n`));
    expect(both).toMatchObject({ line: 6, column: 17, path: 'scoring.atRiskMargin', message: expect.stringContaining('atRiskMargin 0.3 is above offTrackMargin 0.2') });
    const [one] = await refused(repo(`${HEAD}cycles:\n${Q4}scoring:\n  offTrackMargin: 0.05\n`));
    expect(one).toMatchObject({ path: 'scoring.offTrackMargin', message: expect.stringContaining('atRiskMargin 0.1 (the default) is above offTrackMargin 0.05') });
  });

  it('allows equal bands and margins (no yellow band, no at-risk band)', async () => {
    const dir = repo(`${HEAD}cycles:\n${Q4}scoring:\n  bands: { yellow: 0.7, green: 0.7 }\n  atRiskMargin: 0.2\n  offTrackMargin: 0.2\n`);
    expect((await runOkr(['validate', '-q'], { cwd: dir })).code).toBe(0);
  });

  it('refuses goals and margins outside [0, 1]', async () => {
    const diagnostics = await refused(repo(`${HEAD}cycles:\n${Q4}scoring:\n  aspirationalGoal: 1.5\n  atRiskMargin: -0.1\n`));
    expect(diagnostics.map((d) => d.path).sort()).toEqual(['scoring.aspirationalGoal', 'scoring.atRiskMargin']);
  });
});

describe('okrsDir', () => {
  const config = (okrsDir: string) => `${HEAD}okrsDir: ${okrsDir}\ncycles:\n${Q4}`;

  it('refuses a folder that does not exist, naming the key and the path', async () => {
    const dir = repo(config('nothere'));
    const [d] = await refused(dir);
    expect(d).toMatchObject({ line: 3, column: 10, path: 'okrsDir' });
    expect(d.message).toBe(`okrsDir 'nothere' does not exist (${join(dir, 'nothere')}); create it, or correct okrsDir.`);
  });

  it('refuses a missing default folder, saying it is the default', async () => {
    const [d] = await refused(tempRepo({ 'okr.config.yaml': `${HEAD}cycles:\n${Q4}` }));
    expect(d.message).toContain("okrsDir 'okrs' (the default) does not exist");
  });

  it.each([
    ['a file', 'notes.txt', 'is not a folder'],
    ['an absolute path', '/tmp', 'is an absolute path'],
    ['a path leaving the repository', '../elsewhere', 'leaves the repository'],
    ['the root itself', '.', 'is the repository root itself'],
  ])('refuses %s', async (_, okrsDir, says) => {
    const dir = repo(config(okrsDir), { 'notes.txt': 'hello\n' });
    const [d] = await refused(dir);
    expect(d).toMatchObject({ path: 'okrsDir', message: expect.stringContaining(says) });
  });

  it('refuses a symbolic link that leads outside the repository', async () => {
    const outside = tempRepo({ '2026-Q4/company.yaml': COMPANY });
    const dir = repo(config('okrs'), {});
    symlinkSync(outside, join(dir, 'okrs'));
    const [d] = await refused(dir);
    expect(d.message).toContain("okrsDir 'okrs' leads outside the repository");
  });

  it('accepts a folder written with ./ and a trailing slash, and reports paths in one spelling', async () => {
    const dir = repo(config('./okrs/'), { 'okrs/2026-Q4/company.yaml': COMPANY.replace('unit: company', 'unit: wrong') });
    const result = await runOkr(['validate', '--format', 'json', 'okrs/2026-Q4/company.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics).toContainEqual(expect.objectContaining({ file: 'okrs/2026-Q4/company.yaml', rule: 'file-location' }));
  });
});

describe('a config read from git history', () => {
  it('is compared, not judged: a change that fixes the config and adds the OKR folder validates against its base', async () => {
    const broken = `${HEAD}cycles:\n${Q4}  - { id: odd, start: 2026-11-15, end: 2027-02-14 }\nscoring:\n  bands: { yellow: 0.9, green: 0.2 }\n`;
    const dir = gitRepo([{ files: { 'okr.config.yaml': broken }, message: 'the program, before any OKR', date: '2026-10-01' }]);
    writeFileSync(join(dir, 'okr.config.yaml'), `${HEAD}cycles:\n${Q4}`);
    mkdirSync(join(dir, 'okrs/2026-Q4'), { recursive: true });
    writeFileSync(join(dir, 'okrs/2026-Q4/company.yaml'), COMPANY);
    const result = await runOkr(['validate', '--base', 'HEAD'], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(0);
  });

  it('still may not lead outside the repository', async () => {
    const dir = gitRepo([{ files: { 'okr.config.yaml': `${HEAD}okrsDir: ../../${tmpdir().split('/').pop()}\ncycles:\n${Q4}` }, message: 'bad', date: '2026-10-01' }]);
    writeFileSync(join(dir, 'okr.config.yaml'), `${HEAD}cycles:\n${Q4}`);
    mkdirSync(join(dir, 'okrs/2026-Q4'), { recursive: true });
    writeFileSync(join(dir, 'okrs/2026-Q4/company.yaml'), COMPANY);
    const result = await runOkr(['validate', '--base', 'HEAD'], { cwd: dir });
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain('leaves the repository');
  });
});
