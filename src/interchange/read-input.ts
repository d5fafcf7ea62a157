// The bytes `okr import` is given (a file or standard input), bounded and checked before any
// parsing: at most MAX_IMPORT_BYTES, UTF-8 only (decode-text.ts), so a 100 MB paste or a
// Latin-1 export from a spreadsheet stops with its reason instead of being parsed or written.

import { UsageError } from '../errors.js';
import { readUserFile } from '../fs/read-file.js';
import { decodeText } from '../load/decode-text.js';
import type { InputStream } from '../terminal/io.js';
import { InputError } from './wanted.js';

/** An OKR export of 20,000 units is about 5 MB: twice that is the most an import reads. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type InputType = 'csv' | 'md';

const FIX: Record<InputType, string> = {
  csv: 'save it as "CSV UTF-8" (in Excel: File › Save As › CSV UTF-8) and import that',
  md: 'save it as UTF-8 and import that',
};

/** `path` is absolute; `source` is how the user named it. Read through the file-system edge: a regular file, never a blocking open. */
export function readInputFile(path: string, source: string, type: InputType): string {
  const read = readUserFile(path, MAX_IMPORT_BYTES);
  if (!read.ok) {
    if (read.reason === 'too-large') throw tooLarge(source, read.size === undefined ? `more than ${megabytes(MAX_IMPORT_BYTES)} MB` : `${megabytes(read.size)} MB`);
    throw new UsageError(`${source}: ${read.reason === 'missing' ? 'no such file' : read.message}`);
  }
  return decoded(read.bytes, source, type);
}

/** Standard input, counted while it is read: reading stops at the limit. */
export async function readInputStream(stream: InputStream, source: string, type: InputType): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += bytes.length;
    if (size > MAX_IMPORT_BYTES) throw tooLarge(source, `more than ${megabytes(MAX_IMPORT_BYTES)} MB`);
    chunks.push(bytes);
  }
  return decoded(Buffer.concat(chunks), source, type);
}

function decoded(bytes: Uint8Array, source: string, type: InputType): string {
  const result = decodeText(bytes, FIX[type]);
  if (!result.ok) throw new InputError(source, [{ line: result.line, column: result.column, message: result.problem }]);
  return result.text;
}

function tooLarge(source: string, size: string): InputError {
  return new InputError(source, [{
    line: 1, column: 1,
    message: `the input is ${size}, larger than the ${megabytes(MAX_IMPORT_BYTES)} MB an import may be; import it in parts (a cycle or a few units at a time)`,
  }]);
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}
