// The expected-pace line of a unit and of the company, for their score-over-time charts. The
// report carries a pace line per key result only; a unit's score is the mean of its
// objectives' and an objective's the mean of its KRs', all of which share one goal (committed
// or aspirational), so the unit's expected line is the mean of its objectives' lines. Weights
// are not in the report, so this is the unweighted mean: exact with the default weights, and
// a guide otherwise.

import type { ObjectiveReport, ScorePoint, UnitReport } from '../../../report/model.js';

type Line = [ScorePoint, ScorePoint];

function meanLine(lines: Line[]): Line | null {
  if (lines.length === 0) return null;
  const mean = (i: 0 | 1) => lines.reduce((sum, line) => sum + line[i].score, 0) / lines.length;
  return [{ date: lines[0][0].date, score: mean(0) }, { date: lines[0][1].date, score: mean(1) }];
}

/** An objective's line: that of its first active KR (they share the goal), or null. */
export function objectiveExpectedLine(objective: ObjectiveReport): Line | null {
  return objective.keyResults.find((kr) => !kr.dropped)?.pace ?? null;
}

export function unitExpectedLine(unit: UnitReport): Line | null {
  return meanLine(unit.objectives.map(objectiveExpectedLine).filter((line): line is Line => line !== null));
}

/** The overall score is the mean of the company units (else of all units): so is its line. */
export function overallExpectedLine(units: UnitReport[]): Line | null {
  const company = units.filter((unit) => unit.level === 'company');
  const lines = (list: UnitReport[]) => list.map(unitExpectedLine).filter((line): line is Line => line !== null);
  return meanLine(lines(company)) ?? meanLine(lines(units));
}
