// Positions from the spans recorded while parsing must be where eemeli/yaml, which keeps every
// node's source range, says the node is: checked for every path (and every key) of every
// document in the example repositories and the edit corpus.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { DocPath } from '../../src/model.js';
import { parseYaml } from '../../src/load/yaml/parse.js';
import { createLocator } from '../../src/load/yaml/positions.js';
import { ROOT } from '../helpers/cli.js';

function yamlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
}

const corpus = [
  ...yamlFiles(join(ROOT, 'examples/acme')),
  ...yamlFiles(join(ROOT, 'examples/invalid')),
  ...yamlFiles(join(ROOT, 'test/fixtures/edit-corpus')),
];

/** The reference: eemeli/yaml's parse of the text, made once per file. */
function referenceOf(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter };
}

/** The start of the node at `path` by eemeli/yaml's ranges. */
function referenceStart({ doc, lineCounter }: ReturnType<typeof referenceOf>, path: DocPath, atKey: boolean): { line: number; column: number } | undefined {
  let node: Node | null | undefined = doc.contents as Node;
  let range = node?.range;
  for (let i = 0; i < path.length && node; i++) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(path[i]));
      if (!pair) break;
      const key = pair.key as Node;
      if (last && atKey) return at(lineCounter, key.range![0]);
      node = pair.value as Node | null;
      const empty = !node?.range || node.range[0] === node.range[1];
      range = empty ? key.range : node!.range;
      if (empty) break;
    } else if (isSeq(node) && typeof path[i] === 'number') {
      node = node.items[path[i] as number] as Node;
      range = node?.range;
    } else {
      break;
    }
  }
  return range ? at(lineCounter, range[0]) : undefined;
}

function at(lineCounter: LineCounter, offset: number) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** Every path in a document: maps' keys and lists' items, all the way down. */
function pathsOf(value: unknown, prefix: DocPath = []): DocPath[] {
  const out: DocPath[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) out.push(...pathsOf(child, [...prefix, key]));
  return out;
}

describe('positions from parse-time spans', () => {
  it('has a corpus to check', () => {
    expect(corpus.length).toBeGreaterThan(60);
  });

  it.each(corpus.map((file) => [file.slice(ROOT.length + 1), file]))('%s: every path starts where eemeli/yaml says', (_name, file) => {
    const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    const parsed = parseYaml(text, file);
    if (!parsed.ok) return; // broken on purpose (the invalid corpus): no positions to compare
    const locate = createLocator({ text, spans: parsed.spans, data: parsed.data });
    const reference = referenceOf(text);
    const actual: unknown[] = [];
    const expected: unknown[] = [];
    for (const path of pathsOf(parsed.data)) {
      for (const atKey of path.length > 0 && typeof path.at(-1) === 'string' ? [false, true] : [false]) {
        const found = locate(path, atKey);
        actual.push({ path, atKey, start: found && { line: found.line, column: found.column } });
        expected.push({ path, atKey, start: referenceStart(reference, path, atKey) });
      }
    }
    // One comparison per file: a difference is shown with the paths around it.
    expect(actual.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });

  it('points past the end of a path at the deepest node that exists', () => {
    const text = 'a:\n  b: 1\n';
    const parsed = parseYaml(text, 'f.yaml');
    if (!parsed.ok) throw new Error('expected a document');
    const locate = createLocator({ text, spans: parsed.spans, data: parsed.data });
    expect(locate(['a', 'c'])).toMatchObject({ line: 2, column: 3 });
    expect(locate(['a', 'b', 'c'])).toMatchObject({ line: 2, column: 6 });
  });

  it('ends a value where its text ends, not after trailing comments or blank lines', () => {
    const text = 'a:\n  - x   # note\n  - y\n\n# closing comment\nb: 1\n';
    const parsed = parseYaml(text, 'f.yaml');
    if (!parsed.ok) throw new Error('expected a document');
    const locate = createLocator({ text, spans: parsed.spans, data: parsed.data });
    expect(locate(['a', 0])).toEqual({ line: 2, column: 5, endLine: 2, endColumn: 6 });
    expect(locate(['a'])).toEqual({ line: 2, column: 3, endLine: 3, endColumn: 6 });
  });

  it('finds keys written with quotes, and integer-like keys', () => {
    const text = '"b c": 1\n\'it\'\'s\': 2\n10: ten\n2: two\n';
    const parsed = parseYaml(text, 'f.yaml');
    if (!parsed.ok) throw new Error('expected a document');
    const locate = createLocator({ text, spans: parsed.spans, data: parsed.data });
    expect(locate(['b c'], true)).toMatchObject({ line: 1, column: 1 });
    expect(locate(["it's"])).toMatchObject({ line: 2, column: 10 });
    expect(locate(['2'])).toMatchObject({ line: 4, column: 4 });
    expect(locate(['10'], true)).toMatchObject({ line: 3, column: 1 });
  });
});
