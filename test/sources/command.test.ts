// The command kind with real scripts in a temporary repository: what counts as the value, what
// fails, the time limit that kills the whole process group, and no shell anywhere.

import { chmodSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberIn } from '../../src/sources/command.js';
import { readSource } from '../../src/sources/read-source.js';
import { tempRepo } from '../helpers/cli.js';

const SCRIPTS: Record<string, string> = {
  'scripts/number.sh': 'echo 42',
  'scripts/text-then-number.sh': 'echo "active teams: 17.5"\necho 99',
  'scripts/nothing.sh': 'exit 0',
  'scripts/words.sh': 'echo "all good"',
  'scripts/fails.sh': 'echo "ignored" \necho "" >&2\necho "warehouse is down for maintenance" >&2\nexit 1',
  'scripts/done.sh': 'echo true',
  'scripts/args.sh': 'printf "%s\\n" "$@" > args.txt\necho "$#"',
  'scripts/env.sh': 'echo "$DAYS"',
  'scripts/forever.sh': 'echo $$ > "$1"\nsleep 1000 &\necho $! >> "$1"\nwait',
  'scripts/orphan.sh': 'sleep 1000 &\necho $! > orphan.pid\necho 5',
  'scripts/flood.sh': 'i=0\nwhile [ $i -lt 40000 ]; do echo "................................................"; i=$((i+1)); done',
  'scripts/leak.sh': 'echo "connecting to $WAREHOUSE_URL failed" >&2\nexit 2',
  'scripts/killed.sh': 'kill -TERM $$',
};

function repository(): string {
  const files = Object.fromEntries(Object.entries(SCRIPTS).map(([name, body]) => [name, `#!/bin/sh\n${body}\n`]));
  const dir = tempRepo({ ...files, 'scripts/not-executable.sh': '#!/bin/sh\necho 1\n' });
  for (const name of Object.keys(SCRIPTS)) chmodSync(join(dir, name), 0o755);
  return dir;
}

const ROOT = repository();
const ENV = { PATH: process.env.PATH, DAYS: '28' };

function run(command: string, options: { timeoutMs?: number; env?: Record<string, string | undefined>; root?: string } = {}) {
  return readSource({ source: { command }, sources: undefined, env: options.env ?? ENV, root: options.root ?? ROOT, timeoutMs: options.timeoutMs ?? 10_000 });
}

/** Whether a process still runs (a zombie has ended; it only waits to be reaped). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\S+ \(.*\) [ZX]/s.test(stat);
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, ms = 3_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

describe('command source', () => {
  it('reads the number a script prints, from the repository root', async () => {
    expect(await run('scripts/number.sh')).toEqual({ ok: true, value: 42 });
    expect(await run('./scripts/number.sh')).toEqual({ ok: true, value: 42 });
  });

  it('takes the first number after text, and true/false for a binary key result', async () => {
    expect(await run('scripts/text-then-number.sh')).toEqual({ ok: true, value: 17.5 });
    expect(await run('scripts/done.sh')).toEqual({ ok: true, value: true });
  });

  it('runs a program found on PATH, with the environment it is given', async () => {
    expect(await run('sh scripts/not-executable.sh')).toEqual({ ok: true, value: 1 });
    expect(await run('scripts/env.sh')).toEqual({ ok: true, value: 28 });
  });

  it('passes quoted words as they are: no shell, so $(touch pwned) creates nothing', async () => {
    expect(await run(`scripts/args.sh '$(touch pwned)' "two words" '$HOME' 'a;b|c'`)).toEqual({ ok: true, value: 4 });
    expect(readFileSync(join(ROOT, 'args.txt'), 'utf8')).toBe('$(touch pwned)\ntwo words\n$HOME\na;b|c\n');
    expect(existsSync(join(ROOT, 'pwned'))).toBe(false);
    // Unquoted, it is refused before anything runs.
    expect(await run('scripts/args.sh $(touch pwned)')).toMatchObject({ ok: false, reason: expect.stringContaining("'$' would expand in a shell") });
    expect(existsSync(join(ROOT, 'pwned'))).toBe(false);
  });

  it.each([
    ['prints nothing', 'scripts/nothing.sh', "'scripts/nothing.sh' printed nothing"],
    ['prints no number', 'scripts/words.sh', `'scripts/words.sh' printed no number ("all good")`],
    ['exits 1, with the first line of stderr', 'scripts/fails.sh', "'scripts/fails.sh' exited with code 1: warehouse is down for maintenance"],
    ['is killed by a signal', 'scripts/killed.sh', "'scripts/killed.sh' was stopped by SIGTERM"],
    ['is not executable', 'scripts/not-executable.sh', "'scripts/not-executable.sh' is not executable (chmod +x, and commit the mode)"],
    ['is not in the repository', 'scripts/missing.sh', "'scripts/missing.sh' is not in the repository"],
    ['is not on PATH', 'no-such-program-okr', "'no-such-program-okr' is not a program on PATH"],
    ['lies outside the repository', '../outside.sh', "'../outside.sh' is outside the repository; a command runs a script in the repository or a program on PATH"],
    ['is an absolute path', '/bin/echo 1', "'/bin/echo' is an absolute path; name a script in the repository (scripts/x.sh) or a program on PATH (python3)"],
    ['prints more than 1 MB', 'scripts/flood.sh', "'scripts/flood.sh' printed more than 1 MB"],
    ['has a pipe', 'scripts/number.sh | cat', "'|' would be a shell operator, but the command runs without a shell; quote it ('|') to pass it as it is, or put the pipeline in a script"],
  ])('fails when the command %s', async (_case, command, reason) => {
    expect(await run(command)).toEqual({ ok: false, reason });
  });

  it('refuses a symbolic link that leads out of the repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'okr-outside-'));
    writeFileSync(join(outside, 'x.sh'), '#!/bin/sh\necho 7\n', { mode: 0o755 });
    const root = tempRepo({});
    symlinkSync(join(outside, 'x.sh'), join(root, 'x.sh'));
    expect(await run('./x.sh', { root })).toEqual({ ok: false, reason: "'./x.sh' leads outside the repository (through a symbolic link)" });
  });

  it.skipIf(process.platform !== 'linux')('kills a command that never ends at the time limit, with everything it started', async () => {
    const result = await run('scripts/forever.sh forever.pids', { timeoutMs: 400 });
    expect(result).toEqual({ ok: false, reason: 'no value within 0.4 s (the time limit)' });
    const pids = readFileSync(join(ROOT, 'forever.pids'), 'utf8').trim().split('\n').map(Number);
    expect(pids).toHaveLength(2);
    expect(await until(() => pids.every((pid) => !running(pid)))).toBe(true);
  });

  it.skipIf(process.platform !== 'linux')('leaves nothing running behind a command that exits', async () => {
    expect(await run('scripts/orphan.sh')).toEqual({ ok: true, value: 5 });
    const pid = Number(readFileSync(join(ROOT, 'orphan.pid'), 'utf8'));
    expect(await until(() => !running(pid))).toBe(true);
  });

  it('never lets a secret of the config through, even when a script prints its environment', async () => {
    const secret = 'postgres://okr:pw-from-env@db.internal/x';
    const result = await readSource({
      source: { command: 'scripts/leak.sh' }, sources: { warehouse: { kind: 'postgres', url: '$WAREHOUSE_URL' } },
      env: { ...ENV, WAREHOUSE_URL: secret }, root: ROOT,
    });
    expect(result).toEqual({ ok: false, reason: "'scripts/leak.sh' exited with code 2: connecting to *** failed" });
  });
});

describe('the number a command prints', () => {
  it.each([
    ['42', 42], ['-12.5', -12.5], ['+3', 3], ['.5', 0.5], ['1e3', 1000], ['2.5E-1', 0.25],
    ['teams: 42', 42], ['2026-10-01 count 7', 7], ['v2 3', 3], ['42%\n43', 43],
  ])('reads %j as %d', (stdout, value) => {
    expect(numberIn(stdout, 'x')).toEqual({ ok: true, value });
  });

  it.each(['', 'none', '0x10', '1,000', 'NaN', 'Infinity', '1e999', '42%', 'true that'])('finds no number in %j', (stdout) => {
    expect(numberIn(stdout, 'x').ok).toBe(false);
  });
});
