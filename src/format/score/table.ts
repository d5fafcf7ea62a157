// `okr score` for a terminal: one table, units bold, objectives and key results indented,
// grades coloured on a TTY, titles wrapped to fit the terminal's width.

import { terminalLine } from '../../escape/terminal.js';
import type { Paint } from '../../terminal/medium.js';
import { painted, renderTable, type Cell } from '../../terminal/table.js';
import type { ScoreView } from '../../view/score-view.js';
import type { Formatter } from '../formatter.js';
import { formatScore, formatStatus } from '../../text/numbers.js';
import { scoreRows } from './rows.js';

export function paintGrade(color: Paint, grade: string | null, text: string): string {
  if (grade === 'green') return color.green(text);
  if (grade === 'yellow') return color.yellow(text);
  if (grade === 'red') return color.red(text);
  return text;
}

export const formatScoreTable: Formatter<ScoreView> = (view, { paint: color, columns = 120 }) => {
  const fixed = 42 + 16 + 6 + 7 + 11 + 5 + 10 + 20;
  const titleWidth = Math.max(20, Math.min(60, columns - fixed));
  const rows: Cell[][] = scoreRows(view).map((row) => {
    const indent = row.kind === 'unit' ? '' : row.kind === 'objective' ? '  ' : '    ';
    const ref = row.kind === 'unit' ? painted(row.ref, color.bold) : `${indent}${row.ref.split('/').slice(1).join('/')}`;
    const grade = (text: string) => painted(text, (shown) => paintGrade(color, row.grade, shown));
    return [
      ref,
      row.kind === 'unit' ? painted(row.title, color.bold) : row.title,
      grade(formatScore(row.score)),
      grade(row.grade ?? '–'),
      formatStatus(row.status),
      row.confidence === null ? '' : row.confidence.toFixed(1),
      row.lead ?? '',
      [...row.flags, row.note ?? ''].filter(Boolean).join(', '),
    ];
  });
  const table = renderTable({
    head: ['', 'Title', 'Score', 'Grade', 'Status', 'Conf.', 'Lead', 'Notes'],
    colWidths: [null, titleWidth, null, null, null, null, null, null],
  }, rows, color);
  const elapsed = Math.round(view.elapsed * 100);
  const header = `${color.bold(terminalLine(view.cycle))} as of ${view.asOf} (${elapsed}% of the cycle passed)  overall ${paintGrade(color, view.grade, `${formatScore(view.overall)} ${view.grade ?? ''}`.trim())}\n`;
  return `${header}${table}\n`;
};
