// The interactive check-in: show the key result, its last values and its pace, then ask for
// what a flag would have given. Only ever called on a terminal.

import { terminalLine } from '../escape/terminal.js';
import type { KeyResultNode } from '../graph/cascade.js';
import { formatScore, formatStatus } from '../text/numbers.js';
import type { Checkin, KeyResultScore } from '../score/types.js';
import type { Io } from '../terminal/io.js';
import type { CheckinRequest } from './request.js';

export interface AskContext {
  kr: KeyResultNode;
  score: KeyResultScore | undefined;
  /** Earlier check-ins, oldest first (from git history), if any. */
  checkins: Checkin[];
  date: string;
  io: Io;
}

export function describeKeyResult({ kr, score, checkins }: Pick<AskContext, 'kr' | 'score' | 'checkins'>): string {
  const doc = kr.doc;
  const unit = doc.unit ? ` ${doc.unit}` : '';
  const lines = [`${kr.ref}  ${doc.title}`, `  lead ${doc.lead ?? '–'} · ${kr.type}`];
  if (kr.type === 'metric') lines.push(`  from ${doc.start}${unit} to ${doc.target}${unit}, now ${doc.current ?? '–'}${doc.current !== undefined ? unit : ''}`);
  if (kr.type === 'maintain') lines.push(`  keep within ${doc.min ?? '−∞'}…${doc.max ?? '∞'}${unit}, now ${doc.current ?? '–'}`);
  if (kr.type === 'milestone') for (const m of doc.milestones ?? []) lines.push(`  [${m.done ? 'x' : ' '}] ${m.title}`);
  if (kr.type === 'binary') lines.push(`  ${doc.done ? 'done' : 'not done yet'}`);
  if (score) {
    lines.push(`  score ${formatScore(score.score)} (expected ${formatScore(score.expected)} by now) · ${formatStatus(score.status)}${score.confidence !== null ? ` · confidence ${score.confidence}` : ''}`);
  }
  const recent = checkins.slice(-3);
  if (recent.length > 0) {
    lines.push(`  last check-ins: ${recent.map((c) => `${c.date}${c.value !== undefined ? ` ${c.value}` : ''}${c.confidence !== undefined ? ` (conf. ${c.confidence})` : ''}`).join(' · ')}`);
  }
  // Every line holds file data (title, unit, milestones): each is shown as one inert line.
  return `${lines.map(terminalLine).join('\n')}\n\n`;
}

export async function askCheckin(context: AskContext): Promise<CheckinRequest> {
  const { kr, io } = context;
  const { colorsFor } = await import('../terminal/color.js');
  const { terminalPrompter } = await import('../terminal/prompts.js');
  const ask = terminalPrompter(io, colorsFor(io.stdout, io.env, undefined));
  io.stdout.write(describeKeyResult(context));
  const request: CheckinRequest = { ref: kr.ref, date: context.date };

  switch (kr.type) {
    case 'metric':
    case 'baseline':
    case 'maintain': {
      const answer = await ask.text({
        message: `Current value${kr.doc.unit ? ` (${kr.doc.unit})` : ''}`,
        default: kr.doc.current === undefined ? undefined : String(kr.doc.current),
        check: (text) => (isNumber(text) ? {} : { error: 'a number, like 42 or 0.5' }),
      });
      request.value = Number(answer);
      break;
    }
    case 'binary':
      request.done = await ask.select({
        message: 'Is it done?',
        choices: [{ name: 'yes', value: true }, { name: 'not yet', value: false }],
        default: kr.doc.done ?? false,
      });
      break;
    case 'milestone': {
      const open = (kr.doc.milestones ?? []).filter((m) => !m.done);
      if (open.length > 0) {
        const choice = await ask.select({
          message: 'Milestone reached',
          choices: [{ name: '(none this time)', value: '' }, ...open.map((m) => ({ name: m.title, value: m.title }))],
        });
        if (choice) request.milestone = choice;
      }
      break;
    }
    case 'rollup': {
      const score = await ask.text({ message: 'Its score comes from aligned objectives; a score by hand (0 to 1), or empty', check: optionalFraction });
      if (score.trim()) request.score = Number(score);
      break;
    }
  }
  const confidence = await ask.text({
    message: 'Confidence it will reach its goal (0 to 1)',
    default: context.score?.confidence === null || context.score?.confidence === undefined ? undefined : String(context.score.confidence),
    check: optionalFraction,
  });
  if (confidence.trim()) request.confidence = Number(confidence);
  const note = await ask.text({ message: 'Note (what happened, why)' });
  if (note.trim()) request.note = note.trim();
  return request;
}

function isNumber(text: string): boolean {
  return text.trim() !== '' && Number.isFinite(Number(text));
}

function optionalFraction(text: string): { error?: string } {
  if (text.trim() === '') return {};
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? {} : { error: 'a number from 0 to 1' };
}
