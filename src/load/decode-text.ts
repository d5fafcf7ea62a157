// Bytes to text, for everything okr reads that a person wrote: YAML files, imported CSV and
// markdown. Only UTF-8 is text here. UTF-16 and bytes that are not UTF-8 (a Latin-1 or
// Windows-1252 export) are refused at the first bad byte, never decoded into U+FFFD and
// written back; NUL means binary. A UTF-8 byte order mark (Excel writes one) is dropped.

import { isUtf8 } from 'node:buffer';
import { lineColumnAt } from '../text/line-column.js';

export type Decoded = { ok: true; text: string } | { ok: false; problem: string; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `fix` ends each refusal: how to save the file as UTF-8 in the tool that wrote it. */
export function decodeText(bytes: Uint8Array, fix = 'save it as UTF-8'): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: `file is UTF-16; ${fix}`, line: 1, column: 1 };
  }
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, problem: `file is not valid UTF-8 (byte 0x${bytes[at.offset].toString(16).padStart(2, '0')}); ${fix}`, line: at.line, column: at.column };
  }
  // Checked above, so the plain (non-validating, faster) decoder is exact; drop a BOM.
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', hasBom ? 3 : 0);
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const at = lineColumnAt(text, nul);
    return { ok: false, problem: 'file contains a NUL character: it is binary or UTF-16, not UTF-8 text', ...at };
  }
  return { ok: true, text };
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
