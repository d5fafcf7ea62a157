// `okr report --post NAME` to a JSON webhook: the summary as it is (src/report/post-summary.ts),
// every key result that needs attention with its command both as words and as a shell line.

import { jsonText } from '../../escape/json.js';
import { shellCommand } from '../../escape/shell.js';
import type { PostSummary } from '../../report/post-summary.js';
import type { Formatter } from '../formatter.js';

export const formatPostJson: Formatter<PostSummary> = (summary) => jsonText({
  kind: 'okr-report-summary',
  ...summary,
  attention: summary.attention.map((item) => ({ ...item, commandLine: item.command ? shellCommand(item.command) : null })),
});
