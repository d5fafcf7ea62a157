// `okr history --format md`: a GitHub-flavoured markdown table, for a pull-request comment or
// a job summary.

import { markdownCode as code, markdownInline as md } from '../escape/markdown.js';
import type { HistoryEvent } from '../git/history.js';
import { historyRow } from './history-rows.js';
import type { HistoryHeading } from './history-table.js';

export function formatHistoryMarkdown(events: readonly HistoryEvent[], heading: HistoryHeading & { shallowSince?: string | null }): string {
  const scope = heading.filters.length > 0 ? ` (${heading.filters.map(md).join(', ')})` : '';
  let out = `## History of ${md(heading.cycle)}${scope}\n\n`;
  if (heading.shallowSince !== undefined) {
    out += `> [!WARNING]\n> This is a shallow clone: history starts at ${heading.shallowSince === null ? 'its only commit' : md(heading.shallowSince)}. Fetch the full history (\`fetch-depth: 0\`).\n\n`;
  }
  if (events.length === 0) return `${out}_No changes in the git history._\n`;
  out += '| Date | Ref | Change | Author | Via | Commit | Note |\n| --- | --- | --- | --- | --- | --- | --- |\n';
  for (const event of events) {
    const row = historyRow(event);
    const marker = row.marker ? ` _(${row.marker})_` : '';
    out += `| ${md(row.date)} | ${code(row.ref)} | ${md(row.change)}${marker} | ${md(row.author)} | ${row.via} | ${code(row.commit)} | ${md(row.note)} |\n`;
  }
  return out;
}
