// Goals roll up along `alignsTo` and people report along `parent`; a loop in either makes
// roll-up scores undefined and the cascade tree impossible to draw. Each loop is reported
// once, on the member whose link closes it, so fixing every report leaves both graphs acyclic.

import type { Cascade, ObjectiveNode, UnitNode } from '../graph/cascade.js';
import { NO_OPTIONS, type Rule, type RuleContext } from './rule.js';
import { alignPath, fileOf } from './walk.js';

export const noCycles: Rule = {
  id: 'no-cycles',
  defaultSeverity: 'error',
  description: 'The alignment graph and the org chart are acyclic.',
  optionsSchema: NO_OPTIONS,
  check(context) {
    checkAlignment(context);
    checkOrgChart(context);
  },
};

interface Edge {
  to: ObjectiveNode;
  /** Index of the `alignsTo` entry that makes this edge. */
  index: number;
}

/** Objective → objective edges; a key result stands for the objective it belongs to. */
function edgesOf(objective: ObjectiveNode): Edge[] {
  const edges: Edge[] = [];
  for (const link of objective.alignsTo) {
    if (link.target === undefined) continue;
    edges.push({ to: link.target.kind === 'keyResult' ? link.target.objective : link.target, index: link.index });
  }
  return edges;
}

/**
 * Depth-first search in file order; every edge back to an objective still on the stack
 * closes a cycle. Iterative, so a deep cascade cannot overflow the call stack.
 */
function checkAlignment(context: RuleContext): void {
  const { cascade } = context;
  const done = new Set<ObjectiveNode>();
  const seen = new Set<string>();
  for (const root of cascade.objectives.values()) {
    if (done.has(root)) continue;
    const stack: { node: ObjectiveNode; edges: Edge[]; next: number }[] = [];
    const onStack = new Map<ObjectiveNode, number>();
    const push = (node: ObjectiveNode): void => {
      onStack.set(node, stack.length);
      stack.push({ node, edges: edgesOf(node), next: 0 });
    };
    push(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const edge = frame.edges[frame.next++];
      if (edge === undefined) {
        stack.pop();
        onStack.delete(frame.node);
        done.add(frame.node);
        continue;
      }
      const at = onStack.get(edge.to);
      if (at !== undefined) {
        const members = stack.slice(at).map((f) => f.node);
        const key = canonical(members.map((m) => m.ref));
        if (seen.has(key)) continue;
        seen.add(key);
        // Start the shown path at the objective whose link closes the loop.
        const shown = [frame.node, ...members.slice(0, -1), frame.node].map((m) => m.ref);
        context.report({
          file: fileOf(frame.node.unit), path: alignPath(frame.node, edge.index),
          message: `Alignment cycle: ${shown.join(' → ')}.`,
        });
      } else if (!done.has(edge.to)) {
        push(edge.to);
      }
    }
  }
}

/** The same loop read from any member gives the same key. */
function canonical(refs: string[]): string {
  let start = 0;
  refs.forEach((ref, i) => { if (ref < refs[start]) start = i; });
  return [...refs.slice(start), ...refs.slice(0, start)].join('\n');
}

/** Each unit has at most one parent, so following parents from each unit finds every loop. */
function checkOrgChart(context: RuleContext): void {
  const { cascade } = context;
  const order = new Map<UnitNode, number>();
  cascade.unitList.forEach((unit, i) => { if (!order.has(unit)) order.set(unit, i); });
  const done = new Set<UnitNode>();
  for (const start of cascade.units.values()) {
    const trail: UnitNode[] = [];
    const onTrail = new Map<UnitNode, number>();
    let unit: UnitNode | undefined = start;
    while (unit !== undefined && !done.has(unit) && !onTrail.has(unit)) {
      onTrail.set(unit, trail.length);
      trail.push(unit);
      unit = parentOf(cascade, unit);
    }
    if (unit !== undefined && onTrail.has(unit)) {
      const members = trail.slice(onTrail.get(unit));
      // Report on the member that comes first in file order, its path starting there.
      const first = members.reduce((a, b) => ((order.get(b) ?? 0) < (order.get(a) ?? 0) ? b : a));
      const at = members.indexOf(first);
      const shown = [...members.slice(at), ...members.slice(0, at), first].map((m) => m.id);
      context.report({ file: fileOf(first), path: ['parent'], message: `Org chart cycle: ${shown.join(' → ')}.` });
    }
    for (const visited of trail) done.add(visited);
  }
}

function parentOf(cascade: Cascade, unit: UnitNode): UnitNode | undefined {
  return unit.doc.parent === undefined ? undefined : cascade.units.get(unit.doc.parent);
}
