// The listing edge on real folders: it never leaves the repository, ends link loops, and
// reports what it would not enter instead of skipping it silently or walking the disk.

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, listFolder } from '../../src/fs/list-files.js';
import { isYamlFile } from '../../src/load/yaml-files.js';
import { tempRepo } from '../helpers/cli.js';

const list = (root: string, folder = 'okrs/Q4') => listFiles(root, folder, isYamlFile);

describe('listFiles', () => {
  it('lists wanted files at any depth, sorted, and ignores the rest', () => {
    const root = tempRepo({ 'okrs/Q4/b.yaml': '', 'okrs/Q4/a.yml': '', 'okrs/Q4/people/c.yaml': '', 'okrs/Q4/notes.md': '' });
    expect(list(root)).toEqual({ files: ['okrs/Q4/a.yml', 'okrs/Q4/b.yaml', 'okrs/Q4/people/c.yaml'], problems: [], missing: false });
  });

  it('lists a folder, a FIFO and a dangling link named like a unit file, for the reader to refuse', () => {
    const root = tempRepo({ 'okrs/Q4/a.yaml': '' });
    mkdirSync(join(root, 'okrs/Q4/dir.yaml'));
    execFileSync('mkfifo', [join(root, 'okrs/Q4/pipe.yaml')]);
    symlinkSync('gone.yaml', join(root, 'okrs/Q4/dangling.yaml'));
    expect(list(root).files).toEqual(['okrs/Q4/a.yaml', 'okrs/Q4/dangling.yaml', 'okrs/Q4/dir.yaml', 'okrs/Q4/pipe.yaml']);
  });

  it('does not enter a link to a folder outside the repository, and names it', () => {
    const outside = tempRepo({ 'stolen.yaml': 'unit: stolen\n' });
    const root = tempRepo({ 'okrs/Q4/a.yaml': '' });
    symlinkSync(outside, join(root, 'okrs/Q4/tmp'));
    symlinkSync('/', join(root, 'okrs/Q4/root'));
    const listing = list(root);
    expect(listing.files).toEqual(['okrs/Q4/a.yaml']);
    expect(listing.problems).toEqual([
      { path: 'okrs/Q4/root', message: expect.stringContaining('a symbolic link leading outside the repository; it is not followed') },
      { path: 'okrs/Q4/tmp', message: expect.stringContaining('a symbolic link leading outside the repository; it is not followed') },
    ]);
  });

  it('follows a link to a folder inside the repository once, and ends a loop', () => {
    const root = tempRepo({ 'okrs/Q4/a.yaml': '', 'shared/team.yaml': '' });
    symlinkSync('../../shared', join(root, 'okrs/Q4/shared'));
    symlinkSync('..', join(root, 'okrs/Q4/up'));
    const listing = list(root);
    expect(listing.files).toEqual(['okrs/Q4/a.yaml', 'okrs/Q4/shared/team.yaml']);
    expect(listing.problems).toEqual([]);
  });

  it('reports a dangling link that is not named like a unit file, and skips an editor lock', () => {
    const root = tempRepo({ 'okrs/Q4/a.yaml': '' });
    symlinkSync('/nonexistent/folder', join(root, 'okrs/Q4/teams'));
    symlinkSync('user@host.123:1', join(root, 'okrs/Q4/.#a.yaml'));
    expect(list(root).problems).toEqual([{ path: 'okrs/Q4/teams', message: 'a symbolic link to nothing (its target does not exist)' }]);
  });

  it('says a missing folder is missing, and a file where a folder should be is a problem', () => {
    const root = tempRepo({ 'okrs/Q4.yaml': '' });
    expect(list(root, 'okrs/Q3')).toEqual({ files: [], problems: [], missing: true });
    writeFileSync(join(root, 'okrs/Q4'), 'not a folder');
    expect(list(root).problems).toEqual([{ path: 'okrs/Q4', message: 'a file where a folder of unit files should be' }]);
    const flat = tempRepo({ okrs: 'a file' });
    expect(list(flat).problems).toEqual([{ path: 'okrs', message: 'a file where a folder of unit files should be' }]);
  });
});

describe('listFolder', () => {
  it('gives one level of entries, links resolved, links out reported', () => {
    const root = tempRepo({ 'okrs/Q4/a.yaml': '', 'okrs/loose.yaml': '' });
    symlinkSync('Q4', join(root, 'okrs/Q5'));
    symlinkSync('/tmp', join(root, 'okrs/tmp'));
    const result = listFolder(root, 'okrs');
    expect(result.entries).toEqual([{ name: 'Q4', folder: true }, { name: 'Q5', folder: true }, { name: 'loose.yaml', folder: false }]);
    expect(result.problems).toEqual([{ path: 'okrs/tmp', message: expect.stringContaining('leading outside the repository') }]);
  });
});
