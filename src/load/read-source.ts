// Reads one YAML file of the repository as text, through the file-system edge (src/fs/): only
// a regular file inside the repository, never a blocking open. Refuses what a YAML parser
// should never see: enormous files, UTF-16, bytes that are not UTF-8 (decode-text.ts). A UTF-8
// byte order mark is dropped. Every refusal is a finding with a position, not an exception.

import { join } from 'node:path';
import { filesOf, type FilesOrRoot } from '../fs/file-source.js';
import { formatBytes } from '../fs/fs-problem.js';
import type { RealPaths } from '../fs/read-file.js';
import type { Finding, SourceFile } from '../model.js';
import { decodeText } from './decode-text.js';


/** The rule of findings about what a path is (a folder, a FIFO, a link out of the repository). */
export const FILE_RULE = 'file';

/** OKR files are a few kilobytes; anything past this is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A failure says whether the file is simply not there (`missing`), for callers to whom that is no error. */
export type ReadResult = { ok: true; source: SourceFile } | { ok: false; finding: Finding; missing?: boolean };

/**
 * `file` is the repository-relative path of the file in the repository at `place` (its working
 * tree, or a revision's files). `limit` is a unit file's, unless the file may be larger (the
 * config and people file, SPEC 11).
 */
export function readSource(place: FilesOrRoot, file: string, limit = MAX_FILE_BYTES, realPaths?: RealPaths): ReadResult {
  const files = filesOf(place);
  const absPath = join(files.root, file);
  const refuse = (message: string, line = 1, column = 1, rule = 'yaml'): ReadResult & { ok: false } => ({
    ok: false,
    finding: { file, path: [], severity: 'error', rule, message, position: { line, column } },
  });

  const read = files.readFile(file, limit, realPaths);
  if (!read.ok) {
    if (read.reason === 'too-large') {
      return refuse(`file is ${formatBytes(read.size ?? limit + 1)}, larger than the ${formatBytes(limit)} ${limit === MAX_FILE_BYTES ? 'an OKR file' : 'this file'} may be`);
    }
    const refused = refuse(`cannot be read: ${read.message}`, 1, 1, FILE_RULE);
    return read.reason === 'missing' ? { ...refused, missing: true } : refused;
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return refuse(decoded.problem, decoded.line, decoded.column);
  return { ok: true, source: { absPath, file, text: decoded.text } };
}

/** A source from text already in memory (a change not yet written), BOM dropped as on reading. */
export function sourceOf(absPath: string, file: string, text: string): ReadResult {
  return { ok: true, source: { absPath, file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text } };
}
