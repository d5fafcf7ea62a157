// GitHub's heading anchors, and the small glyphs the markdown report draws with (sparklines,
// changes, a progress bar). Pure. User text is made inert by src/escape/markdown.ts.

import type { Grade } from '../../../score/types.js';
import type { ScorePoint } from '../../../report/model.js';

/**
 * A heading anchor as GitHub makes it (github-slugger): the rendered text lower-cased, every
 * character but letters, digits, marks, `_`, `-` and spaces removed, spaces made hyphens;
 * a repeated anchor gets `-1`, `-2`, …. Call it for every heading, in document order.
 */
export function createSlugger(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    let slug = base;
    while (seen.has(slug)) {
      const count = seen.get(base)! + 1;
      seen.set(base, count);
      slug = `${base}-${count}`;
    }
    seen.set(slug, 0);
    return slug;
  };
}

const BARS = '▁▂▃▄▅▆▇█';

/** The last `max` scores as bars on the fixed scale 0…1, so that lines compare across rows. */
export function sparkline(points: readonly ScorePoint[], max = 12): string {
  return points.slice(-max).map((point) => {
    const level = Math.round(Math.min(1, Math.max(0, point.score)) * (BARS.length - 1));
    return BARS[level];
  }).join('');
}

/** A change of score: ▲ +0.12, ▼ −0.05, or – for none (or one that rounds to zero). */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined) return '–';
  const rounded = Math.round(change * 100) / 100;
  if (rounded === 0) return '–';
  return rounded > 0 ? `▲ +${rounded.toFixed(2)}` : `▼ −${Math.abs(rounded).toFixed(2)}`;
}

/** A bar of `width` cells filled to `fraction`. */
export function progressBar(fraction: number, width = 20): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

export const GRADE_ICON: Record<Grade | 'none', string> = { green: '🟢', yellow: '🟡', red: '🔴', none: '⚪' };

export function gradeIcon(grade: Grade | null): string {
  return GRADE_ICON[grade ?? 'none'];
}
