// Reads one YAML file of the repository as text, through the file-system edge (src/fs/): only
// a regular file inside the repository, never a blocking open. Refuses what a YAML parser
// should never see: enormous files, UTF-16, bytes that are not UTF-8. A UTF-8 byte order mark
// is dropped. Every refusal is a finding with a position, not an exception.

import { isUtf8 } from 'node:buffer';
import { join } from 'node:path';
import { formatBytes } from '../fs/fs-problem.js';
import { readRepositoryFile } from '../fs/read-file.js';
import type { Finding, SourceFile } from '../model.js';

/** The rule of findings about what a path is (a folder, a FIFO, a link out of the repository). */
export const FILE_RULE = 'file';

/** OKR files are a few kilobytes; anything past this is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type ReadResult = { ok: true; source: SourceFile } | { ok: false; finding: Finding };

/** `file` is the repository-relative path of the file in the repository at `root`. */
export function readSource(root: string, file: string): ReadResult {
  const absPath = join(root, file);
  const refuse = (message: string, line = 1, column = 1, rule = 'yaml'): ReadResult => ({
    ok: false,
    finding: { file, path: [], severity: 'error', rule, message, position: { line, column } },
  });

  const read = readRepositoryFile(root, file, MAX_FILE_BYTES);
  if (!read.ok) {
    if (read.reason === 'too-large') {
      return refuse(`file is ${formatBytes(read.size ?? MAX_FILE_BYTES + 1)}, larger than the ${formatBytes(MAX_FILE_BYTES)} an OKR file may be`);
    }
    return refuse(`cannot be read: ${read.message}`, 1, 1, FILE_RULE);
  }
  const bytes = read.bytes;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return refuse('file is UTF-16; save it as UTF-8');
  }
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    return refuse(`file is not valid UTF-8 (byte 0x${bytes[at.offset].toString(16).padStart(2, '0')}); save it as UTF-8`, at.line, at.column);
  }
  // Checked above, so the plain (non-validating, faster) decoder is exact; drop a BOM.
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = bytes.toString('utf8', hasBom ? 3 : 0);
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const at = lineColumnOf(text, nul);
    return refuse('file contains a NUL character: it is binary or UTF-16, not UTF-8 text', at.line, at.column);
  }
  return { ok: true, source: { absPath, file, text } };
}

/** A source from text already in memory (a change not yet written), BOM dropped as on reading. */
export function sourceOf(absPath: string, file: string, text: string): ReadResult {
  return { ok: true, source: { absPath, file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text } };
}

/** Line and column (1-based, in characters) of an offset into text. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where UTF-8 decoding fails; only called on the rare file that does fail. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k] & 0xc0) === 0x80;
    if (valid && length > 1) {
      // The decoder also rejects overlong forms and surrogates; checking it on the slice is exact.
      try {
        utf8.decode(bytes.subarray(i, i + length));
      } catch {
        valid = false;
      }
    }
    if (!valid) return { offset: i, line, column };
    if (b === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
    i += length;
  }
  return { offset: 0, line: 1, column: 1 };
}

