// The cascade diagram: collapsed below a depth, at most MAX_CHILDREN under a node and
// MAX_NODES in all (the rest as "+N more"), labels escaped, unit sections linked.

import { describe, expect, it } from 'vitest';
import { mermaidLabel as label } from '../../../src/escape/mermaid.js';
import { cascadeMermaid, MAX_CHILDREN, MAX_NODES } from '../../../src/format/report/markdown/mermaid.js';
import type { CascadeNode, Report, UnitReport } from '../../../src/report/model.js';

function objectiveNode(ref: string, children: CascadeNode[] = [], extra: Partial<CascadeNode> = {}): CascadeNode {
  return { kind: 'objective', ref, title: `Title of ${ref}`, unit: ref.split('/')[0], score: 0.5, grade: 'yellow', status: 'on_track', children, ...extra };
}

function keyResultNode(ref: string, children: CascadeNode[]): CascadeNode {
  return { kind: 'keyResult', ref, title: ref, unit: ref.split('/')[0], score: 0.5, grade: 'yellow', status: 'on_track', children };
}

/** Only what the diagram reads: units (id, name, score, grade) and the cascade. */
function reportWith(cascade: CascadeNode[], unitIds: string[]): Report {
  const units = unitIds.map((id) => ({ id, name: `Unit ${id}`, score: 0.5, grade: 'yellow' }) as UnitReport);
  return { units, cascade } as Report;
}

const anchorsOf = (ids: string[]) => new Map(ids.map((id) => [id, `unit-${id}`]));

/** company/O1 → KR1 → dept/O1 → team/O1 → KR1 → person/O1: four levels of objectives. */
function chain(): { report: Report; ids: string[] } {
  const person = objectiveNode('person/O1');
  const team = objectiveNode('team/O1', [keyResultNode('team/O1/KR1', [person])]);
  const dept = objectiveNode('dept/O1', [team]);
  const company = objectiveNode('company/O1', [keyResultNode('company/O1/KR1', [dept])]);
  const ids = ['company', 'dept', 'team', 'person'];
  return { report: reportWith([company], ids), ids };
}

const nodeCount = (text: string) => (text.match(/^ {2}.*?\bn\d+(\["|\(\[)/gm) ?? []).length;
const moreCounts = (text: string) => [...text.matchAll(/\["\+(\d+) (?:more|objectives of \d+ more units)"\]/g)].map((m) => Number(m[1]));

describe('the cascade diagram', () => {
  it('draws units, objectives and the key results they align through, coloured by grade', () => {
    const { report, ids } = chain();
    const { text, collapsed } = cascadeMermaid(report, { depth: 4, anchors: anchorsOf(ids) });
    expect(collapsed).toBe(false);
    expect(text.split('\n')[0]).toBe('flowchart LR');
    for (const grade of ['green', 'yellow', 'red', 'none']) expect(text).toContain(`classDef ${grade} `);
    expect(text).toContain('n0(["Unit company<br/>0.50"]):::yellow');
    expect(text).toContain('n0 --> n1["O1<br/>Title of company/O1<br/>0.50"]:::yellow');
    expect(text).toContain('n1 -->|"KR1"| n2["Unit dept · O1<br/>Title of dept/O1<br/>0.50"]:::yellow');
    expect(text).toContain('n3 -->|"KR1"| n4["Unit person · O1');
  });

  it('folds what is deeper than --depth into one "+N more" node', () => {
    const { report, ids } = chain();
    const { text, collapsed } = cascadeMermaid(report, { depth: 2, anchors: anchorsOf(ids) });
    expect(collapsed).toBe(true);
    expect(text).not.toContain('Unit team · O1');
    expect(text).toContain('n2 -.-> n3["+2 more"]:::more');
    expect(cascadeMermaid(report, { depth: 0, anchors: anchorsOf(ids) }).text).toContain('n0 -.-> n1["+4 more"]:::more');
  });

  it(`shows at most ${MAX_CHILDREN} children of a node, the rest as one`, () => {
    const children = Array.from({ length: 14 }, (_, i) => objectiveNode(`team${i}/O1`));
    const report = reportWith([objectiveNode('company/O1', children)], ['company']);
    const { text } = cascadeMermaid(report, { depth: 3, anchors: anchorsOf(['company']) });
    expect(nodeCount(text)).toBe(1 + 1 + (MAX_CHILDREN - 1) + 1);
    expect(moreCounts(text)).toEqual([14 - (MAX_CHILDREN - 1)]);
  });

  it(`keeps to ${MAX_NODES} nodes in a large organisation, and every objective left out is counted`, () => {
    const roots = Array.from({ length: 30 }, (_, i) => objectiveNode(`company/O${i}`, Array.from({ length: 8 }, (_, j) =>
      objectiveNode(`dept${i}x${j}/O1`, [objectiveNode(`team${i}x${j}/O1`)]))));
    const units = ['company', ...roots.flatMap((_, i) => Array.from({ length: 8 }, (_, j) => [`dept${i}x${j}`, `team${i}x${j}`]).flat())];
    const { text, collapsed } = cascadeMermaid(reportWith(roots, units), { depth: 3, anchors: anchorsOf(units) });
    expect(collapsed).toBe(true);
    const more = moreCounts(text);
    const drawnObjectives = nodeCount(text) - more.length - 1;
    expect(nodeCount(text)).toBeLessThanOrEqual(MAX_NODES + more.length);
    // 30 roots, 240 departments, 240 teams: drawn or counted in a "+N more", never lost.
    expect(drawnObjectives + more.reduce((a, b) => a + b, 0)).toBe(30 + 240 + 240);
  });

  it('links each unit node and each objective node to its unit\'s section', () => {
    const { report, ids } = chain();
    const { text } = cascadeMermaid(report, { depth: 4, anchors: anchorsOf(ids) });
    expect(text).toContain('  click n0 "#unit-company"');
    expect(text).toContain('  click n2 "#unit-dept"');
    expect(text).toContain('  click n4 "#unit-person"');
  });

  it('marks unaligned and stand-alone roots on a dotted edge from their unit', () => {
    const report = reportWith([objectiveNode('team/O1', [], { root: 'unaligned' }), objectiveNode('team/O2', [], { root: 'standalone' })], ['team']);
    const { text } = cascadeMermaid(report, { depth: 3, anchors: anchorsOf(['team']) });
    expect(text).toContain('n0 -.->|"unaligned"| n1[');
    expect(text).toContain('n0 -.->|"standalone"| n2[');
  });

  it('escapes what mermaid would read as syntax or HTML in titles and names', () => {
    expect(label('Say "hi" to <b>#1</b> & `co`\nnext')).toBe('Say #quot;hi#quot; to #lt;b#gt;#35;1#lt;/b#gt; #38; #96;co#96; next');
    const report = reportWith([objectiveNode('company/O1', [], { title: 'Win "big" <now>\nfast' })], ['company']);
    const { text } = cascadeMermaid(report, { depth: 3, anchors: anchorsOf(['company']) });
    expect(text).toContain('Win #quot;big#quot; #lt;now#gt; fast');
    expect(text.split('\n').every((line) => !line.includes('"big"'))).toBe(true);
  });

  it('shortens long titles', () => {
    const report = reportWith([objectiveNode('company/O1', [], { title: 'word '.repeat(30) })], ['company']);
    const line = cascadeMermaid(report, { depth: 3, anchors: anchorsOf(['company']) }).text.split('\n').find((l) => l.includes('n1['))!;
    expect(line).toContain('["O1<br/>word word word word word word word word word…<br/>0.50"]');
  });
});
