// OKR_TEST_CPU_LOG=FILE npm test appends a line per test file: the CPU seconds it cost in its
// worker (user, system) and in the processes it waited for (git, spawned okr, Python: user,
// system), then its path. The suite's budget is CPU, and most of it is child processes,
// which vitest's durations do not show. Linux only (/proc).

import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';

/** utime, stime, cutime, cstime of this process, in seconds. */
function cpuSeconds(): number[] {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return [11, 12, 13, 14].map((i) => Number(fields[i]) / 100);
}

export function recordCpuPerFile(log: string): void {
  let start: number[] = [];
  beforeAll(() => {
    start = cpuSeconds();
  });
  afterAll(() => {
    const spent = cpuSeconds().map((value, i) => (value - start[i]).toFixed(2));
    appendFileSync(log, `${spent.join(' ')} ${expect.getState().testPath}\n`);
  });
}
