// Text from the files in GitHub-flavoured markdown (reports, pull-request comments, job
// summaries): shown as the words it is, never as markup. A title cannot open a table cell,
// a link, an image, an HTML tag, emphasis, a heading or a list; it cannot name an HTML entity;
// it cannot ping anyone (`@everyone`, `@org/team`), link an issue (`#12`, `GH-12`) or become an
// autolink (`https://…`, `www.…`, `a@b.example`); it holds no control character; and it
// cannot start a workflow command when the markdown is printed in a CI log.
//
// Mentions, issue references and autolinks are found by GitHub in the rendered text, where a
// backslash escape is already gone, so they are broken by a zero-width space written as an
// entity (`@&#8203;everyone`, Renovate's way): it shows nothing and matches no pattern.

import { isMailAddress } from './mail-header.js';
import { showControls } from './visible.js';

/** The zero-width space, as an entity so that the markdown source shows where it is. */
const ZWSP = '&#8203;';

/** Markdown's meaningful ASCII punctuation inside a line (`$` for GitHub's math). */
const PUNCTUATION = /[\\`*_[\]<>|~#$]/g;

/**
 * User text for a line or a table cell: one line (line breaks become spaces), trimmed, every
 * character that could be markup escaped, mentions, references and autolinks broken. What a
 * reader sees is the text itself (controls as ␛, <U+202E>…).
 */
export function markdownInline(text: string): string {
  const line = showControls(text.replace(/[\t\n\v\f\r\u2028\u2029]+/g, ' ').trim());
  return line
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(PUNCTUATION, '\\$&')
    // What only the start of a line makes markup: a list item, a thematic break or setext
    // underline, an ordered list item, and (for a CI log) a workflow command.
    .replace(/^([-+](?=\s|$)|-(?=[-\s]*$)|=(?=[=\s]*$)|:)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/@/g, `@${ZWSP}`)
    .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
    .replace(/(?<=[A-Za-z])(?=:\/\/)/g, ZWSP)
    .replace(/\b(www)(?=\.)/gi, `$1${ZWSP}`);
}

/** The same text in a GFM table cell: markdownInline already escapes `|` and joins lines. */
export const markdownCell = markdownInline;

/**
 * A path, id or ref as a code span, where nothing is markup; text a code span cannot hold
 * safely (a backtick, a `|` that would split a table cell, a control character, an edge
 * space) is written as escaped plain text instead.
 */
export function markdownCode(text: string): string {
  const safe = text !== '' && text.trim() === text && !/[`|]/.test(text) && showControls(text) === text;
  return safe ? `\`${text}\`` : markdownInline(text);
}

/**
 * `Name <address>`: the name escaped, the address a mail link when it is one a header could
 * carry (no space, bracket or control: nothing in it can be markup), else escaped text too.
 */
export function markdownMailbox(name: string, address: string): string {
  return isMailAddress(address) ? `${markdownInline(name)} <${address}>` : markdownInline(`${name} <${address}>`);
}

/**
 * Prose of several lines (learnings, a summary) as escaped lines, blank lines kept, for the
 * caller to join (with a blockquote's `> `, or hard breaks).
 */
export function markdownLines(text: string): string[] {
  return text.split(/\r\n?|\n/).map((line) => markdownInline(line));
}

/** The text GitHub shows for markdownInline(text): what its heading anchors are made from. */
export function markdownShown(text: string): string {
  return showControls(text.replace(/[\t\n\v\f\r\u2028\u2029]+/g, ' ').trim());
}
