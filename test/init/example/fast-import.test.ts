import { describe, expect, it } from 'vitest';
import { fastImport } from '../../../src/init/example/fast-import.js';
import { gitRepo, runGit } from '../../helpers/git.js';

describe('a history in one git fast-import', () => {
  it('writes commits with their authors, dates, messages and files, non-ASCII text included', async () => {
    const dir = gitRepo();
    const carol = { name: 'Carol Díaz', email: 'carol@acme.example' };
    await fastImport(dir, 'refs/heads/main', [
      { author: carol, time: Date.parse('2026-10-01T09:00:00Z') / 1000, message: 'First: ünïcödé\n', files: new Map([['okrs/a.yaml', 'name: Müller\n']]) },
      { author: { name: 'Bob', email: 'bob@acme.example' }, time: Date.parse('2026-10-08T10:30:00Z') / 1000, message: 'Second\n\nA body.\n', files: new Map([['okrs/a.yaml', 'name: Müller →\n'], ['b.txt', '']]) },
    ], { GIT_CONFIG_NOSYSTEM: '1' });
    const log = runGit(dir, ['log', '--format=%an|%ae|%aI|%cn|%cI|%s']).trim().split('\n');
    expect(log).toEqual([
      'Bob|bob@acme.example|2026-10-08T10:30:00+00:00|Bob|2026-10-08T10:30:00+00:00|Second',
      'Carol Díaz|carol@acme.example|2026-10-01T09:00:00+00:00|Carol Díaz|2026-10-01T09:00:00+00:00|First: ünïcödé',
    ]);
    expect(runGit(dir, ['show', 'main:okrs/a.yaml'])).toBe('name: Müller →\n');
    expect(runGit(dir, ['show', 'main~1:okrs/a.yaml'])).toBe('name: Müller\n');
    expect(runGit(dir, ['log', '-1', '--format=%B', 'main'])).toBe('Second\n\nA body.\n\n');
  });
});
