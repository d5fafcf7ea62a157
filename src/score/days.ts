// Calendar days as whole numbers. Dates are `YYYY-MM-DD` read as UTC, so that no time zone or
// daylight-saving shift can move a day; a longer ISO timestamp counts by its date part.

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 (UTC), or NaN when the text does not start with a date. */
export function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
