// Reads CSV as RFC 4180 writes it: comma-separated, fields optionally in double quotes, ""
// for a quote inside, line breaks inside quoted fields, CRLF or LF rows. Every problem is
// reported with its row and column (1-based, rows counted as the file's lines), never thrown
// as a bare exception.

export interface CsvCell {
  value: string;
  line: number;
  column: number;
}

export type CsvRow = CsvCell[];

export class CsvError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`line ${line}, column ${column}: ${message}`);
  }
}

export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let row: CsvRow = [];
  let line = 1;
  let column = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    // A blank line is no row at all.
    if (!(row.length === 1 && row[0].value === '')) rows.push(row);
    row = [];
  };
  while (i <= text.length) {
    const cellLine = line;
    const cellColumn = column;
    let value = '';
    if (text[i] === '"') {
      i++;
      column++;
      for (;;) {
        if (i >= text.length) throw new CsvError('a quoted field is never closed', cellLine, cellColumn);
        const ch = text[i];
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            column += 2;
            continue;
          }
          i++;
          column++;
          break;
        }
        value += ch;
        i++;
        if (ch === '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        throw new CsvError('text after a closing quote; quote the whole field, and double any quote inside it', line, column);
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] === '"') throw new CsvError('a quote inside an unquoted field; quote the whole field', line, column);
        value += text[i];
        i++;
        column++;
      }
    }
    row.push({ value, line: cellLine, column: cellColumn });
    if (i >= text.length) {
      endRow();
      break;
    }
    if (text[i] === ',') {
      i++;
      column++;
      continue;
    }
    // End of a row: \n, \r\n or a lone \r.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    column = 1;
    endRow();
    if (i >= text.length) break;
  }
  return rows;
}
