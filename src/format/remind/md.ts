// `okr remind --format md`: the coordinator's list as GitHub-flavoured markdown: who sends
// it, a summary and the steps' windows, then a section per person with what they owe.

import { markdownCode as code, markdownInline as md, markdownMailbox } from '../../escape/markdown.js';
import { shellCommand } from '../../escape/shell.js';
import type { Person, ReminderItem, Reminders } from '../../remind/types.js';
import type { Formatter } from '../formatter.js';
import { plural } from '../../text/plural.js';
import { KIND_LABEL, STEP_LABEL, allItems, countsText, dueText, personLabel, stepState, windowText } from './labels.js';

export const formatRemindMarkdown: Formatter<Reminders> = (reminders) => {
  const items = allItems(reminders);
  let out = `# OKR reminders: ${md(reminders.organization)}, ${md(reminders.cycle)}, as of ${reminders.asOf}\n\n`;
  out += reminders.coordinator
    ? `From ${mdPerson(reminders.coordinator)}, OKR coordinator.\n\n`
    : 'No coordinator in the config (roles.coordinator): the reminders have no sender.\n\n';
  out += items.length === 0
    ? `**Nothing is owed as of ${reminders.asOf}.**\n\n`
    : `**${plural(items.length, 'item')} for ${plural(reminders.people.length, 'person', 'people')}:** ${countsText(reminders)}.\n\n`;

  out += `| Step | Cycle | When | As of ${reminders.asOf} |\n| --- | --- | --- | --- |\n`;
  for (const step of reminders.steps) {
    out += `| ${STEP_LABEL[step.step]} | ${md(step.cycle)} | ${md(windowText(step))} | ${stepState(reminders, step)} |\n`;
  }

  for (const person of reminders.people) {
    out += `\n## ${mdPerson(person)}\n\n`;
    for (const item of person.items) out += itemLine(item, reminders);
  }
  if (reminders.unassigned.length > 0) {
    out += '\n## Nobody to ask\n\nNo lead is named for these, and the config names no coordinator.\n\n';
    for (const item of reminders.unassigned) out += itemLine(item, reminders);
  }
  return out;
};

function itemLine(item: ReminderItem, reminders: Reminders): string {
  const cycle = item.cycle === reminders.cycle ? '' : ` (${md(item.cycle)})`;
  const due = dueText(item, reminders.asOf);
  const command = item.command ? ` · ${code(shellCommand(item.command))}` : '';
  return `- **${KIND_LABEL[item.kind]}**${cycle} · ${code(item.ref)} ${md(item.title)}: ${md(item.reason)}${due ? ` (${due})` : ''}${command}\n`;
}

/** The name escaped; the address a mail link. */
function mdPerson(person: Person): string {
  return person.email === null ? md(personLabel(person)) : markdownMailbox(person.name ?? person.id, person.email);
}
