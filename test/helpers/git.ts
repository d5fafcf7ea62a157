// Real git repositories for tests: files, then commits with set authors and dates, the way
// changesets' gitdir() does it. Nothing about git is mocked.

import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { tempRepo } from './cli.js';

export interface Author {
  name: string;
  email: string;
}

export const ALICE: Author = { name: 'Alice Ng', email: 'alice@acme.example' };
export const BOB: Author = { name: 'Bob Stone', email: 'bob@acme.example' };
export const CAROL: Author = { name: 'Carol Diaz', email: 'carol@acme.example' };

/** An environment where git has no identity or config but what a test gives it. */
export function isolatedGitEnv(home: string, author: Author | null = ALICE): Record<string, string | undefined> {
  return {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig-none'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: author?.name,
    GIT_AUTHOR_EMAIL: author?.email,
    GIT_COMMITTER_NAME: author?.name,
    GIT_COMMITTER_EMAIL: author?.email,
    EMAIL: undefined,
  };
}

/** HOME unless a test gives one: a folder that does not exist, so git finds no config there. */
const NO_HOME = join(tmpdir(), 'okr-test-no-home');

/**
 * The environment okr runs with in tests, spawned or in-process: a clean one rather than this
 * process's, so that neither the developer's git identity and config nor NO_COLOR, CI or
 * GITHUB_* variables reach it. What a test gives goes on top; undefined removes a variable.
 */
export function testEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, TMPDIR: process.env.TMPDIR, ...isolatedGitEnv(NO_HOME, null), ...extra };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as Record<string, string>;
}

export function runGit(dir: string, args: string[], env: Record<string, string | undefined> = {}, input?: string): string {
  const full: Record<string, string | undefined> = { ...process.env, ...isolatedGitEnv(join(dir, '.git-home-unused')), ...env };
  for (const key of Object.keys(full)) if (full[key] === undefined) delete full[key];
  return execFileSync('git', args, { cwd: dir, env: full as NodeJS.ProcessEnv, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
}

export interface CommitSpec {
  /** Files to write (text) or delete (null) before committing. */
  files: Record<string, string | null>;
  message: string;
  author?: Author;
  /** ISO date-time or YYYY-MM-DD (noon UTC); sets both author and committer dates. */
  date: string;
}

export function commit(dir: string, spec: CommitSpec): string {
  for (const [name, content] of Object.entries(spec.files)) {
    const path = join(dir, name);
    if (content === null) {
      rmSync(path, { force: true });
      runGit(dir, ['rm', '-q', '--cached', '--ignore-unmatch', name]);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      runGit(dir, ['add', name]);
    }
  }
  const author = spec.author ?? ALICE;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(spec.date) ? `${spec.date}T12:00:00Z` : spec.date;
  runGit(dir, ['commit', '-q', '--allow-empty', '-F', '-'], {
    GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email, GIT_COMMITTER_DATE: date,
  }, spec.message);
  return runGit(dir, ['rev-parse', 'HEAD']).trim();
}

/** A temporary git repository on branch main, with the given commits made in order. */
export function gitRepo(commits: CommitSpec[] = [], files: Record<string, string> = {}): string {
  const dir = tempRepo(files);
  runGit(dir, ['init', '-q', '-b', 'main']);
  for (const spec of commits) commit(dir, spec);
  return dir;
}

/** A shallow clone of `dir` holding only its last `depth` commits. */
export function shallowClone(dir: string, depth = 1): string {
  const clone = tempRepo();
  rmSync(clone, { recursive: true, force: true });
  runGit(dirname(clone), ['clone', '-q', '--depth', String(depth), `file://${dir}`, clone]);
  return clone;
}

export function writeFile(dir: string, name: string, content: string): void {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), content);
}
