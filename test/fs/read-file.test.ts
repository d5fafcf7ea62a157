// The reading edge on real files: regular files read, everything else refused with a reason
// and unopened, links leading out of the repository refused unread, nothing ever blocks.

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputText, readRepositoryFile, readRepositoryText, readUserFile } from '../../src/fs/read-file.js';
import { tempRepo } from '../helpers/cli.js';

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('readRepositoryFile', () => {
  it('reads a regular file inside the repository, and one reached by a link inside it', () => {
    const root = tempRepo({ 'okrs/a.yaml': 'unit: a\n' });
    symlinkSync('a.yaml', join(root, 'okrs/b.yaml'));
    expect(readRepositoryFile(root, 'okrs/a.yaml')).toMatchObject({ ok: true, bytes: Buffer.from('unit: a\n') });
    expect(readRepositoryFile(root, 'okrs/b.yaml')).toMatchObject({ ok: true, bytes: Buffer.from('unit: a\n') });
  });

  it('refuses a FIFO without blocking on it', { timeout: 10_000 }, () => {
    const root = tempRepo();
    mkfifo(join(root, 'x.yaml'));
    expect(readRepositoryFile(root, 'x.yaml')).toEqual({ ok: false, reason: 'not-regular', message: 'a FIFO (named pipe), not a regular file' });
  });

  it('refuses a link to /dev/zero and to /etc/passwd as leading out, and says nothing of what they hold', { timeout: 10_000 }, () => {
    const root = tempRepo();
    symlinkSync('/dev/zero', join(root, 'zero.yaml'));
    symlinkSync('/etc/passwd', join(root, 'passwd.yaml'));
    for (const file of ['zero.yaml', 'passwd.yaml']) {
      const read = readRepositoryFile(root, file);
      expect(read).toMatchObject({ ok: false, reason: 'outside', message: expect.stringContaining('a symbolic link leading outside the repository') });
      expect(JSON.stringify(read)).not.toMatch(/root:|\\u0000/);
    }
  });

  it('refuses a file reached through a folder that links out of the repository', () => {
    const outside = tempRepo({ 'team.yaml': 'unit: team\n' });
    const root = tempRepo();
    symlinkSync(outside, join(root, 'okrs'));
    expect(readRepositoryFile(root, 'okrs/team.yaml')).toMatchObject({ ok: false, reason: 'outside', message: expect.stringContaining('a folder on its path is a symbolic link') });
  });

  it('says what a folder, a dangling link, a missing file and a link loop are', () => {
    const root = tempRepo();
    mkdirSync(join(root, 'dir.yaml'));
    symlinkSync('nowhere.yaml', join(root, 'dangling.yaml'));
    symlinkSync('loop.yaml', join(root, 'loop.yaml'));
    expect(readRepositoryFile(root, 'dir.yaml')).toMatchObject({ ok: false, reason: 'not-regular', message: 'a folder, not a regular file' });
    expect(readRepositoryFile(root, 'dangling.yaml')).toMatchObject({ ok: false, message: 'a symbolic link to nothing (its target does not exist)' });
    expect(readRepositoryFile(root, 'missing.yaml')).toMatchObject({ ok: false, reason: 'missing' });
    expect(readRepositoryFile(root, 'loop.yaml')).toMatchObject({ ok: false, message: expect.stringContaining('symbolic links') });
    expect(readRepositoryText(root, 'missing.yaml')).toEqual({});
  });

  it('reads no more than the limit', () => {
    const root = tempRepo({ 'big.yaml': 'x'.repeat(101) });
    expect(readRepositoryFile(root, 'big.yaml', 100)).toMatchObject({ ok: false, reason: 'too-large', size: 101 });
    expect(readRepositoryFile(root, 'big.yaml', 101)).toMatchObject({ ok: true });
  });
});

describe('readUserFile', () => {
  it('reads a regular file anywhere, through links', () => {
    const dir = tempRepo({ 'in.csv': 'a,b\n' });
    symlinkSync(join(dir, 'in.csv'), join(tempRepo(), 'link.csv'));
    expect(readUserFile(join(dir, 'in.csv'))).toMatchObject({ ok: true, bytes: Buffer.from('a,b\n') });
  });

  it('refuses a device and a FIFO without opening or blocking', { timeout: 10_000 }, () => {
    const dir = tempRepo();
    mkfifo(join(dir, 'pipe.csv'));
    expect(readUserFile('/dev/zero')).toEqual({ ok: false, reason: 'not-regular', message: 'a device, not a regular file' });
    expect(readUserFile(join(dir, 'pipe.csv'))).toMatchObject({ ok: false, reason: 'not-regular' });
  });

  it('turns every refusal into a usage error naming the path as the user gave it', () => {
    const dir = tempRepo();
    writeFileSync(join(dir, 'ok.csv'), 'ref,value\n');
    expect(readInputText(join(dir, 'ok.csv'), 'ok.csv')).toBe('ref,value\n');
    expect(() => readInputText(dir, '--from somedir')).toThrow('--from somedir: a folder, not a regular file');
    expect(() => readInputText(join(dir, 'none.csv'), 'none.csv')).toThrow('none.csv: no such file');
  });
});
