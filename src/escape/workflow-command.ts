// GitHub Actions reads every line a step prints as a possible workflow command: a line that
// starts with `::` (after leading white space) is one (`::add-mask::x`, `::error …::`,
// `::stop-commands::`), and so is `##[name …]` anywhere in a line (the runner's legacy form,
// still parsed when the first fails). Text from the files must never be either. This module
// escapes the parts of a command okr writes on purpose (as @actions/core does) and defuses
// commands in everything else a step prints.

import { showControls } from './visible.js';

/** The message (data) part of a command: `%`, CR and LF percent-encoded, so it stays one line. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (`file=…`, `title=…`): also `:` and `,`, which end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// The runner splits lines at CR and LF, and trims what .NET calls white space (which takes in
// U+001C–U+001F and U+0085) before looking for `::`.
// eslint-disable-next-line no-control-regex
const COMMAND_START = /(^|[\r\n])([\s\x1c-\x1f\x85]*):(?=:)/g;
const LEGACY_COMMAND = /##\[/g;

/**
 * Text in which no line can be read as a workflow command: a `::` that would start a line
 * becomes `%3A:`, and `##[` becomes `#%23[`, both still readable. Line breaks are kept (make
 * them visible first where the text must stay on one line). A medium with escapes of its own
 * gives its spelling of `:` and `#` (HTML: `&#58;`, `&#35;`), so the reader sees the text as it was.
 */
export function defuseWorkflowCommands(text: string, spelling: { colon: string; hash: string } = { colon: '%3A', hash: '%23' }): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text.replace(COMMAND_START, `$1$2${spelling.colon}`).replace(LEGACY_COMMAND, `#${spelling.hash}[`);
}

/** File data on a plain line of a step's log: one line, its control characters shown, never a command. */
export function workflowLogText(text: string): string {
  return defuseWorkflowCommands(showControls(text));
}

/** File data in a command's message: control characters shown, line breaks kept as `%0A`. */
export function workflowMessage(text: string): string {
  return escapeData(showControls(text, '\n'));
}

/**
 * File data in a command's property (`file=` of an annotation): control characters shown, as
 * in the message. The runner would read back the exact name otherwise, but the log would show
 * an escape sequence from a file name as it is.
 */
export function workflowProperty(text: string): string {
  return escapeProperty(showControls(text, '\n'));
}
