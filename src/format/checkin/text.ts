// `okr checkin` for a person: one line per check-in (what it recorded, the score and status
// after it), then what happened to the files: committed, committed with nothing to change in
// them (a check-in whose value did not move is the commit alone), or only edited.

import type { CheckinOutcome, RecordedCheckin } from '../../checkin/outcome.js';
import { terminalLine } from '../../escape/terminal.js';
import { formatScore, formatStatus } from '../../text/numbers.js';
import type { Formatter } from '../formatter.js';

export const formatCheckinText: Formatter<CheckinOutcome> = (outcome, { paint }) => {
  const lines = outcome.checkins.map((checkin) => {
    const { after } = checkin;
    const byHand = after.manual !== null ? ` (entered by hand; computed ${formatScore(after.computed)})` : '';
    return `${paint.green('✔')} ${terminalLine(checkin.ref)}: ${terminalLine(recorded(checkin))}; score ${formatScore(after.score)}${byHand}, ${formatStatus(after.status)}\n`;
  });
  const files = outcome.files.map(terminalLine).join(', ');
  const commit = outcome.commit?.slice(0, 7);
  const what = commit === undefined
    ? outcome.files.length > 0 ? `  edited ${files} (not committed)\n` : '  nothing written: the file already says that (not committed)\n'
    : outcome.files.length > 0 ? `  committed ${commit} (${files})\n` : `  committed ${commit}: the check-in, with nothing to change in the file\n`;
  return `${lines.join('')}${what}`;
};

/** "22 → 18 min", "6 min, no change", "milestone "Pilot" done", "done", "confidence 0.7". */
function recorded(checkin: RecordedCheckin): string {
  const unit = checkin.unit ? ` ${checkin.unit}` : '';
  let what: string;
  if (checkin.value !== undefined) {
    what = checkin.unchanged ? `${checkin.value}${unit}, no change` : `${checkin.previous !== undefined ? `${checkin.previous} → ` : ''}${checkin.value}${unit}`;
  } else if (checkin.milestone !== undefined) {
    what = `milestone "${checkin.milestone}" done`;
  } else if (checkin.done !== undefined) {
    what = `${checkin.done ? 'done' : 'not done'}${checkin.unchanged ? ', no change' : ''}`;
  } else if (checkin.score !== undefined) {
    what = `score ${checkin.score} by hand`;
  } else {
    what = checkin.unchanged ? 'no change' : '';
  }
  const parts = [what];
  if (checkin.clearedScore !== undefined) parts.push(`score by hand ${checkin.clearedScore} cleared`);
  if (checkin.confidence !== undefined) parts.push(`confidence ${checkin.confidence}`);
  return parts.filter(Boolean).join(', ');
}
