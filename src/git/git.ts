// Running git. One small wrapper over child_process rather than simple-git: every call is
// explicit about its arguments, errors become messages, and nothing is loaded at start-up.
// History is read with one `git log` over the folder (src/git/history.ts), never one
// process per commit.

import { execFile, execFileSync } from 'node:child_process';
import { UsageError } from '../errors.js';

/** The environment a command was given (Io.env): git sees that, never the process's own. */
export type GitEnv = Record<string, string | undefined>;

export interface GitOptions {
  cwd: string;
  input?: string;
  env: GitEnv;
}

export interface GitOutput {
  stdout: string;
  stderr: string;
  code: number;
}

/** A git command that failed in a way the user can act on. */
export class GitError extends UsageError {
  override name = 'GitError';
}

/** Git (or a hook it ran) was stopped by a signal: Ctrl-C, a closed terminal, a kill. */
export class GitStopped extends GitError {
  override name = 'GitStopped';
  constructor(command: string, readonly signal: string) {
    super(`git ${command} was stopped by ${signal}`);
  }
}

const MAX_BUFFER = 1024 * 1024 * 1024;

/**
 * The command's environment with a fixed locale, which keeps git's messages parseable; no
 * pager, no prompts. Commands run in-process in tests: nothing comes from `process.env`.
 */
export function gitEnvironment(env: GitEnv, extra: GitEnv = {}): NodeJS.ProcessEnv {
  return { ...env, ...extra, LC_ALL: 'C', GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' };
}

/** Runs git and returns its output whatever the exit code. */
export function gitRaw(args: string[], options: GitOptions): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd: options.cwd, env: gitEnvironment(options.env), maxBuffer: MAX_BUFFER, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error?.signal) {
        reject(new GitStopped(args[0], error.signal));
        return;
      }
      if (error && typeof error.code !== 'number') {
        reject(new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `git ${args[0]}: ${error.message}`));
        return;
      }
      resolve({ stdout, stderr, code: error ? Number(error.code) : 0 });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Runs git; a non-zero exit becomes a GitError carrying git's own message. */
export async function git(args: string[], options: GitOptions): Promise<string> {
  const result = await gitRaw(args, options);
  if (result.code !== 0) throw new GitError(`git ${args[0]} failed: ${firstLine(result.stderr) || `exit code ${result.code}`}`);
  return result.stdout;
}

/** The synchronous form, for the few calls made while nothing else can happen. */
export function gitSync(args: string[], options: GitOptions): GitOutput {
  try {
    const stdout = execFileSync('git', args, { cwd: options.cwd, env: gitEnvironment(options.env), maxBuffer: MAX_BUFFER, encoding: 'utf8', input: options.input, stdio: ['pipe', 'pipe', 'pipe'] });
    return { stdout, stderr: '', code: 0 };
  } catch (error) {
    const failure = error as { status?: number; stdout?: string; stderr?: string; code?: string };
    if (failure.code === 'ENOENT') throw new GitError('git is not installed or not on PATH');
    return { stdout: failure.stdout ?? '', stderr: failure.stderr ?? '', code: failure.status ?? 1 };
  }
}

function firstLine(text: string): string {
  return text.trim().split('\n').find((line) => line.trim() !== '')?.replace(/^(fatal|error): /, '') ?? '';
}
