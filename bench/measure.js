// Running one command and measuring it: wall time, peak memory, exit status.
//
// Peak RSS comes from GNU time (`/usr/bin/time -f '%e %M'`), not from a node wrapper reading
// `process.resourceUsage()`: that call reports only the calling process, Node has no
// getrusage(RUSAGE_CHILDREN), and spawnSync does not return the child's rusage. A wrapper
// would therefore have to run inside the measured process (a preload hook), which changes what
// is measured, misses memory allocated after its exit hook, and cannot see a non-node command.
// GNU time gets the exact figure from the kernel (wait4() rusage of the child) without touching
// the child, and a `#!/usr/bin/env node` script is exec'd in place, so the PID it waits on is
// the node process itself.
//
// Wall time is taken here with hrtime around the spawn instead of GNU time's `%e`, which only
// has centisecond resolution: too coarse for `node -e ''` (~0.04 s). The difference is the
// exec of `time` itself, about a millisecond, the same for every line.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** GNU time; BENCH_GNU_TIME points elsewhere (`gtime` on macOS with Homebrew). */
export const GNU_TIME = process.env.BENCH_GNU_TIME || '/usr/bin/time';
export const HAVE_GNU_TIME = existsSync(GNU_TIME);

/**
 * Runs `argv` in `cwd`. stdout goes to `stdoutFile` when given (the warm-up, whose output is
 * checked) and to /dev/null otherwise (timed runs); stderr is kept, it is small.
 * Returns { seconds, rssKB (null without GNU time), status, signal, stderr, stdoutFile }.
 */
export function runOnce(argv, { cwd, stdoutFile = null, workDir }) {
  const out = openSync(stdoutFile ?? '/dev/null', 'w');
  const timeFile = join(workDir, `time-${process.pid}.txt`);
  const [cmd, ...args] = HAVE_GNU_TIME ? [GNU_TIME, '-f', '%e %M', '-o', timeFile, ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd,
    stdio: ['ignore', out, 'pipe'],
    maxBuffer: 1 << 28,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(out);
  if (r.error) throw Object.assign(new Error(`cannot run ${argv[0]}: ${r.error.message}`), { code: 'BENCH_CANNOT_RUN' });
  let rssKB = null;
  if (HAVE_GNU_TIME && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" before the format line.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const m = /^(\d+(?:\.\d+)?) (\d+)$/.exec(last.trim());
    if (m) rssKB = Number(m[2]);
    rmSync(timeFile, { force: true });
  }
  return { seconds, rssKB, status: r.status ?? 128, signal: r.signal, stderr: r.stderr ?? '', stdoutFile };
}

/** What a check sees of a warm-up run: its status, stderr and stdout (read on demand). */
export function warmupResult(run) {
  const size = run.stdoutFile ? statSync(run.stdoutFile).size : 0;
  return {
    status: run.status,
    signal: run.signal,
    stderr: run.stderr,
    stdoutBytes: size,
    stdout: () => (run.stdoutFile ? readFileSync(run.stdoutFile, 'utf8') : ''),
    /** The first `n` bytes of stdout, for outputs too large to read whole. */
    head: (n) => {
      if (!run.stdoutFile) return '';
      const fd = openSync(run.stdoutFile, 'r');
      const buf = Buffer.alloc(Math.min(n, size));
      readSync(fd, buf, 0, buf.length, 0);
      closeSync(fd);
      return buf.toString('utf8');
    },
  };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** GNU time's %M is in KiB; MB here are 10^6 bytes, like the YAML sizes. */
export const kbToMB = (kb) => (kb * 1024) / 1e6;
