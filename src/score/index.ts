// Scoring: from the resolved cascade to scores, grades, pace and flags (SPEC 4).

export { computeKeyResultScore, metricPoints, scoreAtCheckin, NO_CHECKIN, NO_OBJECTIVE_ALIGNED } from './key-result.js';
export type { ComputedScore } from './key-result.js';
export { atLeast, cycleEnded, elapsedFraction, expectedScore, gradeOf, paceStatus } from './pace.js';
export type { PaceStatus } from './pace.js';
export { forecastScore, MIN_FORECAST_POINTS } from './forecast.js';
export type { ScorePoint } from './forecast.js';
export { isOptimistic, isStale, HIGH_CONFIDENCE, UNMOVED_CHECKINS } from './flags.js';
export { latestConfidence, sortByDate, timelineAsOf } from './timeline.js';
export { weightedMean } from './weighted-mean.js';
export type { Weighted } from './weighted-mean.js';
export { scoreCycle, objectiveGoal, NO_ACTIVE_KEY_RESULT } from './score-cycle.js';
export type { ScoreOptions } from './score-cycle.js';
export { dayNumber, daysBetween } from './days.js';
export type * from './types.js';
