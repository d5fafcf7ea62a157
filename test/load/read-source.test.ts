import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readSource } from '../../src/load/read-source.js';
import { lineColumnAt } from '../../src/text/line-column.js';
import { tempRepo } from '../helpers/cli.js';

function read(bytes: string | Uint8Array) {
  const dir = tempRepo({ 'f.yaml': bytes });
  return readSource(dir, 'f.yaml');
}

describe('readSource', () => {
  it('reads UTF-8 text as it is', () => {
    const result = read('unit: café\n');
    expect(result).toMatchObject({ ok: true, source: { file: 'f.yaml', text: 'unit: café\n' } });
  });

  it('drops a UTF-8 byte order mark', () => {
    const result = read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('unit: x\n')]));
    expect(result.ok && result.source.text).toBe('unit: x\n');
  });

  it('refuses UTF-16 with a byte order mark', () => {
    const result = read(Buffer.from('\ufeffunit: x\n', 'utf16le'));
    expect(result).toMatchObject({ ok: false, finding: { rule: 'yaml', message: expect.stringContaining('UTF-16'), position: { line: 1, column: 1 } } });
  });

  it('points at the first byte that is not UTF-8', () => {
    const result = read(Buffer.concat([Buffer.from('a: 1\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    expect(result).toMatchObject({ ok: false, finding: { message: expect.stringContaining('not valid UTF-8 (byte 0xe9)'), position: { line: 2, column: 11 } } });
  });

  it('refuses NUL characters', () => {
    const result = read('a: 1\nb: x\0y\n');
    expect(result).toMatchObject({ ok: false, finding: { message: expect.stringContaining('NUL'), position: { line: 2, column: 5 } } });
  });

  it('refuses files over the size limit without reading them', () => {
    const result = read('#'.repeat(MAX_FILE_BYTES + 1));
    expect(result).toMatchObject({ ok: false, finding: { message: expect.stringMatching(/larger than the 1\.0 MB/) } });
  });

  it('lets a file of exactly the limit through', () => {
    expect(read(`#${' '.repeat(MAX_FILE_BYTES - 2)}\n`).ok).toBe(true);
  });

  it('computes lines and columns from offsets', () => {
    expect(lineColumnAt('ab\ncd\r\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd\r\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('ab\ncd\r\nef', 7)).toEqual({ line: 3, column: 1 });
  });
});
