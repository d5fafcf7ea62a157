// Who is running okr, as git would sign their commit: GIT_AUTHOR_EMAIL, EMAIL or `user.email`,
// whichever git itself takes (`git var GIT_AUTHOR_IDENT`). `okr checkin` offers that person's
// key results first.

import { gitRaw, type GitEnv } from './git.js';

/** The author email git would use in `cwd`, lower-cased; null when git knows none or is not there. */
export async function authorEmail(cwd: string, env: GitEnv): Promise<string | null> {
  try {
    const ident = await gitRaw(['var', 'GIT_AUTHOR_IDENT'], { cwd, env });
    if (ident.code !== 0) return null;
    const email = /<([^<>]*)>/.exec(ident.stdout)?.[1].trim().toLowerCase();
    return email ? email : null;
  } catch {
    return null;
  }
}
