// `okr history --format json`: { cycle, shallow, events }, every event naming its item by
// reference (see HistoryEvent in src/git/history.ts).

import { jsonText } from '../../escape/json.js';
import type { HistoryView } from '../../view/history.js';
import type { Formatter } from '../formatter.js';

export const formatHistoryJson: Formatter<HistoryView> = ({ cycle, shallow, events }) => jsonText({ cycle, shallow, events });
