// CSV as RFC 4180 writes it, safe to open in a spreadsheet and to print in a CI log.
//
// A text cell that a spreadsheet would run as a formula (OWASP "CSV injection": it starts with
// `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, which spreadsheets show
// as text; so does a cell whose first line would start a GitHub workflow command (`::`, after
// blanks). A line inside a cell that would start one gets a `'` too, after its line break, and
// the runner's legacy `##[` becomes `#'#[`. To keep all of that reversible, text that already
// has `'`s in those places gets one more: `unneutraliseCsvCell` removes exactly one `'` from
// exactly those places, so `okr export` → `okr import` gives back every text byte for byte.
// Numbers are written as numbers (`-5` stays `-5`): only text is neutralised.

/** Blanks the runner trims before looking for `::` (.NET white space; a line break ends the line instead). */
const BLANKS = '(?:[^\\S\\r\\n]|[\\x1c-\\x1f\\x85])';
/** A cell a spreadsheet could run as a formula, or one whose first line opens a workflow command; after any `'`s. */
const CELL = new RegExp(`^'*(?:[=+\\-@\\t\\r]|${BLANKS}*::)`);
/** A line (after a line break inside the cell) that opens a workflow command, after any `'`s. */
const LINE = new RegExp(`(\\r\\n|\\r|\\n)('*${BLANKS}*::)`, 'g');
const MARKED_LINE = new RegExp(`(\\r\\n|\\r|\\n)'('*${BLANKS}*::)`, 'g');

/** A text cell as it must be written. */
export function neutraliseCsvCell(text: string): string {
  const inner = text.replace(LINE, "$1'$2").replace(/#('*)#\[/g, "#'$1#[");
  return CELL.test(text) ? `'${inner}` : inner;
}

/** The exact inverse of neutraliseCsvCell, for a cell as read back. */
export function unneutraliseCsvCell(cell: string): string {
  const text = cell.startsWith("'") && CELL.test(cell.slice(1)) ? cell.slice(1) : cell;
  return text.replace(MARKED_LINE, '$1$2').replace(/#'('*)#\[/g, '#$1#[');
}

/**
 * One field: nothing for null/undefined, a finite number or a boolean as it prints, text
 * neutralised; then quoted when it holds a comma, a quote or a line break (quotes doubled).
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
