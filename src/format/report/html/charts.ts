// The report's charts: which data each one draws and what it says when there is nothing to
// draw. The drawing itself is svg-line-chart.ts.

import type { KeyResultReport, ObjectiveReport, Report, UnitReport } from '../../../report/model.js';
import { formatScore } from '../../../text/numbers.js';
import { dayNumber } from '../../../score/days.js';
import { objectiveExpectedLine, overallExpectedLine, unitExpectedLine } from './expected-line.js';
import { describeSeries, drawnParts, lineChart, type ChartParts, type LineChartSpec } from './svg-line-chart.js';

const empty = (words: string) => `<span class="empty">${words}</span>`;

/** Why a chart is missing, in words: no history read at all, or nothing checked in yet. */
function missing(report: Report, noun = 'check-ins'): string {
  return empty(report.history ? `no ${noun} yet` : 'no git history');
}

/** The small multiple of one key result: its check-ins against its pace, with the forecast. */
export function keyResultChart(kr: KeyResultReport, report: Report): string {
  const spec = keyResultSpec(kr, report);
  if (spec === null) {
    // A key result checked in without a score to draw (a confidence alone) has check-ins all the same.
    return kr.lastCheckin === null || !report.history ? missing(report) : empty('no score at its check-ins');
  }
  return lineChart(spec, 'small');
}

function keyResultSpec(kr: KeyResultReport, report: Report): LineChartSpec | null {
  if (kr.checkins.length === 0) return null;
  // A roll-up's line is its score week by week, from the objectives aligned to it.
  const series = kr.type === 'rollup' ? `rolled up, ${describeSeries(kr.checkins, kr.forecast, 'week')}` : describeSeries(kr.checkins, kr.forecast);
  const label = `${kr.ref}: ${series}; expected ${formatScore(kr.expected ?? paceAt(kr.pace, report.asOf))} now`;
  return {
    start: report.cycle.start, end: report.cycle.end, asOf: report.asOf,
    series: kr.checkins, pace: kr.pace, forecast: kr.forecast, grade: kr.grade, label,
  };
}

/** What the key results' small charts draw between them, for the one legend they share. */
export function keyResultChartParts(report: Report): ChartParts {
  const parts: ChartParts = { pace: false, forecast: false, today: false };
  for (const unit of report.units) {
    for (const objective of unit.objectives) {
      for (const kr of objective.keyResults) {
        const spec = keyResultSpec(kr, report);
        if (spec === null) continue;
        const drawn = drawnParts(spec);
        parts.pace ||= drawn.pace;
        parts.forecast ||= drawn.forecast;
        parts.today ||= drawn.today;
      }
    }
  }
  return parts;
}

/** An objective's score over the cycle, as small as a KR's, in its row of the unit table. */
export function objectiveChart(objective: ObjectiveReport, report: Report): string {
  const trend = objective.trend ?? [];
  if (trend.length === 0) return '';
  return lineChart({
    start: report.cycle.start, end: report.cycle.end, asOf: report.asOf,
    series: trend, pace: objectiveExpectedLine(objective), forecast: null, grade: objective.grade,
    label: `${objective.ref}: score over the cycle, ${describeSeries(trend, null, 'week')}`,
  }, 'small');
}

export function unitChart(unit: UnitReport, report: Report, size: 'medium' | 'small' = 'medium'): string {
  if (unit.trend.length === 0) return missing(report, 'scores');
  return lineChart({
    start: report.cycle.start, end: report.cycle.end, asOf: report.asOf,
    series: unit.trend, pace: unitExpectedLine(unit), forecast: null, grade: unit.grade,
    label: `${unit.name}: score over the cycle, ${describeSeries(unit.trend, null, 'week')}`,
  }, size);
}

export function overallChart(report: Report): string {
  if (report.overall.trend.length === 0) return missing(report, 'scores');
  return lineChart(overallSpec(report), 'large');
}

/** What the overall chart draws (nothing, when it is not drawn), for its legend. */
export function overallChartParts(report: Report): ChartParts | null {
  return report.overall.trend.length === 0 ? null : drawnParts(overallSpec(report));
}

function overallSpec(report: Report): LineChartSpec {
  return {
    start: report.cycle.start, end: report.cycle.end, asOf: report.asOf,
    series: report.overall.trend, pace: overallExpectedLine(report.units), forecast: null, grade: report.overall.grade,
    label: `${report.organization}: overall score over the cycle, ${describeSeries(report.overall.trend, null, 'week')}`,
  };
}

/** The expected score on a date, read off a pace line. */
export function paceAt(pace: KeyResultReport['pace'], date: string): number {
  const [a, b] = pace;
  if (date <= a.date) return a.score;
  if (date >= b.date) return b.score;
  const t = (dayNumber(date) - dayNumber(a.date)) / (dayNumber(b.date) - dayNumber(a.date));
  return a.score + (b.score - a.score) * t;
}
