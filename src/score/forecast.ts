// Where a key result is heading: a least-squares line through its check-in scores, read off
// at the cycle's last day (SPEC 4.4). Time is measured in days, so uneven gaps between
// check-ins weigh as they should.

import { dayNumber } from './days.js';

export interface ScorePoint {
  date: string; // YYYY-MM-DD
  score: number;
}

/** Fewer points than this give no forecast: two points always fit a line exactly. */
export const MIN_FORECAST_POINTS = 3;

export function forecastScore(points: readonly ScorePoint[], end: string): number | null {
  const usable = points
    .map((point) => ({ x: dayNumber(point.date), y: point.score }))
    .filter((point) => Number.isFinite(point.x) && Number.isFinite(point.y));
  const endDay = dayNumber(end);
  if (usable.length < MIN_FORECAST_POINTS || Number.isNaN(endDay)) return null;

  const n = usable.length;
  const meanX = usable.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = usable.reduce((sum, p) => sum + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of usable) {
    sxy += (p.x - meanX) * (p.y - meanY);
    sxx += (p.x - meanX) ** 2;
  }
  // All check-ins on one day: no trend to follow.
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return Math.min(1, Math.max(0, meanY + slope * (endDay - meanX)));
}
