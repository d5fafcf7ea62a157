// Tables for a terminal (score, history, people): box characters, one line per row, never wider
// than the medium. When the natural widths do not fit, the columns a layout lets shrink
// (titles, notes) give up room, the widest first, and their cells are cut with …; when that
// would leave them too narrow to read, the optional columns are left out, in the layout's
// order. The other columns keep their width, so a border never wraps and a row stays one
// line. A row may carry a detail line (a note, a flag) under it, spanning every column but
// the first. Widths are display widths (src/text/display-width.ts): a CJK title or an emoji
// takes two columns.
//
// Every cell is escaped here, before it is painted: its text, from the files or not, is put on
// one line with its control characters shown (src/escape/terminal.ts), so no cell can carry an
// escape sequence; colour is added after, by the cell's own paint function. Heads are bold and
// borders grey, painted with the command's own chalk (medium.ts), plain without colour.

import { terminalLine } from '../escape/terminal.js';
import { cutToWidth, displayWidth } from '../text/display-width.js';
import type { Paint } from './medium.js';

/** Text, and how to colour it once it is escaped. */
export interface Painted {
  text: string;
  paint: (text: string) => string;
  /** Never cut: the rest of its cell is cut to make room for it (a marker such as "(stopped)"). */
  keep?: boolean;
}

/** Plain text or a number, a painted piece, or pieces side by side. */
export type Cell = string | number | Painted | (string | number | Painted)[];

/** A row with a line under it that spans every column but the first (empty: no line). */
export interface DetailedRow {
  cells: Cell[];
  detail: Cell;
}

export interface TableLayout {
  head: string[];
  colAligns?: ('left' | 'right')[];
  /**
   * How readily each column gives up room when the table is too wide: 0 (the default) never,
   * else its weight against the others (a title 3, a note 1).
   */
  shrink?: number[];
  /** The width below which a shrinking column is too narrow to read (default MIN_SHRUNK_WIDTH). */
  want?: number[];
  /** The narrowest a shrinking column is ever cut to (default MIN_SHRUNK_WIDTH). */
  min?: number[];
  /** Columns that may be left out, first to last, rather than cut below what they want. */
  optional?: number[];
  /** Optional columns whose cells, when left out, start the row's detail line instead. */
  fold?: number[];
  /** The columns the table may take, borders included (default 80). */
  width?: number;
}

/** A shrinking column keeps at least this many columns (or its natural width, if less). */
export const MIN_SHRUNK_WIDTH = 8;

const BORDER = { top: ['┌', '┬', '┐'], middle: ['├', '┼', '┤'], bottom: ['└', '┴', '┘'], line: '─', side: '│' } as const;

interface Piece {
  text: string;
  paint?: (text: string) => string;
  keep?: boolean;
}

export function renderTable(layout: TableLayout, rows: readonly (Cell[] | DetailedRow)[], color: Paint): string {
  const all = rows.map((row) => (Array.isArray(row) ? { cells: row, detail: '' as Cell } : row));
  const cells = all.map((row) => layout.head.map((_, i) => piecesOf(row.cells[i] ?? '')));
  const { columns, widths } = chooseColumns(layout, cells);
  const align = (i: number) => layout.colAligns?.[columns[i]] ?? 'left';
  const grey = (text: string) => color.grey(text);
  const rule = ([left, mid, right]: readonly string[]) => grey(`${left}${widths.map((w) => BORDER.line.repeat(w + 2)).join(mid)}${right}`);
  const line = (shown: string[]) => `${grey(BORDER.side)} ${shown.join(` ${grey(BORDER.side)} `)} ${grey(BORDER.side)}`;

  const head = columns.map((column, i) => {
    const shown = cutToWidth(terminalLine(layout.head[column]), widths[i]);
    return pad({ text: shown === '' ? shown : color.bold(shown), width: displayWidth(shown) }, widths[i], align(i));
  });
  // A detail line spans the columns after the first, and the borders between them.
  const span = widths.slice(1).reduce((sum, w) => sum + w + 3, -3);
  const folded = (layout.fold ?? []).filter((column) => !columns.includes(column));
  const body = all.flatMap((row, r) => {
    const lines = [line(columns.map((column, i) => pad(fitPieces(cells[r][column], widths[i]), widths[i], align(i))))];
    const moved = folded.map((column) => cells[r][column]).filter((pieces) => pieces.some((p) => p.text !== ''));
    const detail = [...moved, piecesOf(row.detail)].filter((pieces) => pieces.some((p) => p.text !== ''))
      .flatMap((pieces, i) => (i === 0 ? pieces : [{ text: ' · ' }, ...pieces]));
    if (widths.length > 1 && detail.some((piece) => piece.text !== '')) lines.push(line([' '.repeat(widths[0]), pad(fitPieces(detail, span), span, 'left')]));
    return lines;
  });
  return [rule(BORDER.top), line(head), rule(BORDER.middle), ...body, rule(BORDER.bottom)].join('\n');
}

/** A piece of a cell painted by `paint`. */
export function painted(text: string, paint: (text: string) => string): Painted {
  return { text, paint };
}

function piecesOf(cell: Cell): Piece[] {
  if (Array.isArray(cell)) return cell.flatMap(piecesOf);
  if (typeof cell === 'object') return [{ text: terminalLine(cell.text), paint: cell.paint, keep: cell.keep }];
  return [{ text: terminalLine(String(cell)) }];
}

/** The columns shown and their widths: optional ones left out until the shrinking ones are wide enough. */
function chooseColumns(layout: TableLayout, cells: readonly Piece[][][]): { columns: number[]; widths: number[] } {
  const natural = layout.head.map((head, i) => Math.max(displayWidth(terminalLine(head)), ...cells.map((row) => displayWidth(row[i].map((p) => p.text).join('')))));
  const shrink = layout.head.map((_, i) => layout.shrink?.[i] ?? 0);
  const want = layout.head.map((_, i) => Math.min(natural[i], layout.want?.[i] ?? MIN_SHRUNK_WIDTH));
  const min = layout.head.map((_, i) => layout.min?.[i] ?? MIN_SHRUNK_WIDTH);
  const optional = [...(layout.optional ?? [])];
  let columns = layout.head.map((_, i) => i);
  for (;;) {
    const widths = fitWidths(columns.map((i) => ({ natural: natural[i], shrink: shrink[i], min: min[i] })), layout.width ?? 80);
    const cramped = columns.some((column, i) => widths[i] < want[column]);
    const next = optional.shift();
    if (!cramped || next === undefined) return { columns, widths };
    columns = columns.filter((column) => column !== next);
  }
}

/** Natural widths, the shrinking columns cut one column at a time (widest by weight first) until they fit. */
export function fitWidths(columns: readonly { natural: number; shrink: number; min?: number }[], width: number): number[] {
  const widths = columns.map((column) => column.natural);
  const least = columns.map((column) => Math.min(column.natural, column.min ?? MIN_SHRUNK_WIDTH));
  // Borders and padding: "│ " before each column, " │" after the last.
  let excess = widths.reduce((sum, w) => sum + w + 3, 1) - width;
  while (excess > 0) {
    let pick = -1;
    for (let i = 0; i < widths.length; i++) {
      if (columns[i].shrink <= 0 || widths[i] <= least[i]) continue;
      if (pick === -1 || widths[i] * columns[i].shrink > widths[pick] * columns[pick].shrink) pick = i;
    }
    if (pick === -1) break;
    widths[pick]--;
    excess--;
  }
  return widths;
}

/**
 * The pieces painted, cut with … to `width` columns where they do not fit: the pieces that
 * may be cut give up their end, and those kept (`keep`) stay whole where they stand.
 */
function fitPieces(pieces: Piece[], width: number): { text: string; width: number } {
  const full = pieces.map((p) => p.text).join('');
  if (displayWidth(full) <= width) return { text: pieces.map(paintPiece).join(''), width: displayWidth(full) };
  const room = width - pieces.filter((p) => p.keep).reduce((sum, p) => sum + displayWidth(p.text), 0);
  const cuttable = pieces.filter((p) => !p.keep).map((p) => p.text).join('');
  // cutToWidth keeps a prefix and adds …: the cuttable pieces are painted over that prefix.
  const cut = cutToWidth(cuttable, Math.max(0, room));
  let left = cut.endsWith('…') && cut !== cuttable ? cut.length - 1 : cut.length;
  let out = '';
  let plain = '';
  let ellipsis = cut !== cuttable;
  const add = (piece: Piece) => {
    out += paintPiece(piece);
    plain += piece.text;
  };
  for (const piece of pieces) {
    if (piece.keep) {
      add(piece);
      continue;
    }
    add({ ...piece, text: piece.text.slice(0, Math.max(0, left)) });
    left -= piece.text.length;
    // The … goes where the text was cut, in the colour of the piece cut.
    if (ellipsis && left <= 0) {
      add({ ...piece, text: '…' });
      ellipsis = false;
    }
  }
  return { text: out, width: displayWidth(plain) };
}

function paintPiece(piece: Piece): string {
  return piece.paint && piece.text !== '' ? piece.paint(piece.text) : piece.text;
}

function pad(shown: { text: string; width: number }, width: number, align: 'left' | 'right'): string {
  const room = ' '.repeat(Math.max(0, width - shown.width));
  return align === 'right' ? `${room}${shown.text}` : `${shown.text}${room}`;
}
