// `okr score --format md`: a GitHub-flavoured markdown table per unit.

import { markdownCode as code, markdownInline as md } from '../../escape/markdown.js';
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
      table += '| Ref | Title | Score | Grade | Status | Confidence | Lead |\n| --- | --- | ---: | --- | --- | ---: | --- |\n';
      continue;
    }
    const title = row.kind === 'objective' ? `**${md(row.title)}**` : md(row.title);
    const notes = [...row.flags, row.note ?? ''].filter(Boolean).map(md);
    table += `| ${code(row.ref)} | ${title}${notes.length ? ` _(${notes.join(', ')})_` : ''} | ${formatScore(row.score)} | ${row.grade ? `${GRADE_ICON[row.grade]} ${row.grade}` : '–'} | ${formatStatus(row.status)} | ${row.confidence === null ? '' : row.confidence.toFixed(1)} | ${md(row.lead ?? '')} |\n`;
  }
  return `${out}${table}`;
};
