// `okr remind --format json`: the reminders as they are (src/remind/types.ts), for scripts.

import type { Reminders } from '../remind/types.js';

export function formatRemindJson(reminders: Reminders): string {
  return `${JSON.stringify(reminders, null, 2)}\n`;
}
