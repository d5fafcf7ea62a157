// What a typed answer must be, as pure functions: the same check runs on every keystroke of
// a prompt and on the value of a flag. An `error` refuses the answer; a `hint` passes on
// what `okr validate` would warn about, while there is still time to say it better.

import { numbersIn, wordCount } from '../rules/objective-qualitative.js';
import type { Check } from '../terminal/prompts.js';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const ITEM_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

export const ok: Check = {};

export function required(value: string, what: string): Check {
  return value.trim() === '' ? { error: `enter ${what}` } : ok;
}

/** A unit or person id: a lowercase slug. */
export function slug(value: string, what: string): Check {
  if (value === '') return { error: `enter ${what}` };
  return SLUG.test(value) ? ok : { error: `${what} is a lowercase slug: letters a-z, digits and '-', starting with a letter or digit` };
}

export function unitId(value: string, taken: ReadonlyMap<string, string>): Check {
  const shape = slug(value, 'the unit id');
  if (shape.error) return shape;
  const file = taken.get(value);
  return file === undefined ? ok : { error: `unit '${value}' already exists (${file})` };
}

/** An objective or key-result id, unique among its siblings. */
export function itemId(value: string, siblings: readonly string[]): Check {
  if (!ITEM_ID.test(value)) return { error: 'an id starts with a letter, then letters, digits, _ or - (O3, KR2)' };
  return siblings.includes(value) ? { error: `'${value}' is already taken (${siblings.join(', ')} exist)` } : ok;
}

/**
 * The `objective-qualitative` rule, live: a number or a long title is a key result in
 * disguise. A hint only, as the rule is a warning: a person decides.
 */
export function objectiveTitle(value: string, maxWords: number | undefined): Check {
  const missing = required(value, 'a title');
  if (missing.error || maxWords === undefined) return missing;
  const numbers = numbersIn(value);
  if (numbers.length > 0) return { hint: `'${numbers[0]}' is a number: keep the objective qualitative and put numbers in its key results` };
  const words = wordCount(value);
  if (words > maxWords) return { hint: `${words} words, more than ${maxWords}: say it in one short line` };
  return ok;
}

/** A number typed as text; empty is allowed only when the answer is optional. */
export function parseNumber(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : Number.NaN;
}

export function number(value: string, optional: boolean, more: (n: number) => Check = () => ok): Check {
  const n = parseNumber(value);
  if (n === undefined) return optional ? ok : { error: 'enter a number' };
  if (Number.isNaN(n)) return { error: `'${value.trim()}' is not a number` };
  return more(n);
}

// The levels of a metric, in the order `metric-levels` checks them (SPEC 4.1).

export function target(n: number, start: number): Check {
  return n === start ? { error: `the target must differ from the start (${start}): it measures no change` } : ok;
}

export function commit(n: number, start: number, goal: number): Check {
  const direction = Math.sign(goal - start);
  return (n - start) * direction > 0 && (goal - n) * direction > 0 ? ok : { error: `commit must lie between start ${start} and target ${goal}` };
}

export function stretch(n: number, start: number, goal: number): Check {
  const direction = Math.sign(goal - start);
  return (n - goal) * direction > 0 ? ok : { error: `stretch must lie beyond target ${goal} (${direction > 0 ? 'above' : 'below'} it)` };
}

export function bandMax(n: number, min: number | undefined): Check {
  return min !== undefined && n < min ? { error: `max must not be below min ${min}` } : ok;
}

export function confidence(n: number): Check {
  return n >= 0 && n <= 1 ? ok : { error: 'confidence is a number from 0 to 1' };
}
