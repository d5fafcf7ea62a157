// The loader never throws, whatever the text: parseYaml gives data or findings, each finding
// with a position inside the text; for data, the locator finds a position inside the text for
// every path of the data (and for paths that lead nowhere, as a finding's path may), and never
// throws. Over random text, YAML-ish token soup and damaged real files.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocPath } from '../../src/model.js';
import { parseYaml } from '../../src/load/yaml/parse.js';
import { createLocator, type Span } from '../../src/load/yaml/positions.js';
import { anyText } from '../escape/hostile.js';
import { damagedExampleFile, exampleFiles, runsFor, yamlishText } from './arbitraries.js';

/** Enough paths to cover every node of a unit file; an alias bomb's data is not walked whole. */
const MAX_PATHS = 3000;

function pathsOf(data: unknown): DocPath[] {
  const paths: DocPath[] = [];
  const walk = (value: unknown, path: DocPath) => {
    if (paths.length >= MAX_PATHS) return;
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...path, key]);
  };
  walk(data, []);
  return paths;
}

/** Line and column (1-based, UTF-16 units) that exist in the text; a column may sit just past a line's end. */
function expectInside(text: string, position: { line: number; column: number }, what: string): void {
  const lines = text.split('\n');
  expect(Number.isInteger(position.line) && position.line >= 1 && position.line <= lines.length, `${what}: line ${position.line} of ${lines.length}`).toBe(true);
  const length = lines[position.line - 1].length;
  expect(Number.isInteger(position.column) && position.column >= 1 && position.column <= length + 1, `${what}: column ${position.column} of a line of ${length}`).toBe(true);
}

function expectSpanInside(text: string, span: Span, what: string): void {
  expectInside(text, span, what);
  expectInside(text, { line: span.endLine, column: span.endColumn }, `${what} (end)`);
  const ordered = span.endLine > span.line || (span.endLine === span.line && span.endColumn >= span.column);
  expect(ordered, `${what}: ends before it starts`).toBe(true);
}

function checkLoader(text: string): void {
  const parsed = parseYaml(text, 'f.yaml');
  if (!parsed.ok) {
    expect(parsed.findings.length).toBeGreaterThan(0);
    for (const finding of parsed.findings) {
      expect(finding.position, finding.message).toBeDefined();
      expectInside(text, finding.position!, finding.message);
    }
    return;
  }
  const locate = createLocator({ text, spans: parsed.spans, data: parsed.data });
  // A file with no node at all (empty, or only comments) has nothing to point at.
  if (parsed.spans.starts.length === 0) return;
  for (const path of pathsOf(parsed.data)) {
    for (const atKey of [false, true]) {
      const span = locate(path, atKey);
      expect(span, JSON.stringify(path)).toBeDefined();
      expectSpanInside(text, span!, JSON.stringify(path));
    }
    // A finding may name a path past the data (a missing key, an index too far): the deepest node on the way.
    for (const beyond of [[...path, 'missing'], [...path, 7], [...path, '__proto__']] as DocPath[]) {
      const span = locate(beyond);
      expect(span, JSON.stringify(beyond)).toBeDefined();
      expectSpanInside(text, span!, JSON.stringify(beyond));
    }
  }
}

describe('the loader never throws (property)', () => {
  it('on any text', () => {
    fc.assert(fc.property(fc.oneof(anyText, fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme-ascii', maxLength: 400 })), checkLoader), runsFor(1));
  });

  it('on YAML-ish text', () => {
    fc.assert(fc.property(yamlishText, checkLoader), runsFor(1));
  });

  it('on damaged real unit files', () => {
    fc.assert(fc.property(damagedExampleFile, checkLoader), runsFor(10));
  });

  it('on every real file as it is (and each is data, so the locator is tried on all of it)', () => {
    for (const { name, text } of exampleFiles()) {
      const parsed = parseYaml(text, name);
      expect(parsed.ok, name).toBe(true);
      checkLoader(text);
    }
  });
});
