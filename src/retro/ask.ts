// The interactive retrospective of one unit: walk its key results (final score, learning,
// decision), then the unit's learnings. Each question starts from what the file already
// says, so pressing Enter keeps it. Only ever called on a terminal; the questions go through
// the shared Prompter, which tests can replace.

import { terminalLine } from '../escape/terminal.js';
import type { KeyResultNode, UnitNode } from '../graph/cascade.js';
import { formatScore } from '../text/numbers.js';
import type { Decision } from '../model.js';
import type { KeyResultScore } from '../score/types.js';
import type { Check, Prompter } from '../terminal/prompts.js';
import type { KeyResultEntry, RetroEntries } from './fill.js';

export async function askRetro(
  unit: UnitNode,
  scores: Map<string, KeyResultScore>,
  ask: Prompter,
  write: (text: string) => void,
): Promise<RetroEntries> {
  const entries: RetroEntries = { keyResults: [] };
  const keyResults = unit.objectives.flatMap((o) => o.keyResults);
  write(`Retrospective of ${terminalLine(unit.id)}${unit.doc.name ? ` (${terminalLine(unit.doc.name)})` : ''}: ${keyResults.length} key result${keyResults.length === 1 ? '' : 's'}, then the unit's learnings. Enter keeps what is shown.\n\n`);

  for (const kr of keyResults) {
    const score = scores.get(kr.ref);
    write(describe(kr, score));
    const entry: KeyResultEntry = { ref: kr.ref };
    if (kr.doc.status !== 'dropped') {
      // The default is the score as it stands (by hand, else computed); keeping it writes nothing.
      const shown = score?.score === null || score?.score === undefined ? undefined : kr.doc.score !== undefined ? String(kr.doc.score) : formatScore(score.score);
      const answer = await ask.text({ message: 'Final score (0 to 1)', default: shown, check: optionalFraction });
      if (answer.trim() !== '' && answer.trim() !== shown) entry.score = Number(answer);
    }
    const learning = await ask.text({ message: 'Learning (what happened, what to do differently)', default: kr.doc.learning?.trim() || undefined });
    if (learning.trim() !== '') entry.learning = learning.trim();
    const decision = await ask.select<Decision | null>({
      message: 'Next cycle',
      choices: [
        { value: 'keep', name: 'keep: carry it as it is' },
        { value: 'modify', name: 'modify: carry it, to be reworded or re-targeted' },
        { value: 'remove', name: 'remove: do not carry it' },
        { value: null, name: 'decide later', short: 'later' },
      ],
      default: kr.doc.decision ?? null,
    });
    if (decision !== null) entry.decision = decision;
    entries.keyResults.push(entry);
    write('\n');
  }

  // Asked with or without a retro: section in the file: writing the learnings adds one.
  const learnings = await ask.text({ message: `Learnings of ${unit.id} this cycle`, default: unit.doc.retro?.learnings?.trim() || undefined });
  if (learnings.trim() !== '') entries.learnings = learnings.trim();
  return entries;
}

function describe(kr: KeyResultNode, score: KeyResultScore | undefined): string {
  const doc = kr.doc;
  const goal = kr.objective.doc.type === 'committed' ? 'committed' : 'aspirational';
  const lines = [`${kr.ref}  ${doc.title}`, `  lead ${doc.lead ?? '–'} · ${kr.type} · ${goal}${doc.status === 'dropped' ? ' · dropped' : ''}`];
  const measure = doc.unit ? ` ${doc.unit}` : '';
  if (kr.type === 'metric') lines.push(`  from ${doc.start}${measure} to ${doc.target}${measure}, last ${doc.current ?? '–'}${doc.current !== undefined ? measure : ''}`);
  if (kr.type === 'milestone') for (const m of doc.milestones ?? []) lines.push(`  [${m.done ? 'x' : ' '}] ${m.title}`);
  if (score && doc.status !== 'dropped') {
    const byHand = score.manual !== null ? ` (by hand; computed ${formatScore(score.computed)})` : '';
    lines.push(`  score ${formatScore(score.score)}${byHand}${score.grade ? ` · ${score.grade}` : ''}${score.note ? ` · ${score.note}` : ''}`);
  }
  // Every line holds file data (title, lead, milestones): each is shown as one inert line.
  return `${lines.map(terminalLine).join('\n')}\n`;
}

function optionalFraction(text: string): Check {
  if (text.trim() === '') return {};
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? {} : { error: 'a number from 0 to 1' };
}
