import { describe, expect, it } from 'vitest';
import { formatReviewersJson } from '../../../src/format/reviewers/json.js';
import { reviewersReport } from '../fixtures.js';
import { PIPE } from '../expect-output.js';

describe('okr reviewers, json', () => {
  it('is the report as it is', () => {
    expect(JSON.parse(formatReviewersJson(reviewersReport(), PIPE))).toEqual(reviewersReport());
  });
});
