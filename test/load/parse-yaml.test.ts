import { describe, expect, it } from 'vitest';
import { parseExact, parseSource } from '../../src/load/parse-yaml.js';

const source = (text: string) => ({ absPath: '/x/f.yaml', file: 'f.yaml', text });

describe('parseSource', () => {
  it('parses plain files on the fast path with the YAML 1.2 core schema', () => {
    const result = parseSource(source('a: no\nb: 2026-10-01\nc: 0.5\nd: true\n'));
    // `no` stays a string and dates stay strings, as in YAML 1.2.
    expect(result).toEqual({ ok: true, data: { a: 'no', b: '2026-10-01', c: 0.5, d: true } });
  });

  it('reads CRLF files the same as LF files', () => {
    expect(parseSource(source('a: 1\r\nb:\r\n  - x\r\n'))).toEqual({ ok: true, data: { a: 1, b: ['x'] } });
  });

  it('reports a syntax error with its position', () => {
    const result = parseSource(source('a: 1\nb: [1, 2\nc: 3\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]).toMatchObject({ rule: 'yaml', severity: 'error', position: { line: expect.any(Number) } });
  });

  it('reports a duplicate key at the second key', () => {
    const result = parseSource(source('title: a\nlead: b\ntitle: c\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]).toMatchObject({ message: expect.stringContaining("duplicate key 'title'"), position: { line: 3, column: 1 } });
  });

  it('refuses custom tags', () => {
    const result = parseSource(source('a: !custom x\nb: !!js/function f\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.findings.map((f) => f.position?.line)).toEqual([1, 2]);
      expect(result.findings[0].message).toContain('custom tags are not allowed');
    }
  });

  it('allows a few aliases', () => {
    expect(parseSource(source('a: &x [1, 2]\nb: *x\n'))).toEqual({ ok: true, data: { a: [1, 2], b: [1, 2] } });
  });

  it('refuses an alias bomb', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const result = parseSource(source(`${levels.join('\n')}\n`));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]).toMatchObject({ message: expect.stringContaining('alias bomb'), position: { line: 2 } });
  });

  it('refuses several documents in one file', () => {
    const result = parseSource(source('a: 1\n---\nb: 2\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0].message).toContain('more than one YAML document');
  });

  it('keeps positions for CRLF files', () => {
    const { parsed } = parseExact(source('a: 1\r\nb: 2\r\n'));
    const pair = parsed.doc.contents && 'items' in parsed.doc.contents ? parsed.doc.contents.items[1] : undefined;
    const offset = (pair as { value: { range: number[] } }).value.range[0];
    expect(parsed.lineCounter.linePos(offset)).toEqual({ line: 2, col: 4 });
  });
});
