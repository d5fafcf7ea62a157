// okr reviewers --base REV: who must approve a pull request — the OKR leads of the units it
// changes and the leads of goals its new alignments point at — with why, as text, md or json.
// The head is the working tree, as for okr diff. The pull request's author (--author, or the
// event of a GitHub Actions run) is left out.

import { UsageError } from '../errors.js';
import { formatOutput } from '../format/formatter.js';
import { REVIEWERS_FORMATS, type ReviewersFormat } from '../format/reviewers/index.js';
import { openRepository } from '../repository/repository.js';
import { selectCycle } from '../repository/select-cycle.js';
import { readPullRequestEvent } from '../notify/github-event.js';
import { reviewersBetween } from '../reviewers/reviewers.js';
import type { GlobalOptions, Io } from '../terminal/io.js';
import { mediumOf } from '../terminal/medium.js';
import { writeOutput } from '../output/write-output.js';

export interface ReviewersOptions extends GlobalOptions {
  base?: string;
  format?: ReviewersFormat;
  /** The pull request's author (email, GitHub login or person id); default: from the GitHub event. */
  author?: string;
}

export async function run(options: ReviewersOptions, _args: string[], io: Io): Promise<number> {
  const repo = await openRepository({ cwd: io.cwd, config: options.config, env: io.env });
  if (options.base === undefined) throw new UsageError('--base REV is required');
  // An unknown --cycle is a usage error with the cycles there are, as everywhere.
  if (options.cycle !== undefined) selectCycle(repo.config, options.cycle, '');
  const author = options.author ?? readPullRequestEvent(io.env)?.author ?? null;
  const report = await reviewersBetween(repo, options.base, options.cycle, author);
  await writeOutput(await formatOutput(REVIEWERS_FORMATS, options.format ?? 'text', report, await mediumOf(io.stdout, io.env, options.color)), io.stdout);
  return 0;
}
