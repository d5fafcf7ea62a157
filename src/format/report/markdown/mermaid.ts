// The cascade as a mermaid flowchart, coloured by grade, for GitHub to draw. A unit node heads
// each group of top-level objectives; below an objective hang the objectives aligned to it
// or to one of its key results (the edge says which). Kept readable for large organisations:
// at most `depth` levels of objectives, at most MAX_CHILDREN under one node, at most
// MAX_NODES in all, filled level by level; whatever is left out is one "+N more" node under
// its parent. Each unit's node (and each objective's) links to the unit's section. Pure.

import type { CascadeNode, Report } from '../../../report/model.js';
import { mermaidLabel as label } from '../../../escape/mermaid.js';
import { formatScore } from '../../../text/numbers.js';

export const MAX_NODES = 120;
export const MAX_CHILDREN = 10;
const TITLE_LENGTH = 48;

export interface MermaidOptions {
  /** Levels of objectives to draw below the unit nodes. */
  depth: number;
  /** Unit id → the anchor of its section (without #). */
  anchors: ReadonlyMap<string, string>;
}

export interface Mermaid {
  text: string;
  /** Some objectives were folded into "+N more" nodes. */
  collapsed: boolean;
}

/** An objective's children in the diagram: objectives aligned to it, or through one of its key results. */
interface Child {
  node: CascadeNode;
  /** The key result the child aligns to, or null for the objective itself. */
  via: string | null;
}

export function cascadeMermaid(report: Report, options: MermaidOptions): Mermaid {
  const names = new Map(report.units.map((unit) => [unit.id, unit.name]));
  const unitGrades = new Map(report.units.map((unit) => [unit.id, unit.grade]));
  const lines = [
    'flowchart LR',
    '  classDef green fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
    '  classDef yellow fill:#fff8c5,stroke:#9a6700,color:#1f2328',
    '  classDef red fill:#ffebe9,stroke:#cf222e,color:#1f2328',
    '  classDef none fill:#f6f8fa,stroke:#8c959f,color:#1f2328',
    '  classDef more fill:#ffffff,stroke:#8c959f,stroke-dasharray:4 3,color:#57606a',
  ];
  const clicks: string[] = [];
  let count = 0;
  let collapsed = false;
  const nextId = () => `n${count++}`;

  const addMore = (parentId: string, subtrees: CascadeNode[]) => {
    const refs = new Set<string>();
    for (const subtree of subtrees) collectObjectives(subtree, refs);
    if (refs.size === 0) return;
    collapsed = true;
    const id = nextId();
    lines.push(`  ${parentId} -.-> ${id}["+${refs.size} more"]:::more`);
  };
  const click = (id: string, unit: string) => {
    const anchor = options.anchors.get(unit);
    if (anchor !== undefined) clicks.push(`  click ${id} "#${anchor}"`);
  };

  // Level 0: one node per unit that has top-level objectives, in the report's unit order.
  const rootsByUnit = new Map<string, CascadeNode[]>();
  for (const root of report.cascade) rootsByUnit.set(root.unit, [...(rootsByUnit.get(root.unit) ?? []), root]);
  const unitOrder = [...report.units.map((unit) => unit.id).filter((id) => rootsByUnit.has(id)), ...[...rootsByUnit.keys()].filter((id) => !names.has(id))];

  interface Pending { parentId: string; parentUnit: string; children: Child[]; edge: (child: CascadeNode) => string }
  let level: Pending[] = [];
  const leftOutUnits: CascadeNode[] = [];
  for (const unit of unitOrder) {
    const roots = rootsByUnit.get(unit)!;
    if (count >= MAX_NODES) {
      leftOutUnits.push(...roots);
      continue;
    }
    const id = nextId();
    const score = report.units.find((u) => u.id === unit)?.score ?? null;
    lines.push(`  ${id}(["${label(names.get(unit) ?? unit)}<br/>${formatScore(score)}"]):::${unitGrades.get(unit) ?? 'none'}`);
    click(id, unit);
    level.push({
      parentId: id, parentUnit: unit, children: roots.map((node) => ({ node, via: null })),
      edge: (child) => (child.root ? `-.->|"${label(child.root)}"|` : '-->'),
    });
  }
  if (leftOutUnits.length > 0) {
    collapsed = true;
    const refs = new Set<string>();
    for (const subtree of leftOutUnits) collectObjectives(subtree, refs);
    const units = new Set(leftOutUnits.map((root) => root.unit)).size;
    lines.push(`  ${nextId()}["+${refs.size} objectives of ${units} more units"]:::more`);
  }

  // Levels 1…depth, breadth first, so that the budget goes to the top of the cascade.
  for (let depth = 1; level.length > 0; depth++) {
    const next: Pending[] = [];
    for (const pending of level) {
      if (depth > options.depth) {
        addMore(pending.parentId, pending.children.map((child) => child.node));
        continue;
      }
      const room = Math.max(0, Math.min(MAX_CHILDREN, MAX_NODES - count));
      // Leave a place for the "+N more" node when not every child fits.
      const shown = pending.children.length <= room ? pending.children : pending.children.slice(0, Math.max(0, room - 1));
      for (const child of shown) {
        const id = nextId();
        const node = child.node;
        const unitName = node.unit === pending.parentUnit ? '' : `${names.get(node.unit) ?? node.unit} · `;
        const local = node.ref.slice(node.unit.length + 1);
        const title = `${unitName}${local}${node.cycle ? ' ↻' : ''}`;
        const edge = child.via === null ? pending.edge(node) : `-->|"${label(child.via)}"|`;
        lines.push(`  ${pending.parentId} ${edge} ${id}["${label(title)}<br/>${label(truncate(node.title, TITLE_LENGTH))}<br/>${formatScore(node.score)}"]:::${node.grade ?? 'none'}`);
        click(id, node.unit);
        const children = childrenOf(node);
        if (children.length > 0) next.push({ parentId: id, parentUnit: node.unit, children, edge: () => '-->' });
      }
      if (shown.length < pending.children.length) addMore(pending.parentId, pending.children.slice(shown.length).map((child) => child.node));
    }
    level = next;
  }
  return { text: [...lines, ...clicks].join('\n'), collapsed };
}

/** The objectives below an objective: aligned to it directly, or to one of its key results. */
function childrenOf(node: CascadeNode): Child[] {
  if (node.cycle) return [];
  const children: Child[] = [];
  for (const child of node.children) {
    if (child.kind === 'objective') children.push({ node: child, via: null });
    else for (const grandchild of child.children) children.push({ node: grandchild, via: child.ref.slice(child.ref.lastIndexOf('/') + 1) });
  }
  return children;
}

function collectObjectives(node: CascadeNode, refs: Set<string>): void {
  if (node.kind === 'objective') refs.add(node.ref);
  if (node.cycle) return;
  for (const child of node.children) collectObjectives(child, refs);
}

/** At most `length` characters, cut at a word where one is near. */
function truncate(text: string, length: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= length) return chars.join('');
  const cut = chars.slice(0, length - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length - 12 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
