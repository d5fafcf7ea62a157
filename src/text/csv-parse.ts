// Reads CSV as RFC 4180 writes it: fields separated by a delimiter (a comma, or the semicolon
// or tab that spreadsheets in many locales write), optionally in double quotes, "" for a quote
// inside, line breaks inside quoted fields, CRLF or LF rows. Every problem is reported with
// its row and column (1-based, rows counted as the file's lines), never thrown as a bare
// exception. Linear in the input: fields are sliced out of the text, never built a character
// at a time; no field may be longer than the limit, no row wider than its limit, and rows
// come one at a time (csvRows), so a reader need not hold millions of cells at once.

export interface CsvCell {
  value: string;
  line: number;
  column: number;
}

export type CsvRow = CsvCell[];

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvOptions {
  delimiter?: CsvDelimiter;
  /** The longest field allowed, in characters. */
  maxField?: number;
  /** The most fields a row may have. */
  maxFields?: number;
}

/** A cell of an OKR export is a title, a note or a small JSON list: 64 KB is far past any of them. */
export const MAX_FIELD_CHARS = 64 * 1024;

/** OKR CSV files have a few dozen columns; a row of thousands of fields is not one of them. */
export const MAX_ROW_FIELDS = 1000;

export class CsvError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`line ${line}, column ${column}: ${message}`);
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export function parseCsv(text: string, options: CsvOptions = {}): CsvRow[] {
  return [...csvRows(text, options)];
}

/** The rows of a CSV text, one at a time; a problem is thrown when the parse reaches it. */
export function* csvRows(text: string, options: CsvOptions = {}): Generator<CsvRow> {
  const delimiter = (options.delimiter ?? ',').charCodeAt(0);
  const maxField = options.maxField ?? MAX_FIELD_CHARS;
  const maxFields = options.maxFields ?? MAX_ROW_FIELDS;
  let row: CsvRow = [];
  let line = 1;
  /** Offset of the first character of the current line: columns are counted from it. */
  let lineStart = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // A BOM is no column of the first line.
  if (i === 1) lineStart = 1;
  // A blank line is no row at all.
  const blank = () => row.length === 1 && row[0].value === '';
  const tooLong = (cellLine: number, cellColumn: number, length: number) => {
    if (length > maxField) throw new CsvError(`a field of ${length} characters, longer than the ${maxField} a field may be`, cellLine, cellColumn);
  };
  while (i <= text.length) {
    const cellLine = line;
    const cellColumn = i - lineStart + 1;
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      const pieces: string[] = [];
      let length = 0;
      let from = ++i;
      for (;;) {
        if (i >= text.length) throw new CsvError('a quoted field is never closed', cellLine, cellColumn);
        const ch = text.charCodeAt(i);
        if (ch === QUOTE) {
          pieces.push(text.slice(from, i));
          length += i - from;
          if (text.charCodeAt(i + 1) === QUOTE) {
            // "" stands for one quote: keep the first, skip the second.
            from = i + 1;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (ch === LF) {
          line++;
          lineStart = i + 1;
        }
        i++;
        if (length + (i - from) > maxField) tooLong(cellLine, cellColumn, length + (i - from));
      }
      value = pieces.length === 1 ? pieces[0] : pieces.join('');
      const next = text.charCodeAt(i);
      if (i < text.length && next !== delimiter && next !== LF && next !== CR) {
        throw new CsvError('text after a closing quote; quote the whole field, and double any quote inside it', line, i - lineStart + 1);
      }
    } else {
      const from = i;
      while (i < text.length) {
        const ch = text.charCodeAt(i);
        if (ch === delimiter || ch === LF || ch === CR) break;
        if (ch === QUOTE) throw new CsvError('a quote inside an unquoted field; quote the whole field', line, i - lineStart + 1);
        i++;
      }
      tooLong(cellLine, cellColumn, i - from);
      value = text.slice(from, i);
    }
    if (row.length === maxFields) throw new CsvError(`a row of more than ${maxFields} fields`, cellLine, cellColumn);
    row.push({ value, line: cellLine, column: cellColumn });
    if (i >= text.length) {
      if (!blank()) yield row;
      break;
    }
    if (text.charCodeAt(i) === delimiter) {
      i++;
      continue;
    }
    // End of a row: \n, \r\n or a lone \r.
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    lineStart = i;
    if (!blank()) yield row;
    row = [];
    if (i >= text.length) break;
  }
}

/**
 * The delimiter of a CSV file, read from its header row: the one of `,`, `;` and tab that
 * splits the header into the most names `isColumn` knows. A comma when none does better.
 */
export function detectDelimiter(text: string, isColumn: (name: string) => boolean): CsvDelimiter {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.slice(start, start + 64 * 1024).search(/\r|\n/);
  const header = text.slice(start, end < 0 ? start + 64 * 1024 : start + end);
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const delimiter of [',', ';', '\t'] as const) {
    const count = header.split(delimiter).filter((name) => isColumn(name.trim().replace(/^"(.*)"$/, '$1'))).length;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}
