// What `okr next` says it did: the new cycle and its dates, each draft file with what it
// carries, and what was left behind. Plain text for stdout; the to-dos go to stderr.

import { terminalLine } from '../../escape/terminal.js';
import type { StartedCycle } from '../../next/carry.js';
import type { Formatter } from '../formatter.js';

export const formatNextText: Formatter<StartedCycle> = ({ plan, from, to, added, configFile }) => {
  const dates = [
    `${to.start} to ${to.end}`,
    ...(to.postBy ? [`post by ${to.postBy}`] : []),
    ...(to.midpoint ? [`mid-cycle check-in ${to.midpoint}`] : []),
    ...(to.retroBy ? [`learnings by ${to.retroBy}`] : []),
  ].join(', ');
  const lines = [added ? `Started ${to.id} in ${configFile}: ${dates}.` : `${to.id} is in ${configFile} already: ${dates}.`];
  const carried = plan.drafts.flatMap((d) => d.carried);
  const keep = carried.filter((c) => c.decision === 'keep').length;
  if (carried.length === 0) {
    lines.push(`No key result of ${from.id} is marked keep or modify, so no draft was written.`);
  } else {
    const files = plan.drafts.length;
    lines.push(`Carried ${count(carried.length, 'key result')} from ${from.id} (${keep} keep, ${carried.length - keep} modify) into ${count(files, 'draft file')}:`);
    const width = Math.max(...plan.drafts.map((d) => d.file.length));
    for (const draft of plan.drafts) {
      const what = draft.reason === 'parent'
        ? `nothing carried; the parent of ${plan.drafts.filter((d) => d.doc.parent === draft.id).map((d) => d.id).join(', ')}`
        : `${count(draft.carried.length, 'key result')}: ${draft.carried.map((c) => `${c.ref.slice(draft.id.length + 1)} (${c.decision})`).join(', ')}`;
      lines.push(`  ${draft.file.padEnd(width)}  ${what}`);
    }
  }
  const { remove, undecided } = plan.leftBehind;
  lines.push(`Left behind: ${remove.length} marked remove${undecided.length > 0 ? `, ${undecided.length} without a decision (${undecided.join(', ')})` : ''}.`);
  // Ids, refs and file names come from the files: each line is shown as one inert line.
  return `${lines.map(terminalLine).join('\n')}\n`;
};

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
