// The bodies `okr report --post NAME` sends, one per webhook kind (src/format/formatter.ts): a
// Slack incoming-webhook message, a Teams Adaptive Card, or the summary as plain JSON.

import type { WebhookKind } from '../../model.js';
import type { PostSummary } from '../../report/post-summary.js';
import type { Formats } from '../formatter.js';

export const POST_FORMATS: Formats<WebhookKind, PostSummary> = {
  slack: async () => (await import('./slack.js')).formatPostSlack,
  teams: async () => (await import('./teams.js')).formatPostTeams,
  json: async () => (await import('./json.js')).formatPostJson,
};
