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

/** Indents every line but the first by `indent` spaces; empty lines stay empty. */
export function indentLines(lines: string[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  return lines.map((line, i) => (i === 0 || line === '' ? line : pad + line));
}
