// The cascade tree for a terminal, drawn with box characters like `tree(1)`, one line per node
// and no line wider than the terminal (80 columns and up): a title is cut with … to make room,
// and on a tree so deep that the rest alone does not fit, the title goes and the ref is cut.
// Scores are coloured by grade and statuses by meaning on a TTY. Refs and titles come from the
// files: each is one line with its control characters shown before it is painted.

import { terminalLine } from '../../escape/terminal.js';
import { DEFAULT_COLUMNS } from '../../terminal/medium.js';
import { cutToWidth, displayWidth } from '../../text/display-width.js';
import { handScoreWords, statusWords } from '../../view/key-result-words.js';
import type { TreeNode, TreeView } from '../../view/tree.js';
import type { Formatter } from '../formatter.js';
import { formatScore, formatStatus } from '../../text/numbers.js';
import { paintGrade, paintStatus } from '../shared/paint.js';

/** A title cut shorter than this goes altogether. */
const MIN_TITLE = 10;

export const formatTreeText: Formatter<TreeView> = ({ tree: roots }, { paint: color, columns = DEFAULT_COLUMNS }) => {
  let out = '';
  const line = (node: TreeNode, prefix: string, connector: string, childPrefix: string) => {
    const marker = node.kind === 'objective' ? '◆' : '•';
    const score = `${formatScore(node.score)}${node.grade ? ` ${node.grade}` : ''}`;
    const words = statusWords({ status: node.status, stale: node.stale ?? false });
    const status = words.map((word) => formatStatus(word)).join(', ');
    const hand = node.computed === undefined ? null : handScoreWords({ manual: node.score, computed: node.computed });
    const extras = [
      hand ? `(${hand})` : '',
      node.root ? `(${node.root})` : '',
      node.cycle ? '(cycle: shown above)' : '',
      node.folded ? `(+${node.folded} below)` : '',
    ].filter(Boolean);
    const extra = extras.join(' ');
    const ref = terminalLine(node.ref);
    // A tree deeper than half the width keeps the end of its indentation: each line stays one line.
    const indent = displayWidth(prefix + connector) > columns / 2 ? `…${prefix.slice(-(Math.floor(columns / 2) - connector.length - 1))}` : prefix;
    // Everything but the title, as wide as it shows.
    const lead = `${indent}${connector}${marker} `;
    const rest = `  ${score}  ${status}${extra ? `  ${extra}` : ''}`;
    const room = columns - displayWidth(lead) - displayWidth(ref) - displayWidth(rest) - 2;
    const title = room >= MIN_TITLE ? cutToWidth(terminalLine(node.title), room) : '';
    const shownRef = title === '' ? cutToWidth(ref, Math.max(1, columns - displayWidth(lead) - displayWidth(rest))) : ref;
    const paintedStatus = words.map((word) => paintStatus(color, word, formatStatus(word))).join(', ');
    const paintedExtra = extras.map((text) => (text.startsWith('(cycle') ? color.red(text) : color.dim(text))).join(' ');
    const paintedTitle = title === '' ? '' : `  ${node.kind === 'objective' ? color.bold(title) : title}`;
    out += `${indent}${connector}${node.kind === 'objective' ? color.bold(marker) : marker} ${color.cyan(shownRef)}${paintedTitle}  ${paintGrade(color, node.grade, score)}  ${paintedStatus}${paintedExtra ? `  ${paintedExtra}` : ''}\n`;
    node.children.forEach((child, i) => {
      const last = i === node.children.length - 1;
      line(child, prefix + childPrefix, last ? '└─ ' : '├─ ', last ? '   ' : '│  ');
    });
  };
  for (const root of roots) line(root, '', '', '');
  return out;
};
