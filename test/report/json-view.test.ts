// okr report --format json names each key result once (src/report/json-view.ts): its data in
// its unit, and the cascade and the attention lists by ref. Nothing is lost: the tree the
// markdown and HTML draw is rebuilt from the refs alone, and every ref resolves.

import { describe, expect, it } from 'vitest';
import type { CascadeNode } from '../../src/report/model.js';
import { reportJsonView, type ReportJson } from '../../src/report/json-view.js';
import { formatReportJson } from '../../src/format/report/json.js';
import { outputText } from '../../src/format/formatter.js';
import { report } from '../format/fixtures.js';
import { PIPE } from '../format/expect-output.js';
import { runOkr } from '../helpers/run-okr.js';
import { tempRepo } from '../helpers/cli.js';

/** Every object in the document that carries a key result's data (a ref of three parts and a title). */
function keyResultRecords(value: unknown, out: { ref: string }[] = []): { ref: string }[] {
  if (Array.isArray(value)) for (const item of value) keyResultRecords(item, out);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.ref === 'string' && record.ref.split('/').length === 3 && 'title' in record) out.push(record as { ref: string });
    for (const child of Object.values(record)) keyResultRecords(child, out);
  }
  return out;
}

/** The tree as the markdown draws it, from the refs: a ref met again on its own path is cut there. */
function treeFromRefs(doc: ReportJson): unknown[] {
  const grow = (ref: string, path: Set<string>): unknown => {
    if (path.has(ref)) return { ref, cycle: true };
    const inner = ref.split('/').length === 2 ? new Set(path).add(ref) : path;
    return { ref, children: (doc.cascade.children[ref] ?? []).map((child) => grow(child, inner)) };
  };
  return doc.cascade.roots.map(({ ref }) => grow(ref, new Set()));
}

function refsOfTree(nodes: CascadeNode[]): unknown[] {
  return nodes.map((node) => (node.cycle ? { ref: node.ref, cycle: true } : { ref: node.ref, children: refsOfTree(node.children) }));
}

describe('the JSON of a report', () => {
  it('names every key result of the example exactly once, one line each, and every ref in it resolves', async () => {
    const dir = tempRepo({}, new URL('../../examples/acme', import.meta.url).pathname);
    const result = await runOkr(['report', '-C', dir, '--format', 'json', '--as-of', '2026-11-20']);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout) as ReportJson;
    const defined = doc.units.flatMap((unit) => unit.objectives.flatMap((objective) => objective.keyResults.map((kr) => kr.ref)));
    expect(defined.length).toBeGreaterThan(20);
    const records = keyResultRecords(doc).map((record) => record.ref);
    expect(records.sort()).toEqual([...new Set(defined)].sort());
    for (const ref of defined) expect(result.stdout.split('\n').filter((line) => line.includes(`{"ref":${JSON.stringify(ref)},"title":`))).toHaveLength(1);
    expect(result.stdout.split('\n').filter((line) => (line.match(/\{"ref":"[^"]*","title":/g) ?? []).length > 1)).toEqual([]);
    const objectives = new Set(doc.units.flatMap((unit) => unit.objectives.map((objective) => objective.ref)));
    const known = (ref: string) => objectives.has(ref) || defined.includes(ref);
    const named = [...doc.cascade.roots.map((root) => root.ref), ...Object.entries(doc.cascade.children).flat(2)];
    expect(named.filter((ref) => !known(ref))).toEqual([]);
    const listed = Object.values(doc.attention).flat().flatMap((item) => ('ref' in item ? [item.ref] : []));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((ref) => !defined.includes(ref))).toEqual([]);
  });

  it('round-trips: the text parses back to the data, and the cascade tree comes back from the refs', async () => {
    const data = await report();
    const view = JSON.parse(JSON.stringify(reportJsonView(data))) as ReportJson;
    expect(JSON.parse(outputText(formatReportJson(data, PIPE)))).toEqual(view);
    expect(treeFromRefs(view)).toEqual(refsOfTree(data.cascade));
    // The tree copies each node's title and scores (and repeats what has two parents); the refs do not.
    expect(JSON.stringify(data.cascade).length).toBeGreaterThan(JSON.stringify(view.cascade).length);
  });
});
