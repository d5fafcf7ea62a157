// How many terminal columns text takes, and text cut to a number of columns. A terminal shows
// a grapheme (a letter with its accents, an emoji with its modifiers) in one cell, or two for
// East Asian wide characters and emoji; UTF-16 length counts neither right, so every width
// okr lays out by (table columns, tree lines) is measured here.

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Marks, joiners and format characters add no cell of their own.
const ZERO_WIDTH = /^[\p{M}\p{Cf}\u200b]+$/u;
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f/u;

/** East Asian Wide and Fullwidth ranges (Unicode 15, UAX #11), emoji left to EMOJI. */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf],
  [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff],
  [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4],
  [0x17000, 0x18cd5], [0x1b000, 0x1b2ff], [0x1f200, 0x1f2ff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(code: number): boolean {
  for (const [low, high] of WIDE) {
    if (code < low) return false;
    if (code <= high) return true;
  }
  return false;
}

function graphemeWidth(grapheme: string): number {
  if (ZERO_WIDTH.test(grapheme)) return 0;
  if (EMOJI.test(grapheme)) return 2;
  return isWide(grapheme.codePointAt(0)!) ? 2 : 1;
}

/** Columns `text` takes on a terminal (one line, controls already made visible). */
export function displayWidth(text: string): number {
  // Plain ASCII, most of what okr prints, is one column a character.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const { segment } of segmenter.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** `text` in at most `width` columns: whole graphemes, ending in … where it was cut. */
export function cutToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = graphemeWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out.trimEnd()}…`;
}

/** `text` padded with spaces to `width` columns, on the right (left-aligned) or the left. */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const room = Math.max(0, width - displayWidth(text));
  return align === 'right' ? `${' '.repeat(room)}${text}` : `${text}${' '.repeat(room)}`;
}

/**
 * Prose in lines of at most `width` columns, broken at spaces (a word longer than a line is
 * cut with …); lines after the first start with `indent`.
 */
export function wrapToWidth(text: string, width: number, indent = ''): string[] {
  // Leading spaces are kept on the first line, and counted.
  const lead = /^ */.exec(text)![0];
  if (lead !== '') return wrapToWidth(text.slice(lead.length), width - lead.length, indent.slice(lead.length)).map((line) => `${lead}${line}`);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const room = width - (lines.length === 0 ? 0 : displayWidth(indent));
    const next = line === '' ? word : `${line} ${word}`;
    if (displayWidth(next) <= room || line === '') {
      line = displayWidth(next) <= room ? next : cutToWidth(next, room);
      continue;
    }
    lines.push(line);
    line = cutToWidth(word, width - displayWidth(indent));
  }
  lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : `${indent}${l}`));
}
