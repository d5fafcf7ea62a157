// Running okr as a user would, with real files and captured output: the built binary as a
// process (okr), and temporary folders. runOkr (run-okr.ts) runs it in-process.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testEnv } from './git.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/okr.js');
export const EXAMPLES = join(ROOT, 'examples');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Added to testEnv(); undefined removes a variable. */
  env?: Record<string, string | undefined>;
  input?: string | Uint8Array;
  /**
   * Every run is a crash guard: output saying "internal error" (a bug of ours, SPEC 10) fails
   * the test at once. Only a test of the internal-error handler itself sets this.
   */
  internalErrorExpected?: boolean;
}

/**
 * Runs the built binary in its own process. Most tests use runOkr (run-okr.ts), the same
 * thing in-process; this is for what only a process has: the bin itself, pipes, signals.
 */
export function okr(args: string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT, env: testEnv(options.env), encoding: 'utf8', input: options.input ?? '',
  });
  return guardAgainstCrash({ code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }, args, options);
}

/**
 * A stack trace, or okr's "internal error" (stacks are hidden without --debug, so looking for
 * stack lines alone could never fail), means input reached a bug instead of a message.
 */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[(:]\d+/m.test(text) || /Error: .*\n\s+at /.test(text) || /okr: internal error/.test(text);
}

/** Fails the test when a run crashed, unless the test is about crashing. */
export function guardAgainstCrash(result: RunResult, args: string[], options: RunOptions): RunResult {
  if (!options.internalErrorExpected && hasStackTrace(result.stderr + result.stdout)) {
    throw new Error(`okr ${args.join(' ')} crashed (exit ${result.code}):\n${result.stderr}${result.stdout}`);
  }
  return result;
}

const made: string[] = [];

/** Removes every folder tempRepo made; setup.ts calls it after each test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temporary folder holding the given files (text or bytes), removed after the test file. */
export function tempRepo(files: Record<string, string | Uint8Array> = {}, from?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'okr-test-'));
  made.push(dir);
  if (from) cpSync(from, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export const MINIMAL_CONFIG = `version: 1
organization: Test Co
cycles:
  - id: 2026-Q4
    start: 2026-10-01
    end: 2026-12-31
`;

/** The company unit of MINIMAL_CONFIG's cycle with one objective and one metric key result, led by `ann`. */
export const COMPANY_ONE_KR = `cycle: 2026-Q4
unit: company
level: company
lead: ann
objectives:
  - id: O1
    title: Win the market
    keyResults:
      - { id: KR1, title: Customers from 0 to 100, lead: ann, start: 0, target: 100, current: 40 }
`;
