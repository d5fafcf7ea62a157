// Colour by meaning on a terminal (plain where the medium has no colour: a pipe, NO_COLOR):
// a grade in its colour; a status by what it asks of the reader — on track green, at risk and
// stale yellow, off track red, done and dropped dim, as everything with nothing to say.

import type { Paint } from '../../terminal/medium.js';

export function paintGrade(color: Paint, grade: string | null, text: string): string {
  if (grade === 'green') return color.green(text);
  if (grade === 'yellow') return color.yellow(text);
  if (grade === 'red') return color.red(text);
  return text;
}

export function paintStatus(color: Paint, status: string, text: string): string {
  switch (status) {
    case 'on_track':
    case 'green':
      return color.green(text);
    case 'at_risk':
    case 'stale':
    case 'yellow':
      return color.yellow(text);
    case 'off_track':
    case 'red':
      return color.red(text);
    default:
      return color.dim(text);
  }
}
