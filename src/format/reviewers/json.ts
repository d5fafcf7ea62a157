// `okr reviewers --format json`: the report as it is (src/reviewers/reviewers.ts).

import { jsonText } from '../../escape/json.js';
import type { ReviewersReport } from '../../reviewers/reviewers.js';
import type { Formatter } from '../formatter.js';

export const formatReviewersJson: Formatter<ReviewersReport> = (report) => jsonText(report);
