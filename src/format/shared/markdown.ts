// Pieces several markdown formats share, so that each is written once.

import { markdownInline as md } from '../../escape/markdown.js';
import type { Grade } from '../../score/types.js';

export const GRADE_ICON: Record<Grade | 'none', string> = { green: '🟢', yellow: '🟡', red: '🔴', none: '⚪' };

/** The warning a report read from a shallow clone's history starts with. */
export function shallowCloneBanner(start: string | null): string {
  return `> [!WARNING]\n> This is a shallow clone: history starts at ${start === null ? 'its only commit' : md(start)}. Fetch the full history (\`fetch-depth: 0\`).\n\n`;
}
