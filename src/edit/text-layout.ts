// Offsets, lines and line endings of the source text. Every offset is a character index into
// the text exactly as given (a BOM counts as one character, `\r\n` as two), which is what
// eemeli/yaml's node ranges are measured in.

/** The line ending new lines should use: a file with any CRLF stays CRLF. */
export function lineEndingOf(text: string): '\r\n' | '\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Offset of the first character of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Column (0-based, in characters) of an offset; YAML indentation is spaces only. */
export function columnOf(text: string, offset: number): number {
  const start = lineStartOf(text, offset);
  // A BOM before the first line is not indentation.
  return offset - start - (start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0);
}

/**
 * Offset just past the line break that ends the line holding the character before `offset`:
 * where a new line goes after content ending at `offset`. The end of the text when its last
 * line has no line break.
 */
export function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/**
 * Text that inserts whole lines at `offset` (a line start, or the end of a text whose last line
 * has no line break). Without a final line break the file keeps having none.
 */
export function insertLines(text: string, offset: number, lines: string[], eol: string): string {
  const body = lines.join(eol);
  return offset === text.length && !text.endsWith('\n') ? eol + body : body + eol;
}

/**
 * Moves an insertion point (a line start) past the comment lines just below it that are
 * indented deeper than `column`, the column of what is inserted: such comments close the entry
 * above and stay with it. Blank lines are passed only on the way to such a comment, so a
 * comment that introduces the next entry stays right above it.
 */
export function pastDeeperComments(text: string, at: number, column: number): number {
  let insertAt = at;
  let scan = at;
  while (scan < text.length) {
    const newline = text.indexOf('\n', scan);
    const next = newline === -1 ? text.length : newline + 1;
    const line = text.slice(scan, next);
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (line.trim() !== '') {
      if (line[indent] !== '#' || indent <= column) break;
      insertAt = next;
    }
    scan = next;
  }
  return insertAt;
}

/** Offset of the line break ending the line that holds `offset` (before a `\r`), or the text's end. */
export function lineBreakAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}
