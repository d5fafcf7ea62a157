// What a check-in asks for, from flags, from a CSV row or from prompts: one key result, what
// was measured, how confident its lead is, and why.

import { UsageError } from '../errors.js';
import { readConfidence } from '../text/confidence.js';
import { isCalendarDate } from './date.js';
import { CsvError, parseCsv, type CsvCell } from '../text/csv-parse.js';

export interface CheckinRequest {
  ref: string;
  value?: number;
  done?: boolean;
  milestone?: string;
  score?: number;
  confidence?: number;
  note?: string;
  /** Checked, and nothing moved: a check-in that records no new value (SPEC 9). */
  unchanged?: boolean;
  /** Take away a score entered by hand, so the value scores the key result again. */
  clearScore?: boolean;
  date: string;
  /** Where the date came from, for messages (`--date`, `checkins.csv:3:8`); undefined: today by default. */
  dateOrigin?: string;
  /** Where the request came from, for messages: `--value`, or `checkins.csv:3`. */
  origin?: string;
}

export interface CheckinFlags {
  value?: number;
  done?: boolean;
  notDone?: boolean;
  milestone?: string;
  score?: number;
  confidence?: number;
  note?: string;
  date?: string;
  unchanged?: boolean;
  clearScore?: boolean;
}

export function hasMeasure(flags: CheckinFlags): boolean {
  return flags.value !== undefined || flags.done === true || flags.notDone === true || flags.milestone !== undefined
    || flags.score !== undefined || flags.confidence !== undefined || flags.unchanged === true || flags.clearScore === true;
}

export function requestFromFlags(ref: string, flags: CheckinFlags, today: string): CheckinRequest {
  if (flags.done && flags.notDone) throw new UsageError('give --done or --not-done, not both');
  const measures = [flags.value !== undefined, flags.done || flags.notDone, flags.milestone !== undefined, flags.score !== undefined, flags.unchanged].filter(Boolean).length;
  if (measures > 1) throw new UsageError('give one of --value, --done, --milestone, --score or --unchanged per check-in');
  if (flags.clearScore && flags.score !== undefined) throw new UsageError('give --score S to enter a new score by hand, or --clear-score to take it away, not both');
  return {
    ref,
    value: flags.value,
    done: flags.done ? true : flags.notDone ? false : undefined,
    milestone: flags.milestone,
    score: flags.score,
    confidence: flags.confidence,
    note: flags.note,
    unchanged: flags.unchanged || undefined,
    clearScore: flags.clearScore || undefined,
    date: flags.date ?? today,
    dateOrigin: flags.date === undefined ? undefined : '--date',
  };
}

const COLUMNS = ['ref', 'value', 'done', 'milestone', 'score', 'confidence', 'note', 'date'] as const;

/**
 * Check-ins from CSV: a header row naming some of ref, value, done, milestone, score,
 * confidence, note, date (ref is required), then one row per check-in. Any bad cell stops
 * the whole import with its position: nothing is written until everything is valid.
 */
export function requestsFromCsv(text: string, source: string, today: string): CheckinRequest[] {
  let rows;
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new UsageError(`${source}:${error.message}`);
    throw error;
  }
  if (rows.length === 0) throw new UsageError(`${source}: no check-ins (expected a header row, then one row per check-in)`);
  const [header, ...body] = rows;
  const names = header.map((cell) => cell.value.trim().toLowerCase());
  header.forEach((cell, i) => {
    if (!(COLUMNS as readonly string[]).includes(names[i])) {
      throw new UsageError(`${source}:${cell.line}:${cell.column}: unknown column '${cell.value}' (expected ${COLUMNS.join(', ')})`);
    }
  });
  if (!names.includes('ref')) throw new UsageError(`${source}:1:1: the header has no 'ref' column`);
  if (body.length === 0) throw new UsageError(`${source}: no check-ins after the header row`);

  return body.map((row) => {
    const at = (cell: CsvCell) => `${source}:${cell.line}:${cell.column}`;
    const get = (name: (typeof COLUMNS)[number]) => {
      const i = names.indexOf(name);
      const cell = i < 0 ? undefined : row[i];
      return cell && cell.value.trim() !== '' ? cell : undefined;
    };
    if (row.length !== header.length) {
      throw new UsageError(`${at(row[0])}: ${row.length} fields where the header has ${header.length}`);
    }
    const number = (name: 'value' | 'score') => {
      const cell = get(name);
      if (!cell) return undefined;
      const n = Number(cell.value.trim());
      if (!Number.isFinite(n)) throw new UsageError(`${at(cell)}: ${name} must be a number, not '${cell.value}'`);
      return n;
    };
    const confidenceCell = get('confidence');
    const confidence = confidenceCell ? readConfidence(confidenceCell.value) : undefined;
    if (confidence && 'error' in confidence) throw new UsageError(`${at(confidenceCell!)}: confidence: ${confidence.error}`);
    const refCell = get('ref');
    if (!refCell) throw new UsageError(`${at(row[0])}: the row has no ref`);
    const doneCell = get('done');
    let done: boolean | undefined;
    if (doneCell) {
      const word = doneCell.value.trim().toLowerCase();
      if (!['true', 'false', 'yes', 'no', '1', '0'].includes(word)) throw new UsageError(`${at(doneCell)}: done must be true or false, not '${doneCell.value}'`);
      done = ['true', 'yes', '1'].includes(word);
    }
    const dateCell = get('date');
    if (dateCell && !isCalendarDate(dateCell.value.trim())) throw new UsageError(`${at(dateCell)}: date must be YYYY-MM-DD, not '${dateCell.value}'`);
    return {
      ref: refCell.value.trim(),
      value: number('value'),
      done,
      milestone: get('milestone')?.value.trim(),
      score: number('score'),
      confidence: confidence?.value,
      note: get('note')?.value,
      date: dateCell?.value.trim() ?? today,
      dateOrigin: dateCell ? `${at(dateCell)}: date` : undefined,
      origin: at(refCell).replace(/:\d+$/, ''),
    };
  });
}
