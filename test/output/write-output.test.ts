// The one output writer: chunks are written one at a time, and the next waits while the
// stream's buffer is full (a slow reader holds okr back instead of filling its memory); --out
// writes the chunks to a file atomically, whole or not at all.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { writeOutput, writeOutputFile } from '../../src/output/write-output.js';
import { tempRepo } from '../helpers/cli.js';

const CHUNK = 'x'.repeat(10_000);

/** A real stream whose reader takes each write on a later turn of the event loop. */
function slowStream(highWaterMark: number) {
  const received: string[] = [];
  let largestBuffer = 0;
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      received.push(chunk);
      setImmediate(done);
    },
  });
  const write = stream.write.bind(stream);
  stream.write = ((chunk: string) => {
    const more = write(chunk);
    largestBuffer = Math.max(largestBuffer, stream.writableLength);
    return more;
  }) as typeof stream.write;
  return { stream, received, largestBuffer: () => largestBuffer };
}

describe('writeOutput', () => {
  it('writes chunks one by one, waiting for the stream to drain', async () => {
    const { stream, received, largestBuffer } = slowStream(16 * 1024);
    let made = 0;
    function* chunks() {
      for (let i = 0; i < 100; i++) {
        made++;
        yield CHUNK;
      }
    }
    const { chars } = await writeOutput(chunks(), stream);
    await new Promise<void>((resolve) => stream.end(resolve));
    expect(made).toBe(100);
    expect(chars).toBe(100 * CHUNK.length);
    expect(received.join('')).toBe(CHUNK.repeat(100));
    // Never more than the stream's limit and one chunk waiting: the rest was not yet made.
    expect(largestBuffer()).toBeLessThanOrEqual(16 * 1024 + CHUNK.length);
  });

  it('takes whole text as one write, and changes each chunk on its way when asked', async () => {
    const writes: string[] = [];
    const stream = { write: (chunk: string) => writes.push(chunk) > 0 };
    await writeOutput('a\nb\n', stream);
    await writeOutput(['one', '', 'two'], stream, (chunk) => chunk.toUpperCase());
    expect(writes).toEqual(['a\nb\n', 'ONE', 'TWO']);
  });

  it('stops waiting when the stream closes for good', async () => {
    const stream = new Writable({ highWaterMark: 1, write: () => undefined });
    const writing = writeOutput([CHUNK, CHUNK, CHUNK], stream);
    stream.destroy();
    await expect(writing).resolves.toMatchObject({ chars: expect.any(Number) });
  });
});

describe('writeOutputFile', () => {
  it('writes the chunks to the file and counts the bytes', () => {
    const dir = tempRepo();
    const { bytes } = writeOutputFile('out.json', ['{"a":', ' "é"}\n'], { cwd: dir });
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('{"a": "é"}\n');
    expect(bytes).toBe(Buffer.byteLength('{"a": "é"}\n'));
  });

  it('leaves the old file as it was, and no temporary file, when the chunks fail half way', () => {
    const dir = tempRepo({ 'out.csv': 'old\n' });
    function* failing() {
      yield 'new,';
      throw new UsageError('cannot export: a NUL');
    }
    expect(() => writeOutputFile('out.csv', failing(), { cwd: dir })).toThrow('cannot export: a NUL');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });
});
