// Score-over-time charts as inline SVG, drawn here rather than in the browser so the page
// needs no script and prints as it shows. One drawing routine, two sizes: a small multiple per
// key result (no axes, same scales for every KR so they compare at a glance) and a chart with
// axes for the company and each unit. Colours and strokes live in styles.ts, so each chart
// carries only classes and path data: a 2,000-unit report has tens of thousands of them.

import type { Grade } from '../../../score/types.js';
import type { ScorePoint } from '../../../report/model.js';
import { formatScore } from '../../../text/numbers.js';
import { dayNumber } from '../../../score/days.js';
import { chartScale, coord, pathData, shortDate, type Frame } from './chart-scale.js';
import { escapeHtml } from '../../../escape/html.js';
import { gradeClass } from './labels.js';

export interface LineChartSpec {
  /** Cycle start and end: the x axis. */
  start: string;
  end: string;
  /** The "today" marker; left out when the date is outside the cycle. */
  asOf: string | null;
  /** The scores, oldest first. */
  series: ScorePoint[];
  /** Expected score at the start and the end of the cycle, drawn as a straight line. */
  pace: [ScorePoint, ScorePoint] | null;
  /** Forecast score at the cycle's end: a dashed segment from the last point. */
  forecast: number | null;
  grade: Grade | null;
  /** What the chart shows, in words, for screen readers (plain text: escaped here). */
  label: string;
}

export type ChartSize = 'small' | 'medium' | 'large';

/** What a chart draws besides its score line: what its legend may name, and nothing more. */
export interface ChartParts {
  pace: boolean;
  forecast: boolean;
  today: boolean;
}

export function drawnParts(spec: LineChartSpec): ChartParts {
  const last = spec.series[spec.series.length - 1];
  return {
    pace: spec.pace !== null,
    forecast: spec.forecast !== null && last !== undefined && last.date < spec.end,
    today: spec.asOf !== null && spec.asOf >= spec.start && spec.asOf <= spec.end,
  };
}

const FRAMES: Record<ChartSize, Frame> = {
  small: { width: 140, height: 36, margin: { top: 3, right: 3, bottom: 3, left: 3 } },
  medium: { width: 360, height: 120, margin: { top: 10, right: 12, bottom: 22, left: 30 } },
  large: { width: 900, height: 240, margin: { top: 14, right: 16, bottom: 26, left: 36 } },
};

export function lineChart(spec: LineChartSpec, size: ChartSize): string {
  const frame = FRAMES[size];
  const s = chartScale(spec.start, spec.end, frame);
  const small = size === 'small';
  const parts: string[] = [];

  if (small) {
    // Baseline and today marker are the same in every small multiple of a report: drawn once
    // (smallChartDefs) and referenced, a saving of thousands of paths on a large page.
    parts.push('<use href="#spark-base"/>');
  } else {
    // Horizontal gridlines every quarter, labelled every half.
    for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
      const y = coord(s.y(tick));
      parts.push(`<path class="grid" d="M${coord(s.left)} ${y}H${coord(s.right)}"/>`);
      if (tick * 2 === Math.round(tick * 2)) parts.push(`<text class="yl" x="${coord(s.left - 4)}" y="${y}">${tick.toFixed(1)}</text>`);
    }
    const mid = midDate(spec.start, spec.end);
    for (const [date, anchor] of [[spec.start, 'start'], [mid, 'middle'], [spec.end, 'end']] as const) {
      parts.push(`<text class="xl" x="${coord(s.x(date))}" y="${coord(s.bottom + 16)}" text-anchor="${anchor}">${escapeHtml(shortDate(date))}</text>`);
    }
    if (spec.asOf !== null && spec.asOf >= spec.start && spec.asOf <= spec.end) {
      const x = coord(s.x(spec.asOf));
      parts.push(`<path class="now" d="M${x} ${coord(s.top)}V${coord(s.bottom)}"/><text class="nl" x="${x}" y="${coord(s.top + 8)}">today</text>`);
    }
  }

  if (spec.pace) {
    const d = pathData(spec.pace.map((p) => [s.x(p.date), s.y(p.score)]));
    parts.push(small ? `<path class="pace" d="${d}"/>` : `<path class="pace" d="${d}"><title>expected pace</title></path>`);
  }

  const points = spec.series.map((p): [number, number] => [s.x(p.date), s.y(p.score)]);
  const last = spec.series[spec.series.length - 1];
  if (spec.forecast !== null && last && last.date < spec.end) {
    const d = pathData([points[points.length - 1], [s.x(spec.end), s.y(spec.forecast)]]);
    parts.push(small ? `<path class="fc" d="${d}"/>` : `<path class="fc" d="${d}"><title>forecast ${formatScore(spec.forecast)} at the cycle's end</title></path>`);
  }
  // A small chart is 140 × 36 pixels: whole-pixel coordinates are exact enough and shorter.
  const line = small ? points.map(([x, y]): [number, number] => [Math.round(x), Math.round(y)]) : points;
  if (points.length > 1) parts.push(`<path class="ln" d="${pathData(line)}"/>`);
  if (small) {
    // Dots as zero-length segments with round caps: one short path instead of a circle each.
    // A value read from its source (okr sync) is a hollow dot: typed or read, at a glance.
    const dots = (sourced: boolean) => points.filter((_, i) => (spec.series[i].source !== undefined) === sourced).map(([x, y]) => `M${Math.round(x)} ${Math.round(y)}h0`).join('');
    const typed = dots(false);
    const read = dots(true);
    if (typed) parts.push(`<path class="pts" d="${typed}"/>`);
    if (read) parts.push(`<path class="pts" d="${read}"/><path class="pts-in" d="${read}"/>`);
  } else {
    spec.series.forEach((p, i) => {
      const from = p.source !== undefined ? ` (from ${p.source})` : '';
      parts.push(`<circle class="pt${from ? ' pt-src' : ''}" cx="${coord(points[i][0])}" cy="${coord(points[i][1])}" r="3"><title>${escapeHtml(`${p.date}: ${formatScore(p.score)}${from}`)}</title></circle>`);
    });
  }
  return `<svg class="chart chart-${size} ${gradeClass(spec.grade)}" viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-label="${escapeHtml(spec.label)}">${parts.join('')}</svg>`;
}

/**
 * What every small chart of a report shares, defined once at the top of the page: the
 * baseline, and the today marker when the as-of date falls inside the cycle.
 */
export function smallChartDefs(start: string, end: string, asOf: string | null): string {
  const frame = FRAMES.small;
  const s = chartScale(start, end, frame);
  let base = `<path class="grid" d="M${coord(s.left)} ${coord(s.bottom)}H${coord(s.right)}"/>`;
  if (asOf !== null && asOf >= start && asOf <= end) base += `<path class="now" d="M${coord(s.x(asOf))} ${coord(s.top)}V${coord(s.bottom)}"/>`;
  return `<svg class="defs" aria-hidden="true" focusable="false"><defs><g id="spark-base">${base}</g></defs></svg>`;
}

/** The calendar day half-way through the cycle, for the middle axis label. */
function midDate(start: string, end: string): string {
  const day = Math.round((dayNumber(start) + dayNumber(end)) / 2);
  return Number.isNaN(day) ? start : new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** "6 check-ins, 0.10 to 0.45; forecast 0.72": the chart in words. */
export function describeSeries(series: ScorePoint[], forecast: number | null, noun = 'check-in'): string {
  if (series.length === 0) return `no ${noun}s yet`;
  const first = series[0];
  const last = series[series.length - 1];
  const count = `${series.length} ${noun}${series.length === 1 ? '' : 's'}`;
  const range = series.length === 1 ? formatScore(first.score) : `${formatScore(first.score)} to ${formatScore(last.score)}`;
  return `${count}, ${range}${forecast === null ? '' : `; forecast ${formatScore(forecast)}`}`;
}
