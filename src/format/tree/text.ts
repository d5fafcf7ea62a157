// The cascade tree for a terminal, drawn with box characters like `tree(1)`. Refs and titles
// come from the files: each is one line with its control characters shown before it is painted.

import { terminalLine } from '../../escape/terminal.js';
import type { TreeNode, TreeView } from '../../view/tree.js';
import type { Formatter } from '../formatter.js';
import { formatScore, formatStatus } from '../../text/numbers.js';
import { paintGrade } from '../score/table.js';

export const formatTreeText: Formatter<TreeView> = ({ tree: roots }, { paint: color }) => {
  let out = '';
  const line = (node: TreeNode, prefix: string, connector: string, childPrefix: string) => {
    const marker = node.kind === 'objective' ? color.bold('◆') : '•';
    const score = paintGrade(color, node.grade, `${formatScore(node.score)}${node.grade ? ` ${node.grade}` : ''}`);
    const extra = [
      node.root ? color.dim(`(${node.root})`) : '',
      node.cycle ? color.red('(cycle: shown above)') : '',
    ].filter(Boolean).join(' ');
    const title = node.kind === 'objective' ? color.bold(terminalLine(node.title)) : terminalLine(node.title);
    out += `${prefix}${connector}${marker} ${color.cyan(terminalLine(node.ref))}  ${title}  ${score}  ${color.dim(formatStatus(node.status))}${extra ? `  ${extra}` : ''}\n`;
    node.children.forEach((child, i) => {
      const last = i === node.children.length - 1;
      line(child, prefix + childPrefix, last ? '└─ ' : '├─ ', last ? '   ' : '│  ');
    });
  };
  for (const root of roots) line(root, '', '', '');
  return out;
};
