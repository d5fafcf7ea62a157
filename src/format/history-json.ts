// `okr history --format json`: { cycle, shallow, events }, every event naming its item by
// reference (see HistoryEvent in src/git/history.ts).

import { jsonText } from '../escape/json.js';
import type { HistoryEvent } from '../git/history.js';

export function formatHistoryJson(cycle: string, shallow: boolean, events: readonly HistoryEvent[]): string {
  return jsonText({ cycle, shallow, events });
}
