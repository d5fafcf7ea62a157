// The first cycle of a new repository: by default the calendar quarter containing today,
// with the coordinator's dates derived from it (SPEC 2.1): posted within two weeks, a
// mid-cycle check-in halfway, learnings nine days after the end.

import { UsageError } from '../errors.js';
import type { CycleDoc } from '../model.js';

const MS_PER_DAY = 86_400_000;
const CYCLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface CycleRequest {
  /** The date that counts as today (YYYY-MM-DD). */
  asOf: string;
  start?: string;
  end?: string;
  id?: string;
}

/** The cycle `okr init` writes, from --as-of, --start, --end and --cycle. */
export function deriveCycle(request: CycleRequest): Required<CycleDoc> {
  if (request.end !== undefined && request.start === undefined) {
    throw new UsageError('--end needs --start too (or give --start alone: the cycle is then three months long)');
  }
  const start = request.start !== undefined ? checkedDate(request.start, '--start') : quarterOf(request.asOf).start;
  const end = request.end !== undefined ? checkedDate(request.end, '--end')
    : request.start !== undefined ? threeMonthsFrom(start) : quarterOf(request.asOf).end;
  if (end <= start) throw new UsageError(`--end ${end} must come after --start ${start}`);
  const id = request.id ?? quarterOf(start).id;
  if (!CYCLE_ID.test(id)) {
    throw new UsageError(`--cycle '${id}' cannot be a folder name: use letters, digits, '.', '_' and '-' (like 2026-Q4 or FY27-Q1)`);
  }
  const length = (toDays(end) - toDays(start));
  return {
    id,
    start,
    end,
    postBy: addDays(start, 13),
    midpoint: addDays(start, Math.floor(length / 2)),
    retroBy: addDays(end, 9),
  };
}

/** The quarter holding a date and the one after it, and whether the first is nearly over. */
export interface QuarterChoice {
  current: Required<CycleDoc>;
  next: Required<CycleDoc>;
  /** Days of the current quarter after the date. */
  daysLeft: number;
  /**
   * Less than a third of the current quarter is left: too little to post OKRs and work on
   * them, so a new repository starts with the next quarter unless told otherwise.
   */
  late: boolean;
}

export function quarterChoice(asOf: string): QuarterChoice {
  const quarter = quarterOf(asOf);
  const following = quarterOf(addDays(quarter.end, 1));
  const current = deriveCycle({ asOf, start: quarter.start, end: quarter.end, id: quarter.id });
  const next = deriveCycle({ asOf, start: following.start, end: following.end, id: following.id });
  const daysLeft = toDays(quarter.end) - toDays(asOf);
  const length = toDays(quarter.end) - toDays(quarter.start) + 1;
  return { current, next, daysLeft, late: daysLeft * 3 < length };
}

/** The calendar quarter holding a date: 2026-11-23 → 2026-Q4, 2026-10-01 … 2026-12-31. */
export function quarterOf(date: string): { id: string; start: string; end: string } {
  const [year, month] = date.split('-').map(Number);
  const quarter = Math.floor((month - 1) / 3) + 1;
  const first = (quarter - 1) * 3 + 1;
  const start = formatDate(Date.UTC(year, first - 1, 1));
  const end = formatDate(Date.UTC(year, first + 2, 0)); // day 0 of the next month: the last of this one
  return { id: `${year}-Q${quarter}`, start, end };
}

/**
 * The last day of a three-month cycle: the day before the same day three months on, or the
 * last day of that month when it is shorter (2026-11-30 → 2027-02-28).
 */
export function threeMonthsFrom(start: string): string {
  const [year, month, day] = start.split('-').map(Number);
  // Months are 0-based in Date.UTC: month + 2 is three months on, day 0 of month + 3 its last day.
  const lastOfTarget = new Date(Date.UTC(year, month + 3, 0)).getUTCDate();
  if (day > lastOfTarget) return formatDate(Date.UTC(year, month + 3, 0));
  return addDays(formatDate(Date.UTC(year, month + 2, day)), -1);
}

/** A real calendar date as YYYY-MM-DD; `2026-02-30` is not one (Date.parse would accept it). */
export function checkedDate(value: string, flag: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match || formatDate(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) !== value) {
    throw new UsageError(`${flag} expects a date as YYYY-MM-DD, not '${value}'`);
  }
  return value;
}

export function addDays(date: string, days: number): string {
  return formatDate(toDays(date) * MS_PER_DAY + days * MS_PER_DAY);
}

export function toDays(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
