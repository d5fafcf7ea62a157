// Where a (date, score) lands in a chart: dates across the cycle, scores from 0 to 1 upwards.
// Pure arithmetic, kept apart from the SVG so that it can be tested number by number.

import { dayNumber } from '../../../score/days.js';

/** The drawing area inside an SVG of `width` × `height`, after the margins. */
export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface ChartScale {
  /** The x of a date, clamped to the cycle (drafts before the start sit on its first day). */
  x(date: string): number;
  /** The y of a score, clamped to [0, 1]: the chart shows the scale scores are meant on. */
  y(score: number): number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function chartScale(start: string, end: string, frame: Frame): ChartScale {
  const left = frame.margin.left;
  const right = frame.width - frame.margin.right;
  const top = frame.margin.top;
  const bottom = frame.height - frame.margin.bottom;
  const from = dayNumber(start);
  // A one-day (or inverted) cycle would divide by zero: give it at least one day of width.
  const span = Math.max(1, dayNumber(end) - from);
  return {
    left, right, top, bottom,
    x: (date) => left + (right - left) * clamp((dayNumber(date) - from) / span, 0, 1),
    y: (score) => bottom - (bottom - top) * clamp(score, 0, 1),
  };
}

/** A coordinate as short as it can be written: one decimal at most ("12", "12.5"). */
export function coord(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** SVG path data through the points in order ("M1 2L3 4"); empty for no points. */
export function pathData(points: Array<[number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${coord(x)} ${coord(y)}`).join('');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Oct 5" from "2026-10-05": the same in every locale and time zone. */
export function shortDate(date: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  return `${MONTHS[Number(match[1]) - 1] ?? match[1]} ${Number(match[2])}`;
}
