// How a scalar value can be written. Each function returns candidates, best first: the caller
// tries them in the real file and keeps the first that reads back as the value (see
// edit-candidates.ts), so a candidate only has to be plausible, never proven safe here.

import { Document, Scalar } from 'yaml';
import { EditError } from './edit-error.js';

export type ScalarValue = string | number | boolean | null;

export type FlowStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE';

/** Refuses, before anything is written, a value that has no YAML scalar form okr would read. */
export function assertScalarValue(value: unknown, where: string): asserts value is ScalarValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    // YAML has .inf and .nan, but JSON and the OKR schema do not: such a value is a bug upstream.
    if (!Number.isFinite(value)) throw new EditError(`cannot write ${String(value)} at ${where}: only finite numbers are allowed`);
    return;
  }
  const what = value === undefined ? 'undefined' : `a ${typeof value}`;
  throw new EditError(`cannot write ${what} at ${where}: only strings, numbers, booleans and null are scalars`);
}

/** Scalar source in a flow context (a value after `key: `, a list item, inside `{}`/`[]`). */
export function flowScalarCandidates(value: ScalarValue, preferred: FlowStyle = 'PLAIN'): string[] {
  if (value === null) return ['null'];
  if (typeof value === 'boolean') return [String(value)];
  // The shortest JS form; -0 is written as a float, the one form both readers keep the sign of.
  if (typeof value === 'number') return [Object.is(value, -0) ? '-0.0' : String(value)];
  // Plain where it reads back as the string; a single-quoted scalar stays single-quoted while
  // it can; otherwise yaml's double-quoted form, which can hold any string.
  const candidates: string[] = [];
  const oneLine = !/[\n\r]/.test(value);
  if (preferred === 'PLAIN' && oneLine && value !== '' && value === value.trim()) candidates.push(value);
  if (preferred === 'QUOTE_SINGLE' && oneLine) candidates.push(`'${value.replaceAll("'", "''")}'`);
  candidates.push(doubleQuoted(value));
  return candidates;
}

/** yaml's own double-quoted form: escapes whatever needs it, on one line. */
export function doubleQuoted(value: string): string {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  // From 40 characters on, yaml writes a line break as a real one, unindented: it would end a
  // nested value. Never: every line break stays `\n`.
  return new Document(scalar).toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Infinity }).replace(/\n$/, '');
}

/**
 * A block scalar (`|` or `>`) holding `value`, replacing one whose header line was `header`
 * (indicators, then perhaps spaces and a comment, which are kept). `indent` is the body's
 * indentation. Lines are written as they are, never re-wrapped.
 */
export function blockScalarSource(value: string, header: string, indent: number, eol: string): string {
  const [, style, , rest] = /^([|>])([-+0-9]*)(.*)$/.exec(header) ?? ['', '|', '', ''];
  const trailing = /\n*$/.exec(value)![0].length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  let body = value.slice(0, value.length - trailing);
  // Folded: a single line break folds into a space, so each run of n breaks needs n + 1.
  if (style === '>') body = body.replace(/\n+/g, (run) => `${run}\n`);
  const pad = ' '.repeat(indent);
  const lines = body.split('\n').map((line) => (line === '' ? '' : pad + line));
  // With keep chomping, trailing breaks past the first are written as empty lines.
  for (let i = 1; i < trailing; i++) lines.push('');
  return [`${style}${chomp}${rest}`, ...lines].join(eol);
}
