// `okr history --format json`: { cycle, shallow, events }, every event naming its item by
// reference (see HistoryEvent in src/git/history.ts); in chunks, since a year of check-ins in a
// large company is hundreds of thousands of events.

import { jsonChunks } from '../../escape/json.js';
import type { HistoryView } from '../../view/history.js';
import type { ChunkFormatter } from '../formatter.js';

export const formatHistoryJson: ChunkFormatter<HistoryView> = ({ cycle, shallow, events }) => jsonChunks({ cycle, shallow, events });
