// Reads one YAML file as text, refusing what a YAML parser should never see: enormous files,
// UTF-16, bytes that are not UTF-8 (decode-text.ts). A UTF-8 byte order mark is dropped.
// Every refusal is a finding with a position, not an exception.

import { readFileSync, statSync } from 'node:fs';
import type { Finding, SourceFile } from '../model.js';
import { decodeText } from './decode-text.js';

export { lineColumnOf } from './decode-text.js';

/** OKR files are a few kilobytes; anything past this is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type ReadResult = { ok: true; source: SourceFile } | { ok: false; finding: Finding };

export function readSource(absPath: string, file: string, limit = MAX_FILE_BYTES): ReadResult {
  const refuse = (message: string, line = 1, column = 1): ReadResult => ({
    ok: false,
    finding: { file, path: [], severity: 'error', rule: 'yaml', message, position: { line, column } },
  });

  const size = statSync(absPath).size;
  if (size > limit) {
    return refuse(`file is ${formatBytes(size)}, larger than the ${formatBytes(limit)} ${limit === MAX_FILE_BYTES ? 'an OKR file' : 'this file'} may be`);
  }
  const decoded = decodeText(readFileSync(absPath));
  if (!decoded.ok) return refuse(decoded.problem, decoded.line, decoded.column);
  return { ok: true, source: { absPath, file, text: decoded.text } };
}

/** A source from text already in memory (a change not yet written), BOM dropped as on reading. */
export function sourceOf(absPath: string, file: string, text: string): ReadResult {
  return { ok: true, source: { absPath, file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text } };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
