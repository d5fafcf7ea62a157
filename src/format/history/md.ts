// `okr history --format md`: a GitHub-flavoured markdown table, for a pull-request comment or
// a job summary.

import { markdownCode as code, markdownInline as md } from '../../escape/markdown.js';
import type { HistoryView } from '../../view/history.js';
import type { Formatter } from '../formatter.js';
import { shallowCloneBanner } from '../shared/markdown.js';
import { historyRow } from './rows.js';

export const formatHistoryMarkdown: Formatter<HistoryView> = ({ events, ...heading }) => {
  const scope = heading.filters.length > 0 ? ` (${heading.filters.map(md).join(', ')})` : '';
  let out = `## History of ${md(heading.cycle)}${scope}\n\n`;
  if (heading.shallow) out += shallowCloneBanner(heading.start);
  if (events.length === 0) return `${out}_No changes in the git history._\n`;
  out += '| Date | Ref | Change | Author | Via | Commit | Note |\n| --- | --- | --- | --- | --- | --- | --- |\n';
  for (const event of events) {
    const row = historyRow(event);
    const marker = row.marker ? ` _(${row.marker})_` : '';
    out += `| ${md(row.date)} | ${code(row.ref)} | ${md(row.change)}${marker} | ${md(row.author)} | ${row.via} | ${code(row.commit)} | ${md(row.note)} |\n`;
  }
  return out;
};
