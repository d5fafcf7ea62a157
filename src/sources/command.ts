// The `command` kind: run a program from the repository root without a shell, and take the
// first number it prints. A time limit kills the whole process group (a script's own children
// included), stdout is capped, and stderr's first line says why a command failed.

import { spawn } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Env } from './env-refs.js';
import { programPath } from './program-path.js';
import { excerpt, failed, found, type Quote, type SourceKind, type SourceResult } from './source-kind.js';
import { splitCommand } from './split-command.js';

export const MAX_STDOUT_BYTES = 1024 * 1024;
const MAX_STDERR_BYTES = 64 * 1024;

export const command: SourceKind = {
  async read({ source, env, root, signal, quote }) {
    const split = splitCommand(source.command ?? '');
    if (!split.ok) return failed(split.message);
    const [program, ...args] = split.argv;
    const located = await locateProgram(program, root);
    if (typeof located !== 'string') return located;
    return run(located, args, { cwd: root, env, signal, name: program, quote });
  },
};

/** The file to run: a name for PATH to find, or a path whose real location is inside the root. */
async function locateProgram(program: string, root: string): Promise<string | SourceResult> {
  const path = programPath(program);
  if (!path.ok) return failed(path.message);
  if (path.inRepository === undefined) return program;
  const file = resolve(root, path.inRepository);
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return failed(`'${program}' is not in the repository`);
  }
  // A symbolic link inside the repository may still point out of it.
  const inside = relative(await realpath(root), real);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return failed(`'${program}' leads outside the repository (through a symbolic link)`);
  }
  return file;
}

interface RunOptions {
  cwd: string;
  env: Env;
  signal: AbortSignal;
  /** The program as written, for reasons. */
  name: string;
  quote: Quote;
}

function run(file: string, args: string[], options: RunOptions): Promise<SourceResult> {
  const { name, signal, quote } = options;
  return new Promise((settle) => {
    let settled = false;
    const done = (result: SourceResult) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', killGroup);
      settle(result);
    };
    const child = spawn(file, args, {
      cwd: options.cwd, env: { ...options.env }, shell: false, detached: true, windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'],
    });
    // detached: the child leads its own process group, so one signal reaches everything it started.
    function killGroup(): void {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrBytes = 0;
    let overflow = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > MAX_STDOUT_BYTES) {
        overflow = true;
        killGroup();
      } else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderrBytes < MAX_STDERR_BYTES) stderr.push(chunk);
      stderrBytes += chunk.length;
    });
    signal.addEventListener('abort', killGroup, { once: true });
    if (signal.aborted) killGroup();
    child.on('error', (error: NodeJS.ErrnoException) => done(failed(spawnReason(error, name, quote))));
    // What the command left running in its group dies with it, so its pipes close too.
    child.on('exit', () => killGroup());
    child.on('close', (code, killedBy) => {
      const why = firstLine(Buffer.concat(stderr).toString('utf8'), quote);
      const because = why ? `: ${why}` : '';
      if (overflow) return done(failed(`'${name}' printed more than ${MAX_STDOUT_BYTES / 1024 / 1024} MB`));
      if (signal.aborted) return done(failed(`'${name}' did not finish in time and was stopped`));
      if (killedBy) return done(failed(`'${name}' was stopped by ${killedBy}${because}`));
      if (code !== 0) return done(failed(`'${name}' exited with code ${String(code)}${because}`));
      done(numberIn(Buffer.concat(stdout).toString('utf8'), name, quote));
    });
  });
}

function spawnReason(error: NodeJS.ErrnoException, name: string, quote: Quote): string {
  if (error.code === 'ENOENT') return name.includes('/') ? `'${name}' cannot be run (is its #! interpreter installed?)` : `'${name}' is not a program on PATH`;
  if (error.code === 'EACCES') return `'${name}' is not executable (chmod +x, and commit the mode)`;
  return `'${name}' cannot be run: ${quote(error.message, 160)}`;
}

function firstLine(text: string, quote: Quote): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '');
  return line === undefined ? '' : quote(line, 200);
}

/** A decimal number as a word of its own: 42, -12.5, .5, 1e3 (not 0x10, 1,000, NaN or 42%). */
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * The value a command printed: the first word of stdout that is a decimal number, so that
 * "active teams: 42" reads 42; or stdout that is exactly `true` or `false`, for a binary KR.
 */
export function numberIn(stdout: string, name: string, quote: Quote = excerpt): SourceResult {
  const text = stdout.trim();
  if (text === 'true' || text === 'false') return found(text === 'true');
  for (const word of text.split(/\s+/)) {
    if (!NUMBER.test(word)) continue;
    const value = Number(word);
    if (Number.isFinite(value)) return found(value);
  }
  return failed(text === '' ? `'${name}' printed nothing` : `'${name}' printed no number (${JSON.stringify(quote(text, 60))})`);
}
