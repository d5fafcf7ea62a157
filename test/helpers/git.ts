// Real git repositories for tests: files, then commits with set authors and dates, the way
// changesets' gitdir() does it. Nothing about git is mocked.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { discoverRepo } from '../../src/git/repo-discovery.js';
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
  const added: string[] = [];
  const removed: string[] = [];
  for (const [name, content] of Object.entries(spec.files)) {
    const path = join(dir, name);
    if (content === null) {
      rmSync(path, { force: true });
      removed.push(name);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      added.push(name);
    }
  }
  // One git process for all the files of a commit: git is most of the suite's time.
  if (removed.length > 0) runGit(dir, ['rm', '-q', '--cached', '--ignore-unmatch', '--', ...removed]);
  if (added.length > 0) runGit(dir, ['add', '--', ...added]);
  const author = spec.author ?? ALICE;
  const date = isoDate(spec.date);
  runGit(dir, ['commit', '-q', '--allow-empty', '-F', '-'], {
    GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email, GIT_COMMITTER_DATE: date,
  }, spec.message);
  // The new commit as okr finds HEAD, from the repository's files: a git process less per commit.
  return discoverRepo(dir, {})?.head ?? runGit(dir, ['rev-parse', 'HEAD']).trim();
}

/**
 * A temporary git repository on branch main, with the given commits made in order. The same
 * commits asked for again in a test file are copied rather than made again.
 */
export function gitRepo(commits: CommitSpec[] = [], files: Record<string, string> = {}): string {
  return builtOnce(JSON.stringify([commits, files]), () => {
    const dir = tempRepo(files);
    initRepo(dir);
    if (commits.every(importable)) importCommits(dir, commits);
    else for (const spec of commits) commit(dir, spec);
    return dir;
  });
}

let emptyRepo: string | undefined;

/**
 * `git init -b main` in `dir`, by copying an empty repository made once per test worker:
 * the suite makes hundreds, and a copy costs no process.
 */
export function initRepo(dir: string): void {
  if (emptyRepo === undefined || !existsSync(emptyRepo)) {
    emptyRepo = mkdtempSync(join(tmpdir(), 'okr-empty-repo-'));
    runGit(emptyRepo, ['init', '-q', '-b', 'main']);
    // The sample hooks are a dozen files to copy each time; the folder stays, for tests that add one.
    rmSync(join(emptyRepo, '.git', 'hooks'), { recursive: true, force: true });
    mkdirSync(join(emptyRepo, '.git', 'hooks'));
  }
  cpSync(join(emptyRepo, '.git'), join(dir, '.git'), { recursive: true });
}

/** YYYY-MM-DD is noon UTC. */
function isoDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T12:00:00Z` : date;
}

const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;

/** What importCommits makes exactly as `git commit` would: a date with its zone, a message. */
function importable(spec: CommitSpec): boolean {
  return ZONED.test(isoDate(spec.date)) && cleanMessage(spec.message) !== '';
}

/**
 * Makes all the commits with one `git fast-import` instead of an add and a commit each, then
 * leaves the working tree and the index as commit() would. The commits are the same, hash
 * for hash (test/git/fixture-repo.test.ts holds it to that).
 */
function importCommits(dir: string, commits: CommitSpec[]): void {
  const parts: string[] = [];
  for (const spec of commits) {
    const author = spec.author ?? ALICE;
    const date = isoDate(spec.date);
    const zone = date.endsWith('Z') ? '+0000' : date.slice(-6).replace(':', '');
    const who = `${author.name} <${author.email}> ${Math.floor(Date.parse(date) / 1000)} ${zone}`;
    parts.push('commit refs/heads/main\n', `author ${who}\n`, `committer ${who}\n`, data(cleanMessage(spec.message)));
    for (const [name, content] of Object.entries(spec.files)) {
      const path = join(dir, name);
      if (content === null) {
        rmSync(path, { force: true });
        parts.push(`D ${quotePath(name)}\n`);
      } else {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
        parts.push(`M 100644 inline ${quotePath(name)}\n`, data(content));
      }
    }
    parts.push('\n');
  }
  runGit(dir, ['fast-import', '--quiet', '--done'], {}, `${parts.join('')}done\n`);
  // The index as after the last commit; the working tree holds the files already.
  runGit(dir, ['reset', '-q']);
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

function quotePath(path: string): string {
  return /^"|\n|\\/.test(path) ? JSON.stringify(path) : path;
}

/** The message as `git commit` keeps it: no trailing spaces, no leading, trailing or repeated blank lines. */
function cleanMessage(message: string): string {
  const lines: string[] = [];
  let blank = false;
  for (const line of message.split('\n').map((l) => l.replace(/[ \t\r]+$/, ''))) {
    if (line === '') {
      blank = lines.length > 0;
      continue;
    }
    if (blank) lines.push('');
    lines.push(line);
    blank = false;
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

const templates = new Map<string, string>();

/**
 * A fresh copy of the folder `build` makes, which is made once per test file (per `key`) and
 * then only copied: a repository's commits are made by one git process each, a copy by none.
 */
export function builtOnce(key: string, build: () => string): string {
  let template = templates.get(key);
  if (template === undefined || !existsSync(template)) {
    template = build();
    templates.set(key, template);
  }
  return tempRepo({}, template);
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
