// The report as `okr report --format json` gives it: the report's data (model.ts) with every
// key result named once, in its unit. The cascade and the lists of what needs attention refer
// to key results by ref instead of repeating them, and a key result's pace line, which only
// repeats the cycle's dates, is its goal; so the JSON grows with the organisation (about a
// kilobyte per key result) and not with how often things are linked. Every field of the model
// that is not replaced here passes through as it is, new ones included. A key result is made
// only when it is written (toJSON): 320,000 of them are never copied at once. Trend lines are
// all drawn on the same weekly dates, written once (`trendDates`), so each trend is its scores
// on them, to four decimals (what a chart needs), null before a score
// existed; the scores of units, objectives and key results themselves are exact. Pure.

import type { AttentionItem, CascadeLinks, HealthMetricReport, KeyResultReport, ObjectiveReport, Report, ScorePoint, UnitReport } from './model.js';

/** A key result as the JSON has it: `goal` where the model has the pace line from 0 at the cycle's start to the goal at its end. */
export type KeyResultJson = Omit<KeyResultReport, 'pace'> & { goal: number };

/** A key result in the view: made when written. */
export interface KeyResultWritten {
  toJSON(): KeyResultJson;
}

/** A trend as the JSON has it: the score on each of `trendDates`, null where there was none yet. */
export type TrendJson = (number | null)[];

type Shape<K> = Omit<Report, 'units' | 'cascade' | 'cascadeLinks' | 'attention' | 'overall'> & {
  overall: Omit<Report['overall'], 'trend'> & { trend: TrendJson };
  units: (Omit<UnitReport, 'objectives' | 'trend'> & { trend: TrendJson; objectives: (Omit<ObjectiveReport, 'keyResults' | 'trend'> & { trend?: TrendJson; keyResults: K[] })[] })[];
  cascade: CascadeLinks;
  attention: {
    /** One row per key result, by ref, with all its reasons (the model's rows as they are). */
    keyResults: AttentionItem[];
    /** Health metrics by unit and id; their values are in the unit's healthMetrics. */
    healthOutOfBand: Pick<HealthMetricReport, 'unit' | 'id'>[];
  };
};

/** What reportJsonView gives, to be written as JSON. */
export type ReportJsonView = Shape<KeyResultWritten>;

/** What the JSON reads back as. */
export type ReportJson = Shape<KeyResultJson>;

export function reportJsonView(report: Report): ReportJsonView {
  const { attention } = report;
  const trend = trendOn(report.trendDates);
  const replaced = new Map<string, unknown>([
    ['overall', { ...report.overall, trend: trend(report.overall.trend) }],
    ['units', report.units.map((unit) => ({
      ...unit,
      trend: trend(unit.trend),
      objectives: unit.objectives.map((objective) => ({
        ...objective,
        ...(objective.trend ? { trend: trend(objective.trend) } : {}),
        keyResults: objective.keyResults.map((kr) => ({ toJSON: () => keyResultJson(kr) })),
      })),
    }))],
    ['cascade', report.cascadeLinks],
    ['attention', {
      keyResults: attention.keyResults,
      healthOutOfBand: attention.healthOutOfBand.map(({ unit, id }) => ({ unit, id })),
    }],
  ]);
  // Key by key, so the JSON keeps the model's order.
  const view: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(report)) {
    if (key !== 'cascadeLinks') view[key] = replaced.has(key) ? replaced.get(key) : value;
  }
  return view as ReportJsonView;
}

/** A trend's scores on the report's dates, four decimals, null where it has no point. */
function trendOn(dates: string[]): (points: readonly ScorePoint[]) => TrendJson {
  const index = new Map(dates.map((date, i) => [date, i]));
  return (points) => {
    if (points.length === 0) return [];
    const scores: TrendJson = new Array<number | null>(dates.length).fill(null);
    for (const { date, score } of points) scores[index.get(date)!] = Math.round(score * 10_000) / 10_000;
    return scores;
  };
}

function keyResultJson(kr: KeyResultReport): KeyResultJson {
  const json: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(kr)) {
    if (key === 'pace') json.goal = kr.pace[1].score;
    else json[key] = value;
  }
  return json as KeyResultJson;
}
