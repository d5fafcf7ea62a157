// The file-system cases of issue 9, on real files, links and FIFOs (in-process, and as the real
// binary where a FIFO or a device could block): every one ends (a vitest timeout, not a duration,
// guards the hangs), with its exit code, a
// message naming the path, no stack trace, no "internal error", and nothing read from outside
// the repository or written where okr must not write.

import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPANY_ONE_KR as COMPANY, hasStackTrace, MINIMAL_CONFIG, okr, type RunOptions, type RunResult, tempRepo } from '../helpers/cli.js';
import { runOkr } from '../helpers/run-okr.js';
import { BOB, gitRepo, isolatedGitEnv, runGit } from '../helpers/git.js';

const CONFIG = `${MINIMAL_CONFIG}people:
  ann: { name: Ann Lee, email: ann@acme.example, github: ann-lee }
`;


const OUTSIDER = COMPANY.replace('unit: company', 'unit: outsider').replace('level: company', 'level: team\nparent: company').replace('Win the market', 'Smuggled in');

const CYCLE = 'okrs/2026-Q4';
const AS_OF = ['--as-of', '2026-11-01'];
const HANG = { timeout: 20_000 };

function repository(): string {
  return tempRepo({ 'okr.config.yaml': CONFIG, [`${CYCLE}/company.yaml`]: COMPANY });
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

/** okr in this process, as most cases run. */
const run = (args: string[], options: RunOptions = {}) => runOkr(args, options);
/**
 * okr as its own process, for the cases that would block on a FIFO or a device if reading
 * them ever regressed: a blocked process is ended by the test's timeout, a blocked test
 * worker would not be.
 */
const spawned = async (args: string[], options: RunOptions = {}) => okr(args, options);

/** The run ended as a handled outcome: no stack, no "internal error". */
function expectHandled(result: RunResult, code: number): string {
  const output = result.stdout + result.stderr;
  expect(hasStackTrace(output), output).toBe(false);
  expect(output).not.toMatch(/internal error/i);
  expect(result.code, output).toBe(code);
  return output;
}

describe('reading: only regular files inside the repository', () => {
  it('a unit file that is a FIFO is a finding naming it, and nothing blocks', HANG, async () => {
    const dir = repository();
    mkfifo(join(dir, CYCLE, 'pipe.yaml'));
    const output = expectHandled(await spawned(['validate', '-C', dir]), 1);
    expect(output).toContain(`${CYCLE}/pipe.yaml`);
    expect(output).toContain('a FIFO (named pipe), not a regular file');
    expectHandled(await spawned(['score', '-C', dir, ...AS_OF]), 0);
  });

  it('a link to /dev/zero is refused unread, and nothing blocks or fills memory', HANG, async () => {
    const dir = repository();
    symlinkSync('/dev/zero', join(dir, CYCLE, 'zero.yaml'));
    const output = expectHandled(await spawned(['validate', '-C', dir]), 1);
    expect(output).toContain(`${CYCLE}/zero.yaml`);
    expect(output).toContain('a symbolic link leading outside the repository');
  });

  it('a link to /etc/passwd shows nothing of it in any command', HANG, async () => {
    const dir = repository();
    symlinkSync('/etc/passwd', join(dir, CYCLE, 'passwd.yaml'));
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0].slice(0, 12);
    for (const args of [['validate'], ['validate', '--format', 'json'], ['tree', ...AS_OF], ['report', ...AS_OF]]) {
      const result = await run([...args, '-C', dir]);
      expectHandled(result, args[0] === 'validate' ? 1 : 0);
      expect(result.stdout + result.stderr).not.toContain(passwd);
    }
    expect((await run(['validate', '-C', dir])).stdout).toContain(`${CYCLE}/passwd.yaml`);
  });

  it('okr.config.yaml as a FIFO is a config error naming it, and nothing blocks', HANG, async () => {
    const dir = repository();
    rmSync(join(dir, 'okr.config.yaml'));
    mkfifo(join(dir, 'okr.config.yaml'));
    const output = expectHandled(await spawned(['validate', '-C', dir]), 2);
    expect(output).toContain('okr.config.yaml');
    expect(output).toContain('a FIFO (named pipe)');
  });

  it('a folder named like a unit file, and a dangling link, are findings naming them', HANG, async () => {
    const dir = repository();
    mkdirSync(join(dir, CYCLE, 'folder.yaml'));
    symlinkSync('gone.yaml', join(dir, CYCLE, 'dangling.yaml'));
    symlinkSync('/nonexistent/teams', join(dir, CYCLE, 'teams'));
    const output = expectHandled(await run(['validate', '-C', dir]), 1);
    expect(output).toMatch(new RegExp(`${CYCLE}/folder\\.yaml\\n.*a folder, not a regular file`, 'i'));
    expect(output).toMatch(new RegExp(`${CYCLE}/dangling\\.yaml\\n.*a symbolic link to nothing`, 'i'));
    expect(output).toMatch(new RegExp(`${CYCLE}/teams\\n.*a symbolic link to nothing`, 'i'));
  });

  it('okrs being a file is a config error, the cycle folder being a file a finding, each naming it', HANG, async () => {
    const flat = tempRepo({ 'okr.config.yaml': CONFIG, okrs: 'not a folder\n' });
    expect(expectHandled(await run(['validate', '-C', flat]), 2)).toMatch(/okrsDir 'okrs' \(the default\) is not a folder/i);
    const cycleFile = tempRepo({ 'okr.config.yaml': CONFIG, [CYCLE]: 'not a folder\n' });
    expect(expectHandled(await run(['validate', '-C', cycleFile]), 1)).toMatch(new RegExp(`${CYCLE}\\n.*a file where a folder of unit files should be`, 'i'));
    expectHandled(await run(['tree', '-C', cycleFile, ...AS_OF]), 0);
  });

  it('a folder linked from outside the repository is not read: its unit appears nowhere, the link is named', HANG, async () => {
    const outside = tempRepo({ 'outsider.yaml': OUTSIDER });
    const dir = repository();
    symlinkSync(outside, join(dir, CYCLE, 'elsewhere'));
    const validate = expectHandled(await run(['validate', '-C', dir]), 1);
    expect(validate).toMatch(new RegExp(`${CYCLE}/elsewhere\\n.*a symbolic link leading outside the repository; it is not followed`, 'i'));
    for (const args of [['report', ...AS_OF], ['score', ...AS_OF], ['tree', ...AS_OF]]) {
      const result = expectHandled(await run([...args, '-C', dir]), 0);
      expect(result).not.toContain('outsider');
      expect(result).not.toContain('Smuggled in');
    }
  });

  it('a link to / in a cycle folder is named and not walked', HANG, async () => {
    const dir = repository();
    symlinkSync('/', join(dir, CYCLE, 'root'));
    const output = expectHandled(await run(['validate', '-C', dir]), 1);
    expect(output).toMatch(new RegExp(`${CYCLE}/root\\n.*a symbolic link leading outside the repository`, 'i'));
  });

  it('--config naming a folder is a usage error', async () => {
    const dir = repository();
    expect(expectHandled(await run(['validate', '-C', dir, '--config', 'okrs']), 2)).toContain('--config okrs: a folder, not a file');
  });

  it('import of a folder is a usage error naming it', async () => {
    const dir = repository();
    mkdirSync(join(dir, 'rows.csv'));
    expect(expectHandled(await run(['import', '-C', dir, join(dir, 'rows.csv')]), 2)).toContain('rows.csv: a folder, not a regular file');
    expect(expectHandled(await run(['import', '-C', dir, join(dir, 'okrs'), '--type', 'csv']), 2)).toContain('okrs: a folder, not a regular file');
  });

  it('checkin --from a FIFO is a usage error, and nothing blocks', HANG, async () => {
    const dir = repository();
    mkfifo(join(dir, 'rows.csv'));
    expect(expectHandled(await spawned(['checkin', '-C', dir, '--from', 'rows.csv', '--no-commit']), 2)).toContain('--from rows.csv: a FIFO (named pipe)');
  });

  it('owners --check --out naming a folder is a usage error', async () => {
    const dir = repository();
    expect(expectHandled(await run(['owners', '--check', '--out', 'okrs'], { cwd: dir }), 2)).toContain('okrs: a folder, not a regular file');
  });
});

describe('writing: only where a regular file or nothing is', () => {
  it('export --out into a folder that does not exist is a usage error, and no folder is made', async () => {
    const dir = repository();
    const output = expectHandled(await run(['export', '-C', dir, '--out', 'missing/dir/x.csv'], { cwd: dir }), 2);
    expect(output).toContain('cannot write missing/dir/x.csv: its folder does not exist');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('report --out onto a FIFO or a device refuses them and leaves them as they are', HANG, async () => {
    const dir = repository();
    mkfifo(join(dir, 'status.md'));
    expect(expectHandled(await spawned(['report', '-C', dir, ...AS_OF, '--out', 'status.md']), 2)).toContain('cannot write status.md: a FIFO (named pipe), not a regular file; okr does not replace it');
    expect(lstatSync(join(dir, 'status.md')).isFIFO()).toBe(true);
    expect(expectHandled(await spawned(['report', '-C', dir, ...AS_OF, '--out', '/dev/null']), 2)).toContain('cannot write /dev/null: a device, not a regular file');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('report --out onto a link writes the file it points to and keeps the link', async () => {
    const dir = repository();
    const elsewhere = join(tempRepo(), 'status.md');
    writeFileSync(elsewhere, 'old\n');
    symlinkSync(elsewhere, join(dir, 'status.md'));
    expectHandled(await run(['report', '-C', dir, ...AS_OF, '--out', 'status.md']), 0);
    expect(readlinkSync(join(dir, 'status.md'))).toBe(elsewhere);
    expect(readFileSync(elsewhere, 'utf8')).toContain('# Test Co · 2026-Q4');
  });

  it('an unwritable GITHUB_STEP_SUMMARY is a warning after the annotations, and the exit code stays the validation\'s', async () => {
    const dir = repository();
    for (const summary of [join(dir, 'okrs'), join(dir, 'missing', 'summary.md')]) {
      const clean = await run(['validate', '-C', dir, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
      expectHandled(clean, 0);
      expect(clean.stderr).toContain(`okr: warning: cannot write $GITHUB_STEP_SUMMARY (${summary})`);
    }
    writeFileSync(join(dir, CYCLE, 'broken.yaml'), 'unit: [\n');
    const findings = await run(['validate', '-C', dir, '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: join(dir, 'okrs') } });
    expectHandled(findings, 1);
    expect(findings.stdout).toContain('::error file=okrs/2026-Q4/broken.yaml');
    expect(findings.stderr).toContain('the job summary is left out');
  });
});

describe('the write transaction from the command line', () => {
  function gitRepository(): string {
    return gitRepo([{ files: { 'okr.config.yaml': CONFIG, [`${CYCLE}/company.yaml`]: COMPANY }, message: 'Post Q4', date: '2026-10-05' }]);
  }
  const checkin = (dir: string, args: string[], env: Record<string, string | undefined> = {}) =>
    run(['checkin', '-C', dir, ...args], { env: { ...isolatedGitEnv(join(dir, '.home'), BOB), ...env } });

  it('checkin on a linked unit file edits the file through the link, keeps the link and commits the target', async () => {
    const dir = gitRepository();
    mkdirSync(join(dir, 'shared'));
    renameSync(join(dir, CYCLE, 'company.yaml'), join(dir, 'shared/company.yaml'));
    symlinkSync('../../shared/company.yaml', join(dir, CYCLE, 'company.yaml'));
    runGit(dir, ['add', '-A']);
    runGit(dir, ['commit', '-q', '-m', 'Share the company file']);
    const result = await checkin(dir, ['company/O1/KR1', '--value', '55', ...AS_OF]);
    expectHandled(result, 0);
    expect(lstatSync(join(dir, CYCLE, 'company.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'shared/company.yaml'), 'utf8')).toContain('current: 55 }');
    expect(runGit(dir, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe('shared/company.yaml');
    expect(runGit(dir, ['status', '--porcelain'])).toBe('');
  });

  it('a checkin that finds the repository locked by a live process waits, then stops naming the lock and its holder', HANG, async () => {
    const dir = gitRepository();
    const lock = join(dir, '.git', 'okr.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: 'this-test', command: 'okr sync', since: '2026-11-01T09:00:00Z', token: 'held' }));
    const result = await checkin(dir, ['company/O1/KR1', '--value', '55', ...AS_OF], { OKR_LOCK_TIMEOUT: '0.5' });
    const output = expectHandled(result, 2);
    expect(output).toContain(`${lock} is held by okr sync (pid ${process.pid} on this-test`);
    expect(readFileSync(join(dir, CYCLE, 'company.yaml'), 'utf8')).toBe(COMPANY);
  });

  it('outside git, an edit leaves no lock behind', async () => {
    const dir = repository();
    expectHandled(await checkin(dir, ['company/O1/KR1', '--value', '55', '--no-commit', ...AS_OF]), 0);
    expect(existsSync(join(dir, '.okr.lock'))).toBe(false);
    expect(readFileSync(join(dir, CYCLE, 'company.yaml'), 'utf8')).toContain('current: 55 }');
  });
});
