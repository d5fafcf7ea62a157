// How grades, statuses and numbers read on the page. A grade is never colour alone: each has
// a shape (▲ green, ◆ yellow, ▼ red) and its word, so the page works in greyscale, in print
// and for colour-blind readers; the colours (styles.ts) come from a colour-blind-safe palette.

import type { Grade, Status } from '../../../score/types.js';
import { formatScore, formatStatus } from '../../../text/numbers.js';
import { escapeHtml } from '../../../escape/html.js';

export const GRADE_SHAPE: Record<Grade, string> = { green: '▲', yellow: '◆', red: '▼' };

/** The CSS class that colours something by grade: `g-green`, `g-yellow`, `g-red`, or `g-none`. */
export function gradeClass(grade: Grade | null): string {
  return `g-${grade ?? 'none'}`;
}

/** A badge with the shape, the score and (unless `short`) the grade's word. */
export function gradeBadge(grade: Grade | null, score: number | null, short = false): string {
  if (grade === null) return `<span class="b g-none">${score === null ? 'no score' : formatScore(score)}</span>`;
  const word = short ? '' : ` ${grade}`;
  return `<span class="b ${gradeClass(grade)}" title="grade: ${grade}">${GRADE_SHAPE[grade]} ${formatScore(score)}${word}</span>`;
}

/** The grade alone: shape and word, or a dash. */
export function gradeLabel(grade: Grade | null): string {
  return grade === null ? '–' : `<span class="${gradeClass(grade)}">${GRADE_SHAPE[grade]} ${grade}</span>`;
}

/** A status as a pill; its colour repeats what the word already says. */
export function statusPill(status: Status | string): string {
  return `<span class="st st-${escapeHtml(status)}">${escapeHtml(formatStatus(status))}</span>`;
}

/** "+0.05", "−0.10", "0.00", or "" without history. */
export function formatChange(change: number | null): string {
  if (change === null) return '';
  const rounded = Math.round(change * 100) / 100;
  if (rounded === 0) return '0.00';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(2)}`;
}

export function formatPercent(fraction: number | null): string {
  return fraction === null ? '–' : `${Math.round(fraction * 100)}%`;
}
