// okr reviewers' formats (src/format/formatter.ts).

import type { ReviewersReport } from '../../reviewers/reviewers.js';
import type { Formats } from '../formatter.js';

export type ReviewersFormat = 'text' | 'md' | 'json';

export const REVIEWERS_FORMATS: Formats<ReviewersFormat, ReviewersReport> = {
  text: async () => (await import('./text.js')).formatReviewersText,
  md: async () => (await import('./md.js')).formatReviewersMarkdown,
  json: async () => (await import('./json.js')).formatReviewersJson,
};
