// okr pr-comment --base REV: the comment the okr action keeps on a pull request — what okr
// validate --base finds, okr diff, and who must review (never the author) — printed, or with
// --post created once and then edited in place through the GitHub REST API.

import { UsageError } from '../errors.js';
import { COMMENT_MARKER, formatPullRequestComment } from '../format/pull-request/md.js';
import { pullRequestTarget, upsertComment } from '../notify/github-comments.js';
import { readPullRequestEvent } from '../notify/github-event.js';
import { reviewPullRequest } from '../pull-request/review.js';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { today, type GlobalOptions, type Io } from '../terminal/io.js';
import { FILE_MEDIUM } from '../terminal/medium.js';

export interface PrCommentOptions extends GlobalOptions {
  base?: string;
  author?: string;
  post?: boolean;
  pr?: number;
}

export async function run(options: PrCommentOptions, _args: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  if (options.base === undefined) throw new UsageError('--base REV is required');
  if (options.cycle !== undefined) selectCycle(repo.config, options.cycle, '');
  const event = readPullRequestEvent(io.env);
  // Where it goes is checked before the work: a workflow without the token fails at once.
  const target = options.post ? pullRequestTarget(io.env, options.pr ?? event?.number ?? null) : undefined;
  const review = await reviewPullRequest(repo, {
    base: options.base, cwd: io.cwd, asOf: options.asOf ?? today(), author: options.author ?? event?.author ?? null, cycle: options.cycle,
  });
  const body = formatPullRequestComment(review, FILE_MEDIUM);
  if (!target) {
    io.stdout.write(body);
    return 0;
  }
  const comment = await upsertComment(target, COMMENT_MARKER, body);
  if (!options.quiet) {
    const done = comment.action === 'unchanged' ? 'is up to date' : comment.action === 'created' ? 'was created' : 'was updated';
    io.stderr.write(`okr: the OKR comment on pull request #${target.number} ${done}${comment.url ? `: ${comment.url}` : ''}\n`);
  }
  return 0;
}
