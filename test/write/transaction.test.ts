// The write transaction on real git repositories: under the lock, from the files as they are
// then; all files or none; exactly those files committed; everything put back on failure.

import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { transact, WriteInterrupted, type Transaction } from '../../src/write/transaction.js';
import { gitRepo, isolatedGitEnv, runGit, testEnv } from '../helpers/git.js';

function repository(files: Record<string, string> = { 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' }) {
  return gitRepo([{ files, message: 'start', date: '2026-10-01' }]);
}

/** git reads the identity from the environment the command was given, as okr hands it on. */
const identity = (dir: string) => testEnv(isolatedGitEnv(join(dir, '.home')));

function write(dir: string, texts: Record<string, string | null>, extra: Partial<Transaction<string>> = {}) {
  return transact({
    root: dir, command: 'test', env: identity(dir),
    change: async () => ({ texts: new Map(Object.entries(texts)), result: 'done' }),
    commit: { message: (result) => `okr: ${result}` },
    ...extra,
  });
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const head = (dir: string) => runGit(dir, ['rev-parse', 'HEAD']).trim();

describe('transact', () => {
  it('commits exactly the changed files, new ones included, in one commit', async () => {
    const dir = repository();
    writeFileSync(join(dir, 'other.txt'), 'not ours\n');
    const done = await write(dir, { 'a.yaml': 'a: 2\n', 'b.yaml': 'b: 1\n', 'okrs/Q4/c.yaml': 'c: 1\n' });
    expect(done.files).toEqual(['a.yaml', 'okrs/Q4/c.yaml']);
    expect(done.commit).toBe(head(dir));
    expect(runGit(dir, ['show', '--name-only', '--format=%s', 'HEAD']).trim().split('\n')).toEqual(['okr: done', '', 'a.yaml', 'okrs/Q4/c.yaml']);
    expect(runGit(dir, ['status', '--porcelain'])).toBe('?? other.txt\n');
  });

  it('puts every file back when a commit hook refuses: changed ones restored, new ones and their folders removed', async () => {
    const dir = repository();
    const before = head(dir);
    const hook = join(dir, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "no commits today" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const error = await write(dir, { 'a.yaml': 'a: 2\n', 'b.yaml': 'b: 2\n', 'okrs/Q4/new.yaml': 'new: 1\n' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain('git commit failed: no commits today');
    expect([read(dir, 'a.yaml'), read(dir, 'b.yaml')]).toEqual(['a: 1\n', 'b: 1\n']);
    expect(existsSync(join(dir, 'okrs'))).toBe(false);
    expect(head(dir)).toBe(before);
    expect(runGit(dir, ['status', '--porcelain'])).toBe('');
    expect(existsSync(join(dir, '.git/okr.lock'))).toBe(false);
  });

  it('a git stopped by a signal during the commit is an interruption: every file put back', async () => {
    const dir = repository();
    const before = head(dir);
    const hook = join(dir, '.git/hooks/pre-commit');
    // The hook stops git itself with SIGINT, as Ctrl-C in the terminal would; okr's own
    // signal may come later than git's failure, or (as here) not at all.
    writeFileSync(hook, '#!/bin/sh\nkill -INT $PPID\nsleep 5\n');
    chmodSync(hook, 0o755);
    const error = await write(dir, { 'a.yaml': 'a: 2\n', 'okrs/Q4/new.yaml': 'new: 1\n' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteInterrupted);
    expect(read(dir, 'a.yaml')).toBe('a: 1\n');
    expect(existsSync(join(dir, 'okrs'))).toBe(false);
    expect(head(dir)).toBe(before);
    expect(existsSync(join(dir, '.git/okr.lock'))).toBe(false);
  });

  it('writes nothing when one of the files cannot be written (all or none)', { timeout: 10_000 }, async () => {
    const dir = repository();
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    await expect(write(dir, { 'a.yaml': 'a: 2\n', 'pipe.yaml': 'x\n' }, { commit: undefined })).rejects.toThrow('cannot write pipe.yaml: a FIFO (named pipe)');
    expect(read(dir, 'a.yaml')).toBe('a: 1\n');
  });

  it('writes nothing and releases the lock when the change refuses', async () => {
    const dir = repository();
    const refusal = write(dir, {}, { change: async () => { throw new UsageError('no'); } });
    await expect(refusal).rejects.toThrow('no');
    expect(existsSync(join(dir, '.git/okr.lock'))).toBe(false);
    expect((await write(dir, { 'a.yaml': 'a: 3\n' })).files).toEqual(['a.yaml']);
  });

  it('hands the second of two concurrent changes the files as the first left them', async () => {
    const dir = repository();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const seen: (string | undefined)[] = [];
    const first = write(dir, {}, {
      files: ['a.yaml'],
      change: async (current) => {
        seen.push(current.get('a.yaml'));
        await gate;
        return { texts: new Map([['a.yaml', 'a: 1\nfirst: true\n']]), result: 'first' };
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = write(dir, {}, {
      files: ['a.yaml'],
      change: async (current) => {
        seen.push(current.get('a.yaml'));
        return { texts: new Map([['a.yaml', `${current.get('a.yaml')}second: true\n`]]), result: 'second' };
      },
    });
    setTimeout(release, 200);
    await Promise.all([first, second]);
    expect(seen).toEqual(['a: 1\n', 'a: 1\nfirst: true\n']);
    expect(read(dir, 'a.yaml')).toBe('a: 1\nfirst: true\nsecond: true\n');
    expect(runGit(dir, ['log', '--format=%s']).trim().split('\n')).toEqual(['okr: second', 'okr: first', 'start']);
  });

  it('edits a linked file through its link and commits the file it points to', async () => {
    const dir = repository({ 'shared/team.yaml': 'team: 1\n' });
    symlinkSync('shared/team.yaml', join(dir, 'team.yaml'));
    runGit(dir, ['add', 'team.yaml']);
    runGit(dir, ['commit', '-q', '-m', 'link']);
    const done = await write(dir, { 'team.yaml': 'team: 2\n' });
    expect(done.files).toEqual(['team.yaml']);
    expect(lstatSync(join(dir, 'team.yaml')).isSymbolicLink()).toBe(true);
    expect(read(dir, 'shared/team.yaml')).toBe('team: 2\n');
    expect(runGit(dir, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe('shared/team.yaml');
  });

  it('makes no commit when nothing changes', async () => {
    const dir = repository();
    const before = head(dir);
    expect(await write(dir, { 'a.yaml': 'a: 1\n' })).toEqual({ files: [], result: 'done' });
    expect(head(dir)).toBe(before);
  });
});
