// Which cycle a new repository starts with. Explicit dates win; otherwise a calendar quarter:
// the current one, or the next when less than a third of the current one is left (no time to
// post OKRs and work on them). Either way the choice is said, and a person on a terminal is
// asked; --quarter decides it for scripts.

import { UsageError } from '../errors.js';
import type { CycleDoc } from '../model.js';
import { deriveCycle, quarterChoice, type QuarterChoice } from './cycle.js';

export type Quarter = 'current' | 'next';

export interface FirstCycleRequest {
  asOf: string;
  start?: string;
  end?: string;
  id?: string;
  quarter?: Quarter;
}

export interface FirstCycle {
  cycle: Required<CycleDoc>;
  /** What the person should know about the choice, one sentence each. */
  notes: string[];
}

/** Asks which quarter to start with (only when the current one is nearly over). */
export type AskQuarter = (choice: QuarterChoice) => Promise<Quarter>;

export async function firstCycle(request: FirstCycleRequest, ask?: AskQuarter): Promise<FirstCycle> {
  if (request.start !== undefined || request.end !== undefined) {
    if (request.quarter !== undefined) throw new UsageError('--quarter picks a calendar quarter and --start/--end give the dates: use one or the other');
    return { cycle: deriveCycle(request), notes: [] };
  }
  const choice = quarterChoice(request.asOf);
  const asked = request.quarter === undefined && choice.late && ask !== undefined;
  const quarter = request.quarter ?? (asked ? await ask(choice) : choice.late ? 'next' : 'current');
  const chosen = quarter === 'next' ? choice.next : choice.current;
  const cycle = deriveCycle({ asOf: request.asOf, start: chosen.start, end: chosen.end, id: request.id });
  const notes: string[] = [];
  const { current } = choice;
  if (quarter === 'next' && choice.late && !asked && request.quarter === undefined) {
    notes.push(`${current.id} has ${days(choice.daysLeft)} left${postByPassed(current, request.asOf) ? ` and its postBy (${current.postBy}) has passed` : ''}, so the first cycle is the next quarter, ${cycle.id} (--quarter current starts with ${current.id} instead)`);
  }
  if (quarter === 'current' && postByPassed(current, request.asOf)) {
    notes.push(`${cycle.id} is under way: its postBy (${cycle.postBy}) has passed, so okr remind counts every unit not yet posted as late; move postBy in okr.config.yaml if posting starts now`);
  }
  return { cycle, notes };
}

/** The question a terminal shows, with the next quarter first (the default). */
export function quarterQuestion(choice: QuarterChoice): { message: string; choices: { value: Quarter; name: string }[] } {
  const { current, next, daysLeft } = choice;
  return {
    message: `${current.id} has ${days(daysLeft)} left. Start with which cycle?`,
    choices: [
      { value: 'next', name: `${next.id}, the next quarter (${next.start} to ${next.end})` },
      { value: 'current', name: `${current.id}, this quarter (${days(daysLeft)} left, post by ${current.postBy})` },
    ],
  };
}

function postByPassed(cycle: Required<CycleDoc>, asOf: string): boolean {
  return asOf > cycle.postBy;
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}
