// Revisions the user names (--at, --base, --since, okr diff BASE HEAD) are turned into commit
// hashes here, once, before git sees them anywhere else. git reads any argument that starts
// with '-' as an option, even after a revision-shaped prefix (`--at=--output=FILE` made
// `git log` write a file), so a revision is verified with `--end-of-options` and from then on
// only its full hash is passed.

import { GitError, gitRaw, type GitEnv } from './git.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ResolvedRevision {
  commit: string;
  /** The commit's author date, YYYY-MM-DD (UTC). */
  date: string;
}

/**
 * The commit REV names, or a GitError saying what is wrong with it. `flag` names where the
 * revision came from, for the message (`--base`, `okr diff BASE`).
 */
export async function resolveCommit(cwd: string, rev: string, flag: string, env: GitEnv): Promise<string> {
  // No ref name may start with '-' (git check-ref-format), so such an argument is an option
  // in disguise; say so rather than let git guess.
  if (rev === '' || rev.startsWith('-') || /[\0\n\r]/.test(rev)) {
    throw new GitError(`${flag}: '${printable(rev)}' is not a revision`);
  }
  const out = await gitRaw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], { cwd, env });
  const commit = out.stdout.trim();
  if (out.code !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) throw new GitError(`${flag}: unknown revision '${printable(rev)}'`);
  return commit;
}

/** A revision, or a date meaning the last commit on or before that day, with its date. */
export async function resolveRevisionOrDate(cwd: string, at: string, flag: string, env: GitEnv): Promise<ResolvedRevision> {
  const args = DATE.test(at)
    ? ['log', '-1', `--before=${at}T23:59:59Z`, '--format=%H %aI', 'HEAD', '--']
    : ['log', '-1', '--format=%H %aI', await resolveCommit(cwd, at, flag, env), '--'];
  const out = await gitRaw(args, { cwd, env });
  const [commit, iso] = out.stdout.trim().split(' ');
  if (out.code !== 0 || !commit) throw new GitError(DATE.test(at) ? `${flag}: no commit on or before ${at}` : `${flag}: unknown revision '${printable(at)}'`);
  return { commit, date: new Date(iso).toISOString().slice(0, 10) };
}

/** A revision as it may be quoted in a message: no control characters, bounded length. */
function printable(rev: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = rev.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
