// Words shared by the markdown report and the draft emails of `okr remind`.

import { plural } from '../../text/plural.js';
import type { Person, ReminderItem, ReminderKind, Reminders, StepWindow } from '../../remind/types.js';

export const KIND_LABEL: Record<ReminderKind, string> = {
  post: 'Step 1 · post OKRs',
  midcycle: 'Step 2 · mid-cycle check-in',
  stale: 'Check-in overdue',
  'confidence-drop': 'Confidence drop',
  learnings: 'Step 3 · learnings',
};

export const STEP_LABEL: Record<StepWindow['step'], string> = {
  post: 'Step 1 · post OKRs',
  midcycle: 'Step 2 · mid-cycle check-in',
  checkins: 'Check-ins',
  learnings: 'Step 3 · learnings',
};

/** What each kind asks of the person, said once above their items in an email. */
export const KIND_ASK: Record<ReminderKind, string> = {
  post: 'Please post your unit\'s OKRs: add the file (okr new unit) or move it out of draft (status: shared or committed), and merge it.',
  midcycle: 'Please bring these to the mid-cycle check-in: where they stand, what is in the way and what help you need. Check in first with the command below each (your last values: change what moved).',
  stale: 'Please check in, even if nothing moved. Each command below repeats your last values: change what moved, then run it (--milestone TITLE for a milestone reached, --done when done; N and C stand for a value and a confidence not recorded yet).',
  'confidence-drop': 'Your confidence in these fell below 0.4 at the last check-in. What changed, and what would help? Say so at your next check-in (the command below each, with --note).',
  learnings: 'Please write what you learned (learning) and whether to keep, modify or remove each key result next cycle (decision), and your unit\'s retro.learnings (okr retro <unit>).',
};

/** `Alice Ng <alice@acme.example>`, or the id with why there is no address. */
export function personLabel(person: Person): string {
  const name = person.name ?? person.id;
  if (person.email !== null) return `${name} <${person.email}>`;
  return person.known ? `${name} (no email on file)` : `${name} (not in people; no email on file)`;
}

export function dueText(item: ReminderItem, asOf: string): string | undefined {
  if (item.due === undefined) return undefined;
  if (item.kind === 'midcycle') return `check-in ${item.due}`;
  return item.due < asOf ? `was due ${item.due}` : `due ${item.due}`;
}

/** `3 items`, `1 item`. */
/** Every item, whoever owes it. */
export function allItems(reminders: Reminders): ReminderItem[] {
  return [...reminders.people.flatMap((person) => person.items), ...reminders.unassigned];
}

/** `1 to post, 2 for the mid-cycle check-in, …`: the counts that are not zero. */
export function countsText(reminders: Reminders): string {
  const { counts } = reminders;
  const parts = [
    counts.post > 0 ? `${counts.post} to post` : '',
    counts.midcycle > 0 ? `${plural(counts.midcycle, 'key result')} for the mid-cycle check-in` : '',
    counts.stale > 0 ? `${plural(counts.stale, 'check-in')} overdue` : '',
    counts['confidence-drop'] > 0 ? plural(counts['confidence-drop'], 'confidence drop') : '',
    counts.learnings > 0 ? `${plural(counts.learnings, 'learning')} owed` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** How a step stands as of the date: the items it found, or why it found none. */
export function stepState(reminders: Reminders, step: StepWindow): string {
  if (!step.active) {
    if (step.from === undefined) return `off: ${step.note}`;
    if (reminders.asOf < step.from) return `not yet (from ${step.from})`;
    return 'over';
  }
  const items = allItems(reminders).filter((item) => item.cycle === step.cycle);
  const count = (kind: ReminderKind) => items.filter((item) => item.kind === kind).length;
  switch (step.step) {
    case 'post': return count('post') === 0 ? 'nothing owed' : plural(count('post'), 'unit');
    case 'midcycle': return count('midcycle') === 0 ? 'nothing owed' : plural(count('midcycle'), 'key result');
    case 'checkins': {
      // A stale key result on the mid-cycle list is listed there only; it counts here too.
      const stale = count('stale') + items.filter((item) => item.flags?.includes('stale')).length;
      const drops = count('confidence-drop');
      return stale + drops === 0 ? 'nothing owed' : `${stale} stale, ${plural(drops, 'confidence drop')}`;
    }
    default: return count('learnings') === 0 ? 'nothing owed' : `${plural(count('learnings'), 'item')} owed`;
  }
}

export function windowText(step: StepWindow): string {
  if (step.from === undefined) return step.note;
  return `${step.from} to ${step.to ?? '…'}: ${step.note}`;
}
