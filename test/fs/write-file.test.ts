// The writing edge on real files: only where a regular file or nothing is; links written
// through, never replaced; FIFOs, devices and folders refused untouched; permissions kept.

import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, realpathSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendToFile, placeForWrite, writeFileAtomic } from '../../src/fs/write-file.js';
import { tempRepo } from '../helpers/cli.js';

describe('writeFileAtomic', () => {
  it('replaces a regular file, keeping its permissions, and leaves no temporary file', () => {
    const dir = tempRepo({ 'a.yaml': 'old\n' });
    chmodSync(join(dir, 'a.yaml'), 0o640);
    writeFileAtomic(join(dir, 'a.yaml'), 'new\n');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('new\n');
    expect(statSync(join(dir, 'a.yaml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('writes through a link to a regular file inside the root: the target changes, the link stays', () => {
    const root = tempRepo({ 'shared/team.yaml': 'old\n' });
    mkdirSync(join(root, 'okrs'));
    symlinkSync('../shared/team.yaml', join(root, 'okrs/team.yaml'));
    const written = writeFileAtomic(join(root, 'okrs/team.yaml'), 'new\n', { root });
    expect(lstatSync(join(root, 'okrs/team.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'okrs/team.yaml'))).toBe('../shared/team.yaml');
    expect(readFileSync(join(root, 'shared/team.yaml'), 'utf8')).toBe('new\n');
    expect(written.target.endsWith('shared/team.yaml')).toBe(true);
  });

  it('refuses a link leading out of the root, and writes through it when there is no root (a path the user named)', () => {
    const outside = tempRepo({ 'target.md': 'old\n' });
    const root = tempRepo();
    symlinkSync(join(outside, 'target.md'), join(root, 'out.md'));
    expect(() => writeFileAtomic(join(root, 'out.md'), 'new\n', { root, shown: 'out.md' })).toThrow('cannot write out.md: a symbolic link leading outside the repository');
    expect(readFileSync(join(outside, 'target.md'), 'utf8')).toBe('old\n');
    writeFileAtomic(join(root, 'out.md'), 'new\n');
    expect(readFileSync(join(outside, 'target.md'), 'utf8')).toBe('new\n');
    expect(lstatSync(join(root, 'out.md')).isSymbolicLink()).toBe(true);
  });

  it('refuses a FIFO, a device, a folder and a dangling link, and replaces none of them', { timeout: 10_000 }, () => {
    const dir = tempRepo();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    mkdirSync(join(dir, 'folder'));
    symlinkSync('nowhere', join(dir, 'dangling'));
    expect(() => writeFileAtomic(join(dir, 'pipe'), 'x', { shown: 'pipe' })).toThrow('cannot write pipe: a FIFO (named pipe), not a regular file; okr does not replace it');
    expect(() => writeFileAtomic('/dev/null', 'x')).toThrow('cannot write /dev/null: a device, not a regular file; okr does not replace it');
    expect(() => writeFileAtomic(join(dir, 'folder'), 'x', { shown: 'folder' })).toThrow('cannot write folder: a folder, not a regular file');
    expect(() => writeFileAtomic(join(dir, 'dangling'), 'x', { shown: 'dangling' })).toThrow('cannot write dangling: a symbolic link to nothing');
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
    expect(lstatSync(join(dir, 'dangling')).isSymbolicLink()).toBe(true);
  });

  it('makes missing folders only when asked to (okr\'s own files), and says so otherwise', () => {
    const dir = tempRepo();
    expect(() => writeFileAtomic(join(dir, 'missing/dir/x.csv'), 'x', { shown: 'missing/dir/x.csv' })).toThrow('cannot write missing/dir/x.csv: its folder does not exist');
    expect(readdirSync(dir)).toEqual([]);
    const written = writeFileAtomic(join(dir, 'okrs/Q4/x.yaml'), 'x', { root: dir, createFolders: true });
    expect(readFileSync(join(dir, 'okrs/Q4/x.yaml'), 'utf8')).toBe('x');
    // Innermost first: what a rollback removes, in order.
    expect(written.createdFolders).toEqual([join(realpathSync(dir), 'okrs/Q4'), join(realpathSync(dir), 'okrs')]);
  });

  it('says when a part of the path is a file', () => {
    const dir = tempRepo({ okrs: 'a file' });
    expect(() => placeForWrite(join(dir, 'okrs/Q4/x.yaml'), { createFolders: true, shown: 'okrs/Q4/x.yaml' })).toThrow('cannot write okrs/Q4/x.yaml: a part of its path is a file, not a folder');
  });
});

describe('appendToFile', () => {
  it('appends to a regular file or creates it, and refuses a folder or a FIFO', { timeout: 10_000 }, () => {
    const dir = tempRepo({ 'summary.md': 'one\n' });
    appendToFile(join(dir, 'summary.md'), 'two\n');
    appendToFile(join(dir, 'new.md'), 'three\n');
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe('one\ntwo\n');
    expect(readFileSync(join(dir, 'new.md'), 'utf8')).toBe('three\n');
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    expect(() => appendToFile(join(dir, 'pipe'), 'x', { shown: 'pipe' })).toThrow('cannot write pipe: a FIFO');
    expect(() => appendToFile(dir, 'x', { shown: 'dir' })).toThrow('cannot write dir: a folder');
  });
});
