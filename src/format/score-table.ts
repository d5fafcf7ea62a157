// `okr score` for a terminal: one table, units bold, objectives and key results indented,
// grades coloured on a TTY, titles wrapped to fit the terminal's width.

import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { ScoreView } from '../view/score-view.js';
import { formatScore, formatStatus } from './numbers.js';
import { scoreRows } from './score-rows.js';
import { tableStyle } from './table-style.js';

export function paintGrade(color: ChalkInstance, grade: string | null, text: string): string {
  if (grade === 'green') return color.green(text);
  if (grade === 'yellow') return color.yellow(text);
  if (grade === 'red') return color.red(text);
  return text;
}

export function formatScoreTable(view: ScoreView, color: ChalkInstance, columns = 120): string {
  const fixed = 42 + 16 + 6 + 7 + 11 + 5 + 10 + 20;
  const titleWidth = Math.max(20, Math.min(60, columns - fixed));
  const table = new Table({
    ...tableStyle(color, ['', 'Title', 'Score', 'Grade', 'Status', 'Conf.', 'Lead', 'Notes']),
    colWidths: [null, titleWidth, null, null, null, null, null, null] as unknown as number[],
    wordWrap: true,
  });
  for (const row of scoreRows(view)) {
    const indent = row.kind === 'unit' ? '' : row.kind === 'objective' ? '  ' : '    ';
    const ref = row.kind === 'unit' ? color.bold(row.ref) : `${indent}${row.ref.split('/').slice(1).join('/')}`;
    const notes = [...row.flags, row.note ?? ''].filter(Boolean).join(', ');
    table.push([
      ref,
      row.kind === 'unit' ? color.bold(row.title) : row.title,
      paintGrade(color, row.grade, formatScore(row.score)),
      paintGrade(color, row.grade, row.grade ?? '–'),
      formatStatus(row.status),
      row.confidence === null ? '' : row.confidence.toFixed(1),
      row.lead ?? '',
      notes,
    ]);
  }
  const elapsed = Math.round(view.elapsed * 100);
  const header = `${color.bold(view.cycle)} as of ${view.asOf} (${elapsed}% of the cycle passed)  overall ${paintGrade(color, view.grade, `${formatScore(view.overall)} ${view.grade ?? ''}`.trim())}\n`;
  return `${header}${table.toString()}\n`;
}
