// `okr score` for a terminal: one table as wide as the terminal (80 columns and up), units
// bold, objectives and key results indented, scores coloured by grade and statuses by meaning
// on a TTY. Titles are cut with … to fit; at 80 columns the lead and grade columns make room
// for them (the score's colour and the JSON still carry the grade). Under a key result, one
// line says what its row cannot: a hand score beside the computed one, optimism, and its
// latest check-in note. Then the unit files that do not validate, each with its first error.

import { terminalLine } from '../../escape/terminal.js';
import type { Paint } from '../../terminal/medium.js';
import { DEFAULT_COLUMNS } from '../../terminal/medium.js';
import { painted, renderTable, type Cell, type DetailedRow } from '../../terminal/table.js';
import { cutToWidth } from '../../text/display-width.js';
import { confidenceTrendText } from '../../view/key-result-words.js';
import type { ScoreView } from '../../view/score-view.js';
import type { Formatter } from '../formatter.js';
import { formatScore, formatStatus } from '../../text/numbers.js';
import { paintGrade, paintStatus } from '../shared/paint.js';
import { scoreRows, type ScoreRow } from './rows.js';

export { paintGrade };

const COLUMNS = { ref: 0, title: 1, score: 2, grade: 3, status: 4, confidence: 5, lead: 6 };

export const formatScoreTable: Formatter<ScoreView> = (view, { paint: color, columns = DEFAULT_COLUMNS }) => {
  const rows: DetailedRow[] = scoreRows(view).map((row) => {
    const indent = row.kind === 'unit' ? '' : row.kind === 'objective' ? '  ' : '    ';
    const ref = row.kind === 'unit' ? painted(row.ref, color.bold) : `${indent}${row.ref.split('/').slice(1).join('/')}`;
    const grade = (text: string) => painted(text, (shown) => paintGrade(color, row.grade, shown));
    const status: Cell = row.statusWords.flatMap((word, i) => [...(i > 0 ? [', '] : []), painted(formatStatus(word), (shown) => paintStatus(color, word, shown))]);
    return {
      cells: [
        ref,
        row.kind === 'unit' ? painted(row.title, color.bold) : row.title,
        grade(formatScore(row.score)),
        grade(row.grade ?? '–'),
        status,
        row.confidenceTrend ? confidenceTrendText(row.confidenceTrend, false) : row.confidence === null ? '' : String(row.confidence),
        row.lead ?? '',
      ],
      detail: detailLine(row, color),
    };
  });
  const table = renderTable({
    head: ['', 'Title', 'Score', 'Grade', 'Status', 'Conf.', 'Lead'],
    colAligns: ['left', 'left', 'right', 'left', 'left', 'right', 'left'],
    shrink: [1, 4, 0, 0, 0, 0, 1],
    want: [8, 24, 0, 0, 0, 0, 6],
    optional: [COLUMNS.lead, COLUMNS.grade],
    width: columns,
  }, rows, color);
  const elapsed = Math.round(view.elapsed * 100);
  const header = `${color.bold(terminalLine(view.cycle))} as of ${view.asOf} (${elapsed}% of the cycle passed)  overall ${paintGrade(color, view.grade, `${formatScore(view.overall)} ${view.grade ?? ''}`.trim())}\n`;
  return `${header}${table}\n${problemLines(view, color, columns)}`;
};

/** What a key result's row cannot say: its flags and its latest note, in one line. */
function detailLine(row: ScoreRow, color: Paint): Cell {
  if (row.kind !== 'keyResult') return '';
  const parts: Cell[] = [];
  for (const flag of row.flags) parts.push(flag === 'optimistic' ? painted(flag, color.yellow) : flag);
  if (row.note && row.score === null) parts.push(row.note);
  // The date first: what a narrow terminal cuts is the end of the note.
  if (row.latestNote) parts.push([row.latestNote.date, ' ', painted(`“${row.latestNote.text.replace(/\s+/g, ' ').trim()}”`, color.dim)]);
  return parts.flatMap((part, i) => [...(i > 0 ? [' · '] : []), ...(Array.isArray(part) ? part : [part])]);
}

/** Each file that does not validate, on a line of its own cut to the width. */
function problemLines(view: ScoreView, color: Paint, columns: number): string {
  if (view.problems.length === 0) return '';
  const count = view.problems.length;
  const lines = [color.yellow(`${count} unit file${count === 1 ? '' : 's'} ${count === 1 ? 'does' : 'do'} not validate (okr validate lists every error):`)];
  for (const p of view.problems) {
    const tag = p.scored ? 'scored    ' : 'not scored';
    const text = cutToWidth(terminalLine(`${p.file}:${p.first.line}:${p.first.column}  ${p.first.message}`), columns - tag.length - 4);
    lines.push(`  ${p.scored ? color.dim(tag) : color.red(tag)}  ${text}`);
  }
  return `${lines.join('\n')}\n`;
}
