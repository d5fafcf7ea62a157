// The cascade a report shows: `okr tree`'s tree (src/view/tree.ts) for the whole cycle; for
// one subtree (--unit), the same tree cut to the units in scope, its roots being the
// objectives of those units that align to nothing inside the scope. Pure.

import type { Cascade, UnitNode } from '../graph/cascade.js';
import type { ScoredCycle } from '../score/types.js';
import { buildTree, type TreeNode } from '../view/tree.js';
import type { CascadeNode } from './model.js';

export function reportCascade(cascade: Cascade, scored: ScoredCycle, scope: readonly UnitNode[] | null): CascadeNode[] {
  if (scope === null) return buildTree(cascade, scored, { kind: 'all' });
  const inScope = new Set(scope.map((unit) => unit.id));
  const roots: CascadeNode[] = [];
  for (const unit of scope) {
    for (const objective of unit.objectives) {
      const targets = objective.alignsTo.flatMap((link) => (link.target ? [link.target] : []));
      const unitOf = (target: (typeof targets)[number]) => (target.kind === 'objective' ? target.unit.id : target.objective.unit.id);
      if (targets.some((target) => inScope.has(unitOf(target)))) continue;
      const [node] = buildTree(cascade, scored, { kind: 'objective', objective });
      const pruned = prune(node, inScope);
      // Aligned to nothing at all, as in the whole tree; aligned outside the scope is simply its top.
      if (targets.length === 0 && unit.level !== 'company') pruned.root = objective.doc.standalone ? 'standalone' : 'unaligned';
      roots.push(pruned);
    }
  }
  return roots;
}

/** The node with the objectives of units outside the scope cut away (key results stay with their objective). */
function prune(node: TreeNode, inScope: ReadonlySet<string>): TreeNode {
  const children = node.children.filter((child) => inScope.has(child.unit)).map((child) => prune(child, inScope));
  return { ...node, children };
}
