// What a pull request does to the OKRs, for the one comment the action keeps on it: the
// validation as okr validate --base reports it, okr diff, and okr reviewers (without the
// author), all against the same base and the working tree.

import { changesBetween, type ChangesReport } from '../diff/changes.js';
import type { Repository } from '../repository/repository.js';
import { reviewersBetween, type ReviewersReport } from '../reviewers/reviewers.js';
import { checkRepository, type RepositoryValidation } from '../validate/check-repository.js';

export interface PullRequestReview {
  base: string;
  validation: RepositoryValidation;
  changes: ChangesReport;
  reviewers: ReviewersReport;
}

export interface ReviewRequest {
  base: string;
  /** The working folder (okr validate's paths are relative to it; none are given). */
  cwd: string;
  asOf: string;
  author: string | null;
  cycle?: string;
}

export async function reviewPullRequest(repo: Repository, request: ReviewRequest): Promise<PullRequestReview> {
  const validation = await checkRepository(repo, { cwd: request.cwd, paths: [], cycle: request.cycle, base: request.base });
  const changes = await changesBetween(repo, request.base, undefined, request.asOf);
  if (request.cycle !== undefined) changes.cycles = changes.cycles.filter((c) => c.cycle === request.cycle);
  const reviewers = await reviewersBetween(repo, request.base, request.cycle, request.author);
  return { base: request.base, validation, changes, reviewers };
}
