// The cascade as a tree that folds without script: every node with children is a
// <details>/<summary>, so a click on a line folds it in any browser, with JavaScript off too.
// Each line links to its objective's row in the unit tables, where the details are.

import type { CascadeNode } from '../../../report/model.js';
import { anchorId, escapeHtml } from '../../../escape/html.js';
import { gradeBadge, statusPill } from './labels.js';
import { handScoreWords, statusWords } from '../../../view/key-result-words.js';
import { objectiveOf } from './units.js';

export interface TreeOptions {
  /** Nodes shallower than this start open; deeper ones start folded. */
  openDepth: number;
  /**
   * Leave out key results that nothing is aligned to (the leaves), saying how many there are
   * on their objective's line: they are in the unit tables anyway, and in a large organisation
   * they are most of the tree's bytes.
   */
  pruneLeafKeyResults: boolean;
  /**
   * Nodes at this depth (roots are 0) are drawn without their children, with a count of the
   * objectives below them: the unit sections have the rest. Infinity for the whole tree.
   */
  maxDepth: number;
}

export function countNodes(nodes: CascadeNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}

/** The children a node shows: all, or without the leaf key results when pruning. */
function shownChildren(node: CascadeNode, prune: boolean): CascadeNode[] {
  return prune ? node.children.filter((child) => child.kind === 'objective' || child.children.length > 0) : node.children;
}

/**
 * The deepest depth at which the tree, cut there, has at most `limit` nodes (at least the
 * roots): how a large organisation's cascade stays a readable, bounded size.
 */
export function depthForLimit(roots: CascadeNode[], limit: number, prune: boolean): number {
  const perDepth: number[] = [];
  const walk = (node: CascadeNode, depth: number) => {
    perDepth[depth] = (perDepth[depth] ?? 0) + 1;
    for (const child of shownChildren(node, prune)) walk(child, depth + 1);
  };
  for (const root of roots) walk(root, 0);
  let total = 0;
  for (let depth = 0; depth < perDepth.length; depth++) {
    total += perDepth[depth];
    if (total > limit) return Math.max(0, depth - 1);
  }
  return Number.POSITIVE_INFINITY;
}

function countObjectives(nodes: CascadeNode[]): number {
  return nodes.reduce((sum, node) => sum + (node.kind === 'objective' ? 1 : 0) + countObjectives(node.children), 0);
}

export function renderTree(roots: CascadeNode[], options: TreeOptions): string {
  if (roots.length === 0) return '<p class="empty">No objectives in the cascade yet.</p>';
  return `<ul class="tree">${roots.map((node) => renderNode(node, 0, options)).join('')}</ul>`;
}

function renderNode(node: CascadeNode, depth: number, options: TreeOptions): string {
  const shown = shownChildren(node, options.pruneLeafKeyResults);
  const hidden = node.children.length - shown.length;
  if (shown.length > 0 && depth >= options.maxDepth) return `<li class="leaf">${nodeLine(node, hidden, countObjectives(shown))}</li>`;
  const line = nodeLine(node, hidden, 0);
  if (shown.length === 0) return `<li class="leaf">${line}</li>`;
  const open = depth < options.openDepth ? ' open' : '';
  return `<li><details${open}><summary>${line}</summary><ul>${shown.map((child) => renderNode(child, depth + 1, options)).join('')}</ul></details></li>`;
}

function nodeLine(node: CascadeNode, hiddenKeyResults: number, cutObjectives: number): string {
  const kind = node.kind === 'objective' ? 'o' : 'k';
  const tags: string[] = [];
  const hand = node.computed === undefined ? null : handScoreWords({ manual: node.score, computed: node.computed });
  if (hand) tags.push(`<span class="tag">${escapeHtml(hand)}</span>`);
  if (node.root === 'standalone') tags.push('<span class="tag">stand-alone</span>');
  if (node.root === 'unaligned') tags.push('<span class="tag tag-warn">not aligned</span>');
  if (node.cycle) tags.push('<span class="tag tag-warn">↻ alignment cycle: shown above</span>');
  if (cutObjectives > 0) tags.push(`<span class="more">+${cutObjectives} aligned objective${cutObjectives === 1 ? '' : 's'} below, in the unit sections</span>`);
  if (hiddenKeyResults > 0) tags.push(`<span class="more">+${hiddenKeyResults} key result${hiddenKeyResults === 1 ? '' : 's'}</span>`);
  const href = `#${anchorId('o', objectiveOf(node.ref))}`;
  return `<span class="nd nd-${kind}"><a href="${escapeHtml(href)}">${escapeHtml(node.ref)}</a> <span class="t">${escapeHtml(node.title)}</span> ${gradeBadge(node.grade, node.score, true)} ${statusWords({ status: node.status, stale: node.stale ?? false }).map(statusPill).join(' ')}${tags.length ? ` ${tags.join(' ')}` : ''}</span>`;
}
