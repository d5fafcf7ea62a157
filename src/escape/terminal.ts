// Text from the files on its way to a terminal (or a CI log, which is read the same way).
// Every control character but newline and tab is made visible (ESC as ␛, BEL as ␇, C1 and
// bidi overrides as <U+XXXX>: see visible.ts), so no escape sequence from a title can move
// the cursor, retitle the window, clear the screen or reorder what follows; and no line of it
// can be read by GitHub Actions as a workflow command. Formatters apply it where file data
// meets their output: stylish messages, table cells, tree lines, prompts, messages.

import { showControls } from './visible.js';
import { defuseWorkflowCommands } from './workflow-command.js';

/** Multi-line text (a message, a note): only newline and tab pass; everything else is shown. */
export function terminalText(text: string): string {
  return defuseWorkflowCommands(showControls(text, '\n\t'));
}

/** Text for one line (a table cell, a tree line, a message): newline and tab are shown too. */
export function terminalLine(text: string): string {
  return defuseWorkflowCommands(showControls(text));
}

// The only sequences okr itself writes to stderr: the progress line's erase, and the colour
// codes its styles make (bold, dim, underline, red, green, yellow, cyan, grey and their ends).
// One of these from a file could at most colour a word: it cannot hide, move or retitle.
// eslint-disable-next-line no-control-regex
const OWN_SEQUENCE = /(\x1b\[(?:1|2|4|22|24|31|32|33|36|39|90)m|\r\x1b\[2K)/;

/**
 * A whole chunk for stderr, which only people (and CI logs) read: okr's own colour and
 * line-erase pass, every other control character is shown and no line is a workflow command.
 * Messages quote refs, paths and titles in many places; this holds for all of them at once
 * (formatters escape their fields too, so file data never needs the exception above).
 */
export function terminalOutput(chunk: string): string {
  return defuseWorkflowCommands(chunk.split(OWN_SEQUENCE).map((part, i) => (i % 2 === 1 ? part : showControls(part, '\n\t'))).join(''));
}
