// The date a check-in is for (SPEC 9): inside its cycle, and not after the date that counts as
// today. A check-in records what is known now; one dated in another cycle's span would count
// there, or nowhere.

import { UsageError } from '../errors.js';
import type { CycleDoc } from '../model.js';

/**
 * Refuses a date outside the cycle or after `asOf`. `given` says where the date came from
 * (`--date`, `checkins.csv:3:5`), or is undefined when it is today by default.
 */
export function checkCheckinDate(date: string, cycle: CycleDoc, asOf: string, given: string | undefined): void {
  const span = `${cycle.id} runs from ${cycle.start} to ${cycle.end}`;
  const what = given === undefined ? `today (${date})` : `${given} ${date}`;
  if (asOf < cycle.start) {
    throw new UsageError(`${cycle.id} has not started (${span}, and today is ${asOf}); its check-ins start on ${cycle.start}`);
  }
  const allowed = `${cycle.start} to ${asOf < cycle.end ? asOf : cycle.end}`;
  if (date < cycle.start || date > cycle.end) {
    const fix = given === undefined ? `; give --date ${allowed.replace(' to ', '…')} for a check-in on it` : `; a check-in on it is dated ${allowed}`;
    throw new UsageError(`${what} is outside the cycle: ${span}${fix}`);
  }
  if (date > asOf) throw new UsageError(`${what} is after today (${asOf}): a check-in records what is known by now; it is dated ${allowed}`);
}

/** A real calendar day written YYYY-MM-DD: 2026-02-30 is not one. */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}
