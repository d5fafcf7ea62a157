// okr tree --depth N: N levels of objectives, what is below counted on the node it hung from.

import { describe, expect, it } from 'vitest';
import { limitDepth, type TreeNode } from '../../src/view/tree.js';

const kr = (ref: string, children: TreeNode[] = []): TreeNode => ({ kind: 'keyResult', ref, title: ref, unit: 'u', score: 0.5, grade: 'yellow', status: 'on_track', children });
const objective = (ref: string, children: TreeNode[] = []): TreeNode => ({ kind: 'objective', ref, title: ref, unit: 'u', score: 0.5, grade: 'yellow', status: 'on_track', children });

// c/O1 ─ KR1 ─ d/O1 ─ KR1 ─ e/O1
//      └ f/O1 (aligned to the objective itself)
const tree = [objective('c/O1', [
  kr('c/O1/KR1', [objective('d/O1', [kr('d/O1/KR1', [objective('e/O1', [kr('e/O1/KR1')])])])]),
  objective('f/O1', [kr('f/O1/KR1')]),
])];
const shape = (nodes: TreeNode[]): unknown[] => nodes.map((n) => [n.ref, ...(n.folded ? [`+${n.folded}`] : []), ...(n.children.length ? [shape(n.children)] : [])]);

describe('limitDepth', () => {
  it('keeps the top objectives and their key results at depth 1, counting what aligns below', () => {
    expect(shape(limitDepth(tree, 1))).toEqual([['c/O1', '+1', [['c/O1/KR1', '+2']]]]);
  });

  it('goes one level of objectives further with each step', () => {
    expect(shape(limitDepth(tree, 2))).toEqual([['c/O1', [['c/O1/KR1', [['d/O1', [['d/O1/KR1', '+1']]]]], ['f/O1', [['f/O1/KR1']]]]]]);
    expect(limitDepth(tree, 3)).toEqual(tree);
  });

  it('starts a key result\'s tree at the objectives aligned to it', () => {
    expect(shape(limitDepth([kr('c/O1/KR1', [objective('d/O1', [kr('d/O1/KR1', [objective('e/O1')])])])], 1)))
      .toEqual([['c/O1/KR1', [['d/O1', [['d/O1/KR1', '+1']]]]]]);
  });
});
