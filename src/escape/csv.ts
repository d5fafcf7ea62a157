// CSV as RFC 4180 writes it, and safe to open in a spreadsheet. A text cell that a spreadsheet
// would run as a formula (OWASP "CSV injection": it starts with `=`, `+`, `-`, `@`, a tab or a
// carriage return) gets a leading `'`, which spreadsheets show as text. To keep that
// reversible, a cell that already starts with `'`s before one of those characters gets one
// more: `unneutraliseCsvCell` removes exactly one `'` from exactly those cells, so
// `okr export` → `okr import` gives back every text byte for byte. Numbers are written as
// numbers (`-5` stays `-5`): only text is neutralised.

/** Text a spreadsheet could read as a formula, or such text already marked with `'`s. */
const FORMULA = /^'*[=+\-@\t\r]/;

/** A text cell as it must be written: `'` in front of anything FORMULA matches. */
export function neutraliseCsvCell(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** The exact inverse of neutraliseCsvCell, for a cell as read back. */
export function unneutraliseCsvCell(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * One field: nothing for null/undefined, a finite number or a boolean as it prints, text neutralised;
 * then quoted when it holds a comma, a quote or a line break (quotes doubled).
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  // A finite number is data a spreadsheet reads as a number; anything else is text.
  const text = (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean' ? String(value) : neutraliseCsvCell(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 says. */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
