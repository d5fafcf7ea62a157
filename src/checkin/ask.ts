// The interactive check-in: show the key result, its last values and its pace, then ask for
// what a flag would have given. Only ever called on a terminal.

import { confirm, input, number, select } from '@inquirer/prompts';
import type { KeyResultNode } from '../graph/cascade.js';
import { formatScore, formatStatus } from '../format/numbers.js';
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
  return `${lines.join('\n')}\n\n`;
}

export async function askCheckin(context: AskContext): Promise<CheckinRequest> {
  const { kr, io } = context;
  const streams = { input: io.stdin as unknown as NodeJS.ReadableStream, output: io.stdout as unknown as NodeJS.WritableStream };
  io.stdout.write(describeKeyResult(context));
  const request: CheckinRequest = { ref: kr.ref, date: context.date };
  const fraction = (value: number | undefined) => value === undefined || (value >= 0 && value <= 1) || 'a number from 0 to 1';

  switch (kr.type) {
    case 'metric':
    case 'baseline':
    case 'maintain':
      request.value = await number({ message: `Current value${kr.doc.unit ? ` (${kr.doc.unit})` : ''}`, default: kr.doc.current, required: true }, streams);
      break;
    case 'binary':
      request.done = await confirm({ message: 'Is it done?', default: kr.doc.done ?? false }, streams);
      break;
    case 'milestone': {
      const open = (kr.doc.milestones ?? []).filter((m) => !m.done);
      if (open.length > 0) {
        const choice = await select({
          message: 'Milestone reached',
          choices: [{ name: '(none this time)', value: '' }, ...open.map((m) => ({ name: m.title, value: m.title }))],
        }, streams);
        if (choice) request.milestone = choice;
      }
      break;
    }
    case 'rollup': {
      const wants = await confirm({ message: 'Its score comes from aligned objectives. Enter a score by hand?', default: false }, streams);
      if (wants) request.score = await number({ message: 'Score (0 to 1)', required: true, validate: fraction }, streams);
      break;
    }
  }
  request.confidence = await number({ message: 'Confidence it will reach its goal (0 to 1)', default: context.score?.confidence ?? undefined, validate: fraction }, streams);
  const note = await input({ message: 'Note (what happened, why)' }, streams);
  if (note.trim()) request.note = note.trim();
  return request;
}
