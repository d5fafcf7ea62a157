// The cascade as a tree: company objectives at the top; under an objective its key results
// and the objectives aligned directly to it; under a key result the objectives aligned to
// it (the usual cascade). Objectives that align to nothing in the cycle become roots of
// their own, marked, so that nothing is hidden. An objective aligned to several parents
// appears under each; a cycle in the links is cut where it closes.

import type { Cascade, KeyResultNode, ObjectiveNode } from '../graph/cascade.js';
import type { Grade, ScoredCycle, Status } from '../score/types.js';
import type { Selection } from './select.js';

export interface TreeNode {
  kind: 'objective' | 'keyResult';
  ref: string;
  title: string;
  unit: string;
  score: number | null;
  grade: Grade | null;
  status: Status;
  /** A key result with no check-in for longer than the program asks (its status may say more). */
  stale?: boolean;
  /** A key result scored by hand: the score the numbers give, shown beside it (SPEC 4.1). */
  computed?: number | null;
  /** Why a root has no parent: `standalone` (deliberate) or `unaligned`. */
  root?: 'standalone' | 'unaligned';
  /** Set where a link closes a cycle: the node is shown, its children are not. */
  cycle?: boolean;
  /** Objectives below this node left out by a depth limit (okr tree --depth): counted, not shown. */
  folded?: number;
  children: TreeNode[];
}

/** What `okr tree` shows: the tree and the cycle's overall score. */
export interface TreeView {
  cycle: string;
  asOf: string;
  overall: number | null;
  grade: Grade | null;
  tree: TreeNode[];
}

export function buildTree(cascade: Cascade, scored: ScoredCycle, selection: Selection): TreeNode[] {
  const objectiveNode = (objective: ObjectiveNode, path: Set<string>): TreeNode => {
    const score = scored.objectives.get(objective.ref);
    const node: TreeNode = {
      kind: 'objective', ref: objective.ref, title: objective.doc.title, unit: objective.unit.id,
      score: score?.score ?? null, grade: score?.grade ?? null, status: score?.status ?? 'none', children: [],
    };
    if (path.has(objective.ref)) return { ...node, cycle: true };
    const inner = new Set(path).add(objective.ref);
    node.children = [
      ...objective.keyResults.map((kr) => keyResultNode(kr, inner)),
      ...objective.children.map((child) => objectiveNode(child, inner)),
    ];
    return node;
  };
  const keyResultNode = (kr: KeyResultNode, path: Set<string>): TreeNode => {
    const score = scored.keyResults.get(kr.ref);
    return {
      kind: 'keyResult', ref: kr.ref, title: kr.doc.title, unit: kr.objective.unit.id,
      score: score?.score ?? null, grade: score?.grade ?? null, status: score?.status ?? 'none',
      ...(score?.stale ? { stale: true } : {}),
      ...(score && score.manual !== null ? { computed: score.computed } : {}),
      children: kr.children.map((child) => objectiveNode(child, path)),
    };
  };

  switch (selection.kind) {
    case 'objective':
      return [objectiveNode(selection.objective, new Set())];
    case 'keyResult':
      return [keyResultNode(selection.keyResult, new Set([selection.keyResult.objective.ref]))];
    case 'unit':
      return selection.unit.objectives.map((o) => objectiveNode(o, new Set()));
    case 'all': {
      const roots: TreeNode[] = [];
      for (const unit of cascade.unitList) {
        for (const objective of unit.objectives) {
          const aligned = objective.alignsTo.some((link) => link.target !== undefined);
          if (unit.level === 'company') roots.push(objectiveNode(objective, new Set()));
          else if (!aligned) roots.push({ ...objectiveNode(objective, new Set()), root: objective.doc.standalone ? 'standalone' : 'unaligned' });
        }
      }
      return roots;
    }
  }
}

/**
 * The tree cut to `depth` levels of objectives (the top ones are level 1; key results belong to
 * their objective's level, and a key result at the top has its objectives at level 1). What is
 * cut is counted on the node it hung from (`folded`: the objectives below, every one drawn).
 */
export function limitDepth(nodes: readonly TreeNode[], depth: number): TreeNode[] {
  // `level`: the level of the node's objective (its own, or a key result's): objectives below are one deeper.
  const cut = (node: TreeNode, level: number): TreeNode => {
    const below = level + 1;
    if (below <= depth) return { ...node, children: node.children.map((child) => cut(child, child.kind === 'objective' ? below : level)) };
    const keyResults = node.children.filter((child) => child.kind === 'keyResult').map((child) => cut(child, level));
    const folded = node.children.filter((child) => child.kind === 'objective').reduce((sum, child) => sum + objectivesIn(child), 0);
    return { ...node, children: keyResults, ...(folded > 0 ? { folded: (node.folded ?? 0) + folded } : {}) };
  };
  return nodes.map((node) => cut(node, node.kind === 'objective' ? 1 : 0));
}

/** The objectives a subtree draws, its root included when it is one. */
function objectivesIn(node: TreeNode): number {
  return (node.kind === 'objective' ? 1 : 0) + node.children.reduce((sum, child) => sum + objectivesIn(child), 0);
}
