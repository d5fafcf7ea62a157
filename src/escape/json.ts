// JSON output (`--format json`, SARIF): the same data as JSON.stringify writes, and inert
// where it is shown. JSON.stringify escapes C0 controls but leaves DEL, C1 controls, bidi
// overrides and line separators raw, which a terminal or a reader acts on; and `##[` in any
// line of a CI log is the runner's legacy workflow command. Each of these can only stand
// inside a string, where a \u escape reads back as the same character.

const UNSAFE = /[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** `value` as indented JSON text with a final newline. */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, null, 2)
    .replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '#\\u0023[');
  return `${text}\n`;
}

/** Chunks of about this many characters: large enough that a write costs little, small enough to keep memory flat. */
const CHUNK = 64 * 1024;
/** Containers this deep are written whole: the document and its lists are walked, their items are not. */
const STREAM_DEPTH = 2;
/** Items of a walked list stringified at once: JSON.stringify is fast, a call per item is not. */
const BATCH = 64;

/**
 * Where a document of many records (a report's key results) goes on one line per record, so
 * that its size is its data and not its indentation. Without it, the layout is jsonText's.
 */
export interface JsonLayout {
  /** Containers at this depth or deeper are written on one line (the document is depth 0). */
  oneLineFrom: number;
  /** A list of at most this many scalars or flat objects (a trend's points) is one line too. */
  shortList: number;
}

/**
 * The same text as jsonText (or, with a layout, the same data with fewer line breaks), in
 * chunks, so that a result of any size is written without ever being one string (V8 caps a
 * string at about 512 MB). Every string value lies whole inside one piece, so escaping piece by
 * piece is escaping the whole.
 */
export function* jsonChunks(value: unknown, layout?: JsonLayout): Generator<string> {
  let buffer = '';
  for (const piece of pieces(value, '', 0, true, layout)) {
    buffer += piece;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}\n`;
}

function inert(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/##\[/g, '#\\u0023[');
}

/** Plain arrays and objects are walked; anything else (a toJSON, a Map) is left to JSON.stringify. */
function walked(value: unknown): value is unknown[] | Record<string, unknown> {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** A scalar, or an object of scalars only. */
function flat(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  // A list or a record made when written (toJSON) is not flat.
  if (Array.isArray(value) || !walked(value)) return false;
  for (const key in value) {
    const inner = (value as Record<string, unknown>)[key];
    if (typeof inner === 'object' && inner !== null) return false;
  }
  return true;
}

function oneLine(value: unknown, depth: number, layout: JsonLayout | undefined): boolean {
  if (layout === undefined) return false;
  // A record made when written (toJSON) goes on its line like any other.
  if (depth >= layout.oneLineFrom) return typeof value === 'object' && value !== null;
  return Array.isArray(value) && value.length <= layout.shortList && value.every(flat);
}

function* pieces(value: unknown, indent: string, depth: number, top: boolean, layout?: JsonLayout): Generator<string> {
  if (oneLine(value, depth, layout)) {
    yield inert(JSON.stringify(value) ?? 'null');
    return;
  }
  if ((depth >= STREAM_DEPTH && layout === undefined) || !walked(value)) {
    const text = JSON.stringify(value, null, 2);
    // undefined at the top prints nothing, as `${JSON.stringify(undefined)}` would not.
    yield text === undefined ? (top ? '' : 'null') : inert(indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value) && layout === undefined && depth + 1 >= STREAM_DEPTH) {
    if (value.length === 0) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i += BATCH) {
      // "[\n  a,\n  b\n]" without its brackets, moved in to this list's depth.
      const text = JSON.stringify(value.slice(i, i + BATCH), null, 2);
      yield `${i === 0 ? '' : ','}\n${indent}${inert(text.slice(2, -2).replace(/\n/g, `\n${indent}`))}`;
    }
    yield `\n${indent}]`;
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      yield* pieces(skipped(value[i]) ? null : value[i], inner, depth + 1, false, layout);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.keys(value).filter((key) => !skipped(value[key]));
  if (entries.length === 0) return yield '{}';
  yield '{';
  let first = true;
  for (const key of entries) {
    yield `${first ? '' : ','}\n${inner}${inert(JSON.stringify(key))}: `;
    first = false;
    yield* pieces(value[key], inner, depth + 1, false, layout);
  }
  yield `\n${indent}}`;
}
