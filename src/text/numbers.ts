// How numbers read: scores with two decimals (computation never rounds, display does).

export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '–' : score.toFixed(2);
}

export function formatStatus(status: string): string {
  return status.replace(/_/g, ' ');
}
