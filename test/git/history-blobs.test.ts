// Trees read through the one cat-file process must list what `git ls-tree` lists.

import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBlobReader } from '../../src/git/history-blobs.js';
import { gitRepo, runGit, testEnv } from '../helpers/git.js';

describe('readTrees', () => {
  it('gives each entry of a folder as ls-tree does, by path and by id, and null for what is no tree', async () => {
    const dir = gitRepo([{ files: { 'okrs/q4/a.yaml': 'a\n', 'okrs/q4/people/zoë.yaml': 'z\n', 'okrs/q4/x y.yml': 'x\n', 'README.md': 'r\n' }, message: 'one', date: '2026-10-01' }]);
    symlinkSync('a.yaml', join(dir, 'okrs/q4/link.yaml'));
    runGit(dir, ['add', '-A']);
    runGit(dir, ['commit', '-q', '-m', 'link']);
    const reader = openBlobReader(join(dir, 'okrs'), testEnv());
    try {
      const [q4, missing, file] = await reader.readTrees(['HEAD:./q4/', 'HEAD:./nowhere', 'HEAD:./q4/a.yaml']);
      const listed = runGit(join(dir, 'okrs'), ['-c', 'core.quotePath=false', 'ls-tree', '-z', 'HEAD', 'q4/']).split('\0').filter(Boolean).map((line) => {
        const [meta, path] = line.split('\t');
        const [mode, , id] = meta.split(' ');
        return { mode: mode.replace(/^0/, ''), name: path.slice('q4/'.length), id };
      });
      expect(q4).toEqual(listed);
      expect(q4?.map((entry) => entry.name)).toEqual(['a.yaml', 'link.yaml', 'people', 'x y.yml']);
      expect(missing).toBeNull();
      expect(file).toBeNull();
      const people = q4!.find((entry) => entry.name === 'people')!;
      const [inner] = await reader.readTrees([people.id]);
      expect(inner).toEqual([{ mode: '100644', name: 'zoë.yaml', id: runGit(dir, ['rev-parse', 'HEAD:okrs/q4/people/zoë.yaml']).trim() }]);
    } finally {
      reader.close();
    }
  });
});
