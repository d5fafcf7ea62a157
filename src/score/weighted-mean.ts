// The one averaging rule behind objectives, units and roll-ups: items without a score are
// left out, and a total weight of zero gives no score rather than NaN.

export interface Weighted {
  score: number | null;
  weight: number;
}

export function weightedMean(items: Iterable<Weighted>): number | null {
  let sum = 0;
  let total = 0;
  for (const { score, weight } of items) {
    if (score === null) continue;
    sum += score * weight;
    total += weight;
  }
  return total > 0 ? sum / total : null;
}
