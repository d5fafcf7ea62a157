// `okr score --format md`: a GitHub-flavoured markdown table per unit, each key result with
// where its confidence is heading and its latest check-in note; then the unit files that do
// not validate, each with its first error.

import { markdownCode as code, markdownInline as md } from '../../escape/markdown.js';
import { confidenceTrendText, noteLine } from '../../view/key-result-words.js';
import type { ScoreView } from '../../view/score-view.js';
import type { Formatter } from '../formatter.js';
import { formatScore, formatStatus } from '../../text/numbers.js';
import { scoreRows } from './rows.js';

const GRADE_ICON: Record<string, string> = { green: '🟢', yellow: '🟡', red: '🔴' };

export const formatScoreMarkdown: Formatter<ScoreView> = (view) => {
  let out = `## ${md(view.cycle)}: ${formatScore(view.overall)} ${view.grade ? GRADE_ICON[view.grade] : ''}\n\n`;
  out += `As of ${view.asOf}, ${Math.round(view.elapsed * 100)}% of the cycle passed.\n`;
  let table = '';
  for (const row of scoreRows(view)) {
    if (row.kind === 'unit') {
      out += table;
      table = `\n### ${md(row.title)} (${code(row.ref)}): ${formatScore(row.score)} ${row.grade ? GRADE_ICON[row.grade] : ''}\n\n`;
      table += '| Ref | Title | Score | Grade | Status | Confidence | Lead | Latest note |\n| --- | --- | ---: | --- | --- | ---: | --- | --- |\n';
      continue;
    }
    const text = row.dropped ? `~~${md(row.title)}~~` : md(row.title);
    const title = row.kind === 'objective' ? `**${text}**` : text;
    const notes = [...row.flags, row.note ?? ''].filter(Boolean).map(md);
    const status = row.statusWords.map(formatStatus).join(', ');
    const confidence = row.confidenceTrend ? confidenceTrendText(row.confidenceTrend) : row.confidence === null ? '' : String(row.confidence);
    const said = row.latestNote ? `${md(noteLine(row.latestNote))} _(${row.latestNote.date})_` : '';
    table += `| ${code(row.ref)} | ${title}${notes.length ? ` _(${notes.join(', ')})_` : ''} | ${formatScore(row.score)} | ${row.grade ? `${GRADE_ICON[row.grade]} ${row.grade}` : '–'} | ${status} | ${confidence} | ${md(row.lead ?? '')} | ${said} |\n`;
  }
  out += table;
  if (view.problems.length > 0) {
    out += `\n### Unit files that do not validate (${view.problems.length})\n\n`;
    for (const p of view.problems) out += `- ${p.scored ? '' : '**not scored** · '}${code(`${p.file}:${p.first.line}:${p.first.column}`)} ${md(p.first.message)}${p.errors > 1 ? ` _(and ${p.errors - 1} more)_` : ''}\n`;
  }
  return out;
};
