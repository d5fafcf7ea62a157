// The interactive check-in: show the key result, its last values and its pace, then ask for
// what a flag would have given. Only ever called on a terminal.

import { terminalLine } from '../escape/terminal.js';
import type { Cascade, KeyResultNode } from '../graph/cascade.js';
import { readConfidence } from '../text/confidence.js';
import { formatScore, formatStatus } from '../text/numbers.js';
import type { Checkin, KeyResultScore } from '../score/types.js';
import type { Io } from '../terminal/io.js';
import type { MyKeyResults } from './mine.js';
import { findKeyResult } from './plan.js';
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
    const byHand = score.manual !== null ? ` (entered by hand; computed ${formatScore(score.computed)})` : '';
    lines.push(`  score ${formatScore(score.score)}${byHand} (expected ${formatScore(score.expected)} by now) · ${formatStatus(score.status)}${score.confidence !== null ? ` · confidence ${score.confidence}` : ''}`);
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
  // A score by hand wins over what was just recorded: keep it, or let the value count again.
  if (kr.doc.score !== undefined && request.score === undefined && kr.type !== 'rollup') {
    request.clearScore = await ask.select({
      message: `Its score was entered by hand (${kr.doc.score}) and wins over this; keep it?`,
      choices: [{ name: `keep ${kr.doc.score}`, value: false }, { name: 'clear it: score by the value again', value: true }],
      default: false,
    }) || undefined;
  }
  const confidence = await ask.text({
    message: 'Confidence it will reach its goal (0 to 1, or 70%)',
    default: context.score?.confidence === null || context.score?.confidence === undefined ? undefined : String(context.score.confidence),
    check: optionalConfidence,
  });
  const read = confidence.trim() ? readConfidence(confidence) : undefined;
  if (read && 'value' in read) request.confidence = read.value;
  const note = await ask.text({ message: 'Note (what happened, why)' });
  if (note.trim()) request.note = note.trim();
  // "(none this time)", or an empty score: checked, and nothing moved. Still a check-in.
  if (request.value === undefined && request.done === undefined && request.milestone === undefined && request.score === undefined) request.unchanged = true;
  return request;
}

/**
 * Which key result to check in on, when none was named: the ones the person running okr
 * leads, then those they contribute to, then any other by its reference.
 */
export async function askWhichKeyResult(cascade: Cascade, mine: MyKeyResults, email: string | null, io: Io): Promise<KeyResultNode> {
  const { colorsFor } = await import('../terminal/color.js');
  const { terminalPrompter } = await import('../terminal/prompts.js');
  const ask = terminalPrompter(io, colorsFor(io.stdout, io.env, undefined));
  const own = [...mine.leads.map((kr) => ({ kr, role: 'lead' })), ...mine.contributes.map((kr) => ({ kr, role: 'contributor' }))];
  const OTHER = '';
  if (own.length > 0) {
    const chosen = await ask.select({
      message: 'Which key result?',
      choices: [
        ...own.map(({ kr, role }) => ({ value: kr.ref, name: `${kr.ref}  ${kr.doc.title} (${role})`, short: kr.ref })),
        { value: OTHER, name: 'another key result…' },
      ],
    });
    if (chosen !== OTHER) return cascade.keyResults.get(chosen)!;
  } else {
    const who = email === null ? 'git does not know your email'
      : mine.people.length === 0 ? `no one in people has your git email (${email})` : `${mine.people.join(', ')} (${email}) leads or contributes to none`;
    io.stdout.write(`${terminalLine(`No key results of yours in this cycle: ${who}.`)}
`);
  }
  const ref = await ask.text({
    message: 'Key result (like platform/O1/KR1)',
    check: (text) => {
      try {
        findKeyResult(cascade, text.trim());
        return {};
      } catch (error) {
        return { error: (error as Error).message };
      }
    },
  });
  return findKeyResult(cascade, ref.trim());
}

function isNumber(text: string): boolean {
  return text.trim() !== '' && Number.isFinite(Number(text));
}

function optionalConfidence(text: string): { error?: string } {
  if (text.trim() === '') return {};
  const read = readConfidence(text);
  return 'error' in read ? { error: read.error } : {};
}

function optionalFraction(text: string): { error?: string } {
  if (text.trim() === '') return {};
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? {} : { error: 'a number from 0 to 1' };
}
