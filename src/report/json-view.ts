// The report as `okr report --format json` gives it: the report's data (model.ts) with every
// key result named once, in its unit. The cascade and the lists of what needs attention refer
// to key results by ref instead of repeating them, and a key result's pace line, which only
// repeats the cycle's dates, is its goal; so the JSON grows with the organisation (about a
// kilobyte per key result) and not with how often things are linked. Every field of the model
// that is not replaced here passes through as it is, new ones included. A key result is made
// only when it is written (toJSON): 320,000 of them are never copied at once. Pure.

import type { AttentionItem, CascadeLinks, HealthMetricReport, KeyResultReport, ObjectiveReport, Report, UnitReport } from './model.js';

/** A key result as the JSON has it: `goal` where the model has the pace line from 0 at the cycle's start to the goal at its end. */
export type KeyResultJson = Omit<KeyResultReport, 'pace'> & { goal: number };

/** A key result in the view: made when written. */
export interface KeyResultWritten {
  toJSON(): KeyResultJson;
}

type Shape<K> = Omit<Report, 'units' | 'cascade' | 'cascadeLinks' | 'attention'> & {
  units: (Omit<UnitReport, 'objectives'> & { objectives: (Omit<ObjectiveReport, 'keyResults'> & { keyResults: K[] })[] })[];
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
  const replaced = new Map<string, unknown>([
    ['units', report.units.map((unit) => ({ ...unit, objectives: unit.objectives.map((objective) => ({ ...objective, keyResults: objective.keyResults.map((kr) => ({ toJSON: () => keyResultJson(kr) })) })) }))],
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

function keyResultJson(kr: KeyResultReport): KeyResultJson {
  const json: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(kr)) {
    if (key === 'pace') json.goal = kr.pace[1].score;
    else json[key] = value;
  }
  return json as KeyResultJson;
}
