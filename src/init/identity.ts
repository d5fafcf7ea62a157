// Who is running `okr init`, so that the scaffold names a real person as the company's lead
// and the people registry starts with one entry that resolves. Git already knows: the same
// variables and settings that would sign a commit. With no identity the scaffold leaves the
// registry out (every person reference then resolves) and says so.

import { gitRaw } from '../git/git.js';

export interface Identity {
  id: string;
  name: string;
  /** Left out when git's email would not pass the schema's `format: email`. */
  email?: string;
}

// ajv-formats' full email format, which the config schema checks `people.*.email` with.
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** Reads GIT_AUTHOR_NAME/EMAIL, else `git config user.name/email`, run in `cwd`. */
export async function readIdentity(cwd: string, env: Record<string, string | undefined>): Promise<Identity | null> {
  const name = env.GIT_AUTHOR_NAME?.trim() || await gitConfig('user.name', cwd, env);
  const email = env.GIT_AUTHOR_EMAIL?.trim() || await gitConfig('user.email', cwd, env);
  return identityFrom(name, email);
}

/** A person id from an email's local part or else the name: `Alice Ng <alice.ng@x>` → `alice-ng`. */
export function identityFrom(name: string | undefined, email: string | undefined): Identity | null {
  if (!name) return null;
  const validEmail = email && EMAIL.test(email) ? email : undefined;
  const id = slug(validEmail?.split('@')[0] ?? '') || slug(name) || 'me';
  return { id, name, ...(validEmail ? { email: validEmail } : {}) };
}

export function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

async function gitConfig(key: string, cwd: string, env: Record<string, string | undefined>): Promise<string | undefined> {
  try {
    const out = await gitRaw(['config', '--get', key], { cwd, env });
    return out.code === 0 ? out.stdout.trim() || undefined : undefined;
  } catch {
    return undefined; // git is not installed: no identity, the scaffold still works
  }
}
