import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identityFrom, readIdentity } from '../../src/init/identity.js';
import { tempRepo } from '../helpers/cli.js';
import { isolatedGitEnv, runGit } from '../helpers/git.js';

describe('who runs okr init', () => {
  it('is named by the email\'s local part, else by the name', () => {
    expect(identityFrom('Alice Ng', 'alice@acme.example')).toEqual({ id: 'alice', name: 'Alice Ng', email: 'alice@acme.example' });
    expect(identityFrom('Alice Ng', 'Alice.Ng+okr@acme.example')).toMatchObject({ id: 'alice-ng-okr' });
    expect(identityFrom('Kai Müller', undefined)).toEqual({ id: 'kai-muller', name: 'Kai Müller' });
    expect(identityFrom('李', undefined)).toMatchObject({ id: 'me' });
    expect(identityFrom(undefined, 'alice@acme.example')).toBeNull();
  });

  it('leaves out an email the schema would reject', () => {
    expect(identityFrom('Root', 'root@localhost')).toEqual({ id: 'root', name: 'Root' });
    expect(identityFrom('Bob', 'not an email')).toEqual({ id: 'bob', name: 'Bob' });
  });

  it('reads git\'s author variables first, then git config', async () => {
    const dir = tempRepo();
    const env = isolatedGitEnv(join(dir, 'home'), null);
    expect(await readIdentity(dir, env)).toBeNull();
    runGit(dir, ['init', '-q']);
    runGit(dir, ['config', 'user.name', 'Bob Hart']);
    runGit(dir, ['config', 'user.email', 'bob@acme.example']);
    expect(await readIdentity(dir, env)).toEqual({ id: 'bob', name: 'Bob Hart', email: 'bob@acme.example' });
    expect(await readIdentity(dir, { ...env, GIT_AUTHOR_NAME: 'Carol Díaz', GIT_AUTHOR_EMAIL: 'carol@acme.example' }))
      .toEqual({ id: 'carol', name: 'Carol Díaz', email: 'carol@acme.example' });
  });
});
