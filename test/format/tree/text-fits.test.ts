// okr tree at the terminal's width: no line wider, titles cut first; statuses coloured by
// meaning on a TTY only; --depth's folded objectives counted on the line they hang from.

import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatTreeText } from '../../../src/format/tree/text.js';
import { PLAIN } from '../../../src/terminal/medium.js';
import { displayWidth } from '../../../src/text/display-width.js';
import { limitDepth, type TreeNode } from '../../../src/view/tree.js';
import { treeView } from '../fixtures.js';

const strip = (text: string) => text.replace(new RegExp(String.raw`\u001b\[\d+m`, 'g'), '');
const widths = (text: string) => strip(text).trimEnd().split('\n').map(displayWidth);

describe('okr tree, text at the terminal\'s width', () => {
  it('keeps every line within 80 columns (or the width given), cutting titles with …', async () => {
    const view = await treeView();
    for (const columns of [80, 100]) expect(Math.max(...widths(formatTreeText(view, { paint: PLAIN, tty: false, columns })))).toBeLessThanOrEqual(columns);
    const text = formatTreeText(view, { paint: PLAIN, tty: false, columns: 80 });
    expect(text).toMatch(/^◆ company\/O1 {2}Make Acme the platform customers trust.*… {2}0\.\d\d \w+ {2}on track$/m);
  });

  it('on a tree too deep for the width, drops the title and cuts the ref, still one line each', () => {
    let node: TreeNode = { kind: 'keyResult', ref: 'deep/O1/KR1', title: 'The bottom', unit: 'deep', score: 0.5, grade: 'yellow', status: 'on_track', children: [] };
    for (let i = 0; i < 40; i++) node = { kind: 'objective', ref: `unit-${i}/O1`, title: 'An objective', unit: `unit-${i}`, score: 0.5, grade: 'yellow', status: 'at_risk', children: [node, { ...node, ref: 'x', children: [] }] };
    const text = formatTreeText({ cycle: '2026-Q4', asOf: '2026-11-20', overall: 0.5, grade: 'yellow', tree: [node] }, { paint: PLAIN, tty: false, columns: 80 });
    expect(Math.max(...widths(text))).toBeLessThanOrEqual(80);
    expect(text.split('\n').length).toBe(82);
  });

  it('says stale beside the pace, and counts what --depth folds', async () => {
    const view = await treeView();
    const tree = limitDepth(view.tree, 1);
    const text = formatTreeText({ ...view, tree }, { paint: PLAIN, tty: false, columns: 200 });
    expect(text).toMatch(/^├─ • company\/O1\/KR2 .* \(\+\d+ below\)$/m);
    const stale: TreeNode = { kind: 'keyResult', ref: 'a/O1/KR1', title: 'Quiet', unit: 'a', score: 0.2, grade: 'red', status: 'at_risk', stale: true, children: [] };
    expect(formatTreeText({ ...view, tree: [stale] }, { paint: PLAIN, tty: false, columns: 80 })).toBe('• a/O1/KR1  Quiet  0.20 red  at risk, stale\n');
  });

  it('colours statuses by meaning on a terminal: on track green, at risk yellow, off track red, done and dropped dim', () => {
    const color = new Chalk({ level: 1 });
    const node = (ref: string, status: TreeNode['status']): TreeNode => ({ kind: 'keyResult', ref, title: ref, unit: 'a', score: 0.5, grade: null, status, children: [] });
    const tree = [node('a/O1/KR1', 'on_track'), node('a/O1/KR2', 'at_risk'), node('a/O1/KR3', 'off_track'), node('a/O1/KR4', 'done'), node('a/O1/KR5', 'dropped')];
    const text = formatTreeText({ cycle: 'c', asOf: '2026-11-20', overall: null, grade: null, tree }, { paint: color, tty: true, columns: 80 });
    for (const painted of [color.green('on track'), color.yellow('at risk'), color.red('off track'), color.dim('done'), color.dim('dropped')]) expect(text).toContain(painted);
    expect(formatTreeText({ cycle: 'c', asOf: '2026-11-20', overall: null, grade: null, tree }, { paint: PLAIN, tty: false, columns: 80 })).not.toContain('\u001b');
  });

  it('shows a hand score with the computed one beside it, and a dropped key result with no grade', () => {
    const hand: TreeNode = { kind: 'keyResult', ref: 'a/O1/KR1', title: 'Judged', unit: 'a', score: 0.5, grade: 'yellow', status: 'on_track', computed: 0.25, children: [] };
    const dropped: TreeNode = { kind: 'keyResult', ref: 'a/O1/KR2', title: 'Gone', unit: 'a', score: 0, grade: null, status: 'dropped', children: [] };
    expect(formatTreeText({ cycle: 'c', asOf: '2026-11-20', overall: null, grade: null, tree: [hand, dropped] }, { paint: PLAIN, tty: false, columns: 100 }))
      .toBe('• a/O1/KR1  Judged  0.50 yellow  on track  (hand-scored, computed 0.25)\n• a/O1/KR2  Gone  0.00  dropped\n');
  });
});
