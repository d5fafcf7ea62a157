// `okr history --format md`: a GitHub-flavoured markdown table, for a pull-request comment or
// a job summary.

import type { HistoryEvent } from '../git/history.js';
import { historyRow } from './history-rows.js';
import type { HistoryHeading } from './history-table.js';
import { escapeCell } from './score-md.js';

export function formatHistoryMarkdown(events: readonly HistoryEvent[], heading: HistoryHeading & { shallowSince?: string | null }): string {
  const scope = heading.filters.length > 0 ? ` (${heading.filters.map((f) => escapeCell(f)).join(', ')})` : '';
  let out = `## History of ${heading.cycle}${scope}\n\n`;
  if (heading.shallowSince !== undefined) {
    out += `> [!WARNING]\n> This is a shallow clone: history starts at ${heading.shallowSince ?? 'its only commit'}. Fetch the full history (\`fetch-depth: 0\`).\n\n`;
  }
  if (events.length === 0) return `${out}_No changes in the git history._\n`;
  out += '| Date | Ref | Change | Author | Via | Commit | Note |\n| --- | --- | --- | --- | --- | --- | --- |\n';
  for (const event of events) {
    const row = historyRow(event);
    const marker = row.marker ? ` _(${row.marker})_` : '';
    out += `| ${row.date} | \`${escapeCell(row.ref)}\` | ${escapeCell(row.change)}${marker} | ${escapeCell(row.author)} | ${row.via} | \`${row.commit}\` | ${escapeCell(row.note)} |\n`;
  }
  return out;
}
