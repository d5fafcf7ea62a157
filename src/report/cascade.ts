// The cascade a report shows: `okr tree`'s tree (src/view/tree.ts) for the whole cycle; for
// one subtree (--unit), the same tree cut to the units in scope, its roots being the
// objectives of those units that align to nothing inside the scope. The JSON has it by
// reference instead (reportCascadeLinks), since a tree repeats what has several parents. Pure.

import type { Cascade, ObjectiveNode, UnitNode } from '../graph/cascade.js';
import type { ScoredCycle } from '../score/types.js';
import { buildTree, type TreeNode } from '../view/tree.js';
import type { CascadeLinks, CascadeNode } from './model.js';

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

/**
 * The same cascade by reference, for the report's JSON: the roots, and for each objective and
 * key result that has something under it, the refs of what is (an objective's key results, then
 * the objectives aligned to it; a key result's aligned objectives). Each is named once, however
 * many parents it has, where the tree repeats it under each; its data is in the report's units.
 */
export function reportCascadeLinks(cascade: Cascade, scope: readonly UnitNode[] | null): CascadeLinks {
  const units = scope ?? cascade.unitList;
  const inScope = new Set(units.map((unit) => unit.id));
  const shown = (objective: ObjectiveNode) => scope === null || inScope.has(objective.unit.id);
  const roots: CascadeLinks['roots'] = [];
  const children: Record<string, string[]> = Object.create(null);
  for (const unit of units) {
    for (const objective of unit.objectives) {
      const targets = objective.alignsTo.flatMap((link) => (link.target ? [link.target] : []));
      const unitOf = (target: (typeof targets)[number]) => (target.kind === 'objective' ? target.unit.id : target.objective.unit.id);
      const top = scope === null ? unit.level === 'company' || targets.length === 0 : !targets.some((target) => inScope.has(unitOf(target)));
      if (top) roots.push(targets.length === 0 && unit.level !== 'company' ? { ref: objective.ref, root: objective.doc.standalone ? 'standalone' : 'unaligned' } : { ref: objective.ref });
      const under = [...objective.keyResults.map((kr) => kr.ref), ...objective.children.filter(shown).map((child) => child.ref)];
      if (under.length > 0) children[objective.ref] = under;
      for (const kr of objective.keyResults) {
        const aligned = kr.children.filter(shown).map((child) => child.ref);
        if (aligned.length > 0) children[kr.ref] = aligned;
      }
    }
  }
  return { roots, children };
}
