import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseYaml, readYamlData } from '../../src/load/yaml/parse.js';
import { createLocator } from '../../src/load/yaml/positions.js';

const parse = (text: string) => parseYaml(text, 'f.yaml');
const data = (text: string) => {
  const result = parse(text);
  return result.ok ? { ok: true, data: result.data } : result;
};

describe('parseYaml', () => {
  it('parses with the YAML 1.2 core schema', () => {
    // `no` stays a string and dates stay strings, as in YAML 1.2.
    expect(data('a: no\nb: 2026-10-01\nc: 0.5\nd: true\n')).toEqual({ ok: true, data: { a: 'no', b: '2026-10-01', c: 0.5, d: true } });
  });

  it('reads CRLF files the same as LF files', () => {
    expect(data('a: 1\r\nb:\r\n  - x\r\n')).toEqual({ ok: true, data: { a: 1, b: ['x'] } });
  });

  it('reports a syntax error with its position', () => {
    const result = parse('a: 1\nb: [1, 2\nc: 3\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]).toMatchObject({ rule: 'yaml', severity: 'error', position: { line: expect.any(Number) } });
  });

  it('reports a duplicate key at the second key', () => {
    const result = parse('title: a\nlead: b\ntitle: c\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]).toMatchObject({ message: expect.stringContaining("duplicate key 'title'"), position: { line: 3, column: 1 } });
  });

  it('refuses custom tags, at the first one', () => {
    const result = parse('a: !custom x\nb: !!js/function f\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0].position?.line).toBe(1);
      expect(result.findings[0].message).toBe('unknown tag !custom: custom tags are not allowed in OKR files');
    }
  });

  it('takes the core schema\'s own tags', () => {
    expect(data('a: !!str 12\nb: !!int "7"\nc: !!float 1\n')).toEqual({ ok: true, data: { a: '12', b: 7, c: 1 } });
  });

  it('allows a few aliases', () => {
    expect(data('a: &x [1, 2]\nb: *x\n')).toEqual({ ok: true, data: { a: [1, 2], b: [1, 2] } });
  });

  it('refuses an alias bomb, at the first alias', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const result = parse(`${levels.join('\n')}\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]).toMatchObject({ message: expect.stringContaining('alias bomb'), position: { line: 2, column: 8 } });
  });

  it('refuses a long string repeated by aliases', () => {
    const text = `a: &a "${'x'.repeat(20_000)}"\nb: [${Array(20).fill('*a').join(', ')}]\n`;
    const result = parse(text);
    expect(result.ok).toBe(false);
  });

  it('refuses aliases nested in aliases past any sane depth', () => {
    let text = 'a0: &a0 [x]\n';
    for (let i = 1; i < 2000; i++) text += `a${i}: &a${i} [*a${i - 1}]\n`;
    // Object keys are walked in the order written, so reorder with an integer-like key first.
    const result = parse(`0: *a1999\n${text}`.replace('0: *a1999\n', '') + 'z: *a1999\n');
    expect(result.ok).toBe(false);
  });

  it('refuses several documents in one file', () => {
    const result = parse('a: 1\n---\nb: 2\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0].message).toContain('more than one YAML document');
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels`, () => {
    const result = parse(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]).toMatchObject({ message: `nesting deeper than ${MAX_DEPTH} levels: an OKR file is never this deep`, position: { line: 1 } });
  });

  it('keeps positions for CRLF files', () => {
    const text = 'a: 1\r\nb: 2\r\n';
    const result = parse(text);
    if (!result.ok) throw new Error('expected a document');
    expect(createLocator({ text, spans: result.spans, data: result.data })(['b'])).toEqual({ line: 2, column: 4, endLine: 2, endColumn: 5 });
  });

  it('reads data without positions for callers that need none', () => {
    expect(readYamlData('a: +.5\n')).toEqual({ ok: true, data: { a: 0.5 } });
    expect(readYamlData('a: [\n')).toMatchObject({ ok: false, message: expect.any(String) });
  });
});
