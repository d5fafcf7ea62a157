// Byte-preserving edits of YAML text, for the commands that write (`okr checkin`, `okr new`).
// Pure functions on text: the caller reads the file, and writes the result atomically.
//
// How: eemeli/yaml parses the text with source ranges; an edit is a splice of the original
// text at the edited value's bytes (or an insertion point), never a re-serialisation of the
// document. Each splice is proven before it is returned: the result is parsed again, by
// eemeli/yaml and by js-yaml, and must read as the original data with exactly that change
// (see edit-candidates.ts). Comments, blank lines, quoting, indentation, CRLF line endings and
// a byte order mark are therefore kept wherever the edit is not.

export { appendToSequence } from './append-to-sequence.js';
export { EditError } from './edit-error.js';
export type { ScalarValue } from './scalar-source.js';
export { setScalars, type ScalarEdit } from './set-scalars.js';
export { removeKeys } from './remove-key.js';
