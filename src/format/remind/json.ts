// `okr remind --format json`: the reminders as they are (src/remind/types.ts), for scripts.

import { jsonText } from '../../escape/json.js';
import type { Reminders } from '../../remind/types.js';
import type { Formatter } from '../formatter.js';

export const formatRemindJson: Formatter<Reminders> = (reminders) => jsonText(reminders);
